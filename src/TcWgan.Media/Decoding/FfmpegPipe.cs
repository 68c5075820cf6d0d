using FFMpegCore;
using FFMpegCore.Enums;
using FFMpegCore.Pipes;

namespace TcWgan.Media;

/// <summary>Runs ffmpeg through FFMpegCore with its output sent to an in-memory pipe.</summary>
internal static class FfmpegPipe
{
    /// <summary>The bytes ffmpeg wrote and its stderr.</summary>
    public readonly record struct Result(byte[] Bytes, string StandardError, int ExitCode);

    /// <summary>
    /// Decodes <paramref name="path"/> to raw data in <paramref name="format"/> (e.g. <c>s16le</c>, <c>rawvideo</c>).
    /// <paramref name="inputArguments"/> go before <c>-i</c> (seeking), <paramref name="outputArguments"/> after it.
    /// Never throws for ffmpeg failures: the caller reads <see cref="Result.ExitCode"/> and stderr.
    /// </summary>
    public static Result Run(string path, string format, string inputArguments, string outputArguments, FFOptions ffOptions)
    {
        using var buffer = new MemoryStream();
        var sink = new StreamPipeSink(buffer) { Format = format };
        var processor = FFMpegArguments
            .FromFileInput(path, verifyExists: false, o =>
            {
                if (inputArguments.Length > 0) o.WithCustomArgument(inputArguments);
            })
            .OutputToPipe(sink, o => o.WithCustomArgument(outputArguments))
            .WithLogLevel(FFMpegLogLevel.Error);
        FFMpegResult result;
        try
        {
            result = processor.ProcessSynchronously(throwOnError: false, ffOptions);
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException
                                       || (e is FFMpegCore.Exceptions.FFMpegException
                                           && e.Message.Contains("not found on your system", StringComparison.OrdinalIgnoreCase)))
        {
            throw new InvalidOperationException(
                $"ffmpeg could not be started (binary folder '{ffOptions.BinaryFolder}'): {e.Message}. " +
                "Install ffmpeg (Debian: apt-get install ffmpeg) or set FFOptions.BinaryFolder.", e);
        }
        return new Result(buffer.ToArray(), string.Join('\n', result.StandardError), result.ExitCode);
    }
}
