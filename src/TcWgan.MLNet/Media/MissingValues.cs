
namespace TcWgan.MLNet.Media;

/// <summary>How the media stages represent a clip that could not be decoded: a NaN-filled vector.</summary>
public static class MissingValues
{
    /// <summary>A vector of <paramref name="length"/> NaNs.</summary>
    public static float[] Vector(int length)
    {
        var v = new float[length];
        v.AsSpan().Fill(float.NaN);
        return v;
    }

    /// <summary>True when <paramref name="values"/> is empty or holds a NaN (a missing media value).</summary>
    public static bool IsMissing(ReadOnlySpan<float> values) => values.Length == 0 || HasNaN(values);

    private static bool HasNaN(ReadOnlySpan<float> values)
    {
        foreach (float v in values) if (float.IsNaN(v)) return true;
        return false;
    }

    /// <summary>
    /// True for the exceptions a bad media file raises (these become a missing value and a warning): ours, I/O,
    /// FFMpegCore's and OpenCV's (<c>OpenCVException</c> from native calls, <c>OpenCvSharpException</c> from the wrapper).
    /// </summary>
    internal static bool IsMediaFailure(Exception e) =>
        e is ClipException or IOException or UnauthorizedAccessException or InvalidDataException or FormatException
            or ArgumentException or OpenCvSharp.OpenCVException or OpenCvSharp.OpenCvSharpException
        || e.GetType().Name.Contains("FFMpeg", StringComparison.Ordinal);
}
