using FFMpegCore.Pipes;

namespace TcWgan.Demo;

/// <summary>One raw RGBA frame handed to ffmpeg through FFMpegCore's <see cref="RawVideoPipeSource"/>.</summary>
internal sealed class RgbaFrame(byte[] pixels, int width, int height) : IVideoFrame
{
    public int Width { get; } = width;
    public int Height { get; } = height;
    public string PixelFormat => "rgba";

    public void Serialize(Stream pipe) => pipe.Write(pixels, 0, pixels.Length);

    public Task SerializeAsync(Stream pipe, CancellationToken token) => pipe.WriteAsync(pixels, 0, pixels.Length, token);
}
