using TcWgan.Dsp;
using FFMpegCore;
using FFMpegCore.Exceptions;
using FFMpegCore.Pipes;

namespace TcWgan.Demo;

/// <summary>
/// Writes a clip's files: the WAV (16 kHz mono 16-bit), then the video with ffmpeg through FFMpegCore — raw RGBA
/// frames piped in (<see cref="RawVideoPipeSource"/>) and the WAV as the second input. CREMA-D: FLV with
/// Sorenson Spark (flv1) video and MP3 audio at 22.05 kHz; RAVDESS: MP4 with H.264 (yuv420p) and AAC at 48 kHz.
/// Each ffmpeg runs single-threaded so parallel clips share the cores fairly.
/// </summary>
public sealed class ClipEncoder(DemoLayout layout, int width, int height)
{
    /// <summary>
    /// Encodes <paramref name="content"/> under <paramref name="root"/>. The WAV goes to the spec's audio path, or to
    /// a temporary file deleted afterwards when the layout writes none.
    /// </summary>
    public void Write(string root, ClipContent content, FaceRenderer renderer)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(renderer);
        var spec = content.Spec;
        string video = Path.Combine(root, spec.VideoPath);
        Directory.CreateDirectory(Path.GetDirectoryName(video)!);
        string wav = spec.AudioPath is not null
            ? Path.Combine(root, spec.AudioPath)
            : Path.Combine(Path.GetDirectoryName(video)!, "." + spec.Id + ".tmp.wav");
        Wav.Write(wav, content.Utterance.Samples, content.Utterance.SampleRate);
        try
        {
            var frames = content.Frames(renderer).Select(p => (IVideoFrame)new RgbaFrame(p, width, height));
            var source = new RawVideoPipeSource(frames) { FrameRate = content.FrameRate };
            string codec = layout == DemoLayout.CremaD
                ? "-c:v flv -q:v 4 -c:a libmp3lame -ar 22050 -b:a 64k"
                : "-c:v libx264 -preset veryfast -crf 23 -pix_fmt yuv420p -c:a aac -ar 48000 -b:a 96k -movflags +faststart";
            // Both streams last the utterance's duration. "-t" rather than "-shortest": with a piped video input,
            // ffmpeg 5.1's -shortest sometimes cut the audio 0.1–0.2 s early (seen in CI), depending on pipe timing.
            string seconds = (content.Utterance.Samples.Length / (double)content.Utterance.SampleRate)
                .ToString("0.######", System.Globalization.CultureInfo.InvariantCulture);
            FFMpegArguments
                .FromPipeInput(source)
                .AddFileInput(wav)
                .OutputToFile(video, true, o => o
                    .WithCustomArgument($"-map 0:v:0 -map 1:a:0 {codec} -ac 1 -threads 1 -t {seconds}"))
                .ProcessSynchronously();
        }
        catch (FFMpegException ex)
        {
            throw new IOException($"{video}: ffmpeg failed: {ex.Message}", ex);
        }
        finally
        {
            if (spec.AudioPath is null) File.Delete(wav);
        }
    }
}
