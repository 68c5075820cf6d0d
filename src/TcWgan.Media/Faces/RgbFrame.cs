namespace TcWgan.Media;

/// <summary>
/// One decoded video frame: packed 8-bit RGB, row-major, (Height, Width, 3) interleaved (ffmpeg's rgb24).
/// </summary>
/// <param name="Width">Pixels per row.</param>
/// <param name="Height">Rows.</param>
/// <param name="Pixels">Width·Height·3 bytes: R, G, B of pixel (y, x) at 3·(y·Width + x).</param>
public sealed record RgbFrame(int Width, int Height, byte[] Pixels)
{
    /// <summary>Bytes one frame of this size takes.</summary>
    public static int ByteLength(int width, int height) => checked(width * height * 3);
}
