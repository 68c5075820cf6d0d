namespace TcWgan.Demo;

/// <summary>Head placement in one frame: offset in pixels from the frame centre, roll in degrees, size and blink.</summary>
/// <param name="OffsetX">Horizontal offset (px).</param>
/// <param name="OffsetY">Vertical offset (px).</param>
/// <param name="RollDegrees">In-plane head tilt.</param>
/// <param name="Scale">Head size multiplier (1 = head height 72 % of the frame).</param>
/// <param name="Blink">Eyelid closure from a blink (0 open … 1 closed).</param>
public sealed record FacePose(double OffsetX = 0, double OffsetY = 0, double RollDegrees = 0, double Scale = 1, double Blink = 0);
