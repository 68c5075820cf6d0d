namespace TcWgan.Nn;

/// <summary>Applies a width multiplier to a layer size (at least one unit).</summary>
internal static class Width
{
    public static int Scale(int units, double multiplier) => Math.Max(1, (int)Math.Round(units * multiplier));
}
