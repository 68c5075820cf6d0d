using OpenCvSharp;

namespace TcWgan.Media;

/// <summary>
/// Video → face frames: ffmpeg decodes the middle <see cref="FaceOptions.KeepMiddleFrames"/> frames at
/// <see cref="FaceOptions.AnalysisWidth"/>; the locator runs on every <see cref="FaceOptions.DetectEvery"/>-th frame,
/// tracking from the last box once it has found one; boxes are median-smoothed and interpolated between detections
/// (see <c>BoxTrack</c>); each box is cropped and resized to 28×28 with OpenCV INTER_AREA.
/// </summary>
public sealed class FaceExtractor
{
    private readonly FaceOptions _options;
    private readonly IFaceLocator _locator;
    private readonly FFOptions _ffOptions;

    /// <summary>Creates the extractor; throws <see cref="ArgumentException"/> listing every invalid option.</summary>
    /// <param name="options">Frame counts, analysis size, detection cadence.</param>
    /// <param name="locator">Finds the face on sampled frames.</param>
    /// <param name="ffOptions">Where ffmpeg lives; null = a default <see cref="FFOptions"/> (binaries on PATH).</param>
    public FaceExtractor(FaceOptions options, IFaceLocator locator, FFOptions? ffOptions = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(locator);
        options.EnsureValid();
        _options = options;
        _locator = locator;
        _ffOptions = ffOptions ?? new FFOptions();
    }

    /// <summary>Face frames of <paramref name="videoPath"/>, each (3, 28, 28) CHW in [0, 1]. See <see cref="Extract(string, DecodeLimits?)"/>.</summary>
    public float[][] ExtractFrames(string videoPath) => Extract(videoPath).Frames;

    /// <summary>
    /// Face frames with the boxes they came from. Throws <see cref="ClipException"/>: the decode reasons of
    /// <see cref="VideoFrameDecoder"/> (TooLong and Damaged included), <see cref="SkipReason.TooFewFrames"/> when fewer
    /// than <see cref="FaceOptions.MinFrames"/> frames decode, <see cref="SkipReason.NoFaceFound"/> when no sampled
    /// frame has a face.
    /// </summary>
    public FaceExtraction Extract(string videoPath, DecodeLimits? limits = null)
    {
        var info = MediaProbe.Probe(videoPath, _ffOptions);
        var frames = VideoFrameDecoder.DecodeMiddle(videoPath, info, _options.KeepMiddleFrames, _options.AnalysisWidth,
            _ffOptions, limits);
        return Extract(videoPath, info, frames);
    }

    /// <summary>
    /// Face frames of already decoded analysis frames (e.g. from <see cref="ClipDecoder"/>): the locator runs on
    /// every <see cref="FaceOptions.DetectEvery"/>-th frame and the last — <see cref="IFaceLocator.Locate"/> until a
    /// face is found, then <see cref="IFaceLocator.Track"/> from the last box — and <c>BoxTrack</c> gives every frame
    /// its box. Throws <see cref="ClipException"/> (TooFewFrames, NoFaceFound) naming <paramref name="videoPath"/>.
    /// </summary>
    public FaceExtraction Extract(string videoPath, MediaInfo info, IReadOnlyList<RgbFrame> frames)
    {
        ArgumentNullException.ThrowIfNull(frames);
        if (frames.Count < _options.MinFrames)
            throw new ClipException(videoPath, SkipReason.TooFewFrames,
                $"only {frames.Count} video frames decoded; at least {_options.MinFrames} needed");

        var sampled = BoxTrack.SampleIndices(frames.Count, _options.DetectEvery);
        var detections = new (int Frame, RelativeBox? Box)[sampled.Length];
        RelativeBox? last = null;
        for (int s = 0; s < sampled.Length; s++)
        {
            var frame = frames[sampled[s]];
            var box = last is { } previous ? _locator.Track(frame, previous) : _locator.Locate(frame);
            detections[s] = (sampled[s], box);
            last = box ?? last;
        }
        int withFace = detections.Count(d => d.Box is not null);
        var boxes = BoxTrack.Assign(frames.Count, detections, _options.MedianWindow)
            ?? throw new ClipException(videoPath, SkipReason.NoFaceFound,
                $"no face found on any of {sampled.Length} sampled frames");

        var crops = new float[frames.Count][];
        var used = new RelativeBox[frames.Count];
        for (int i = 0; i < frames.Count; i++)
        {
            used[i] = _options.BoxScale == 1.0 ? boxes[i] : boxes[i].Scale(_options.BoxScale);
            crops[i] = CropToFace(frames[i], used[i]);
        }
        return new FaceExtraction(crops, used, sampled.Length, withFace, info);
    }

    /// <summary>
    /// Crops <paramref name="box"/> out of <paramref name="frame"/> and resizes it to 28×28 (INTER_AREA).
    /// Returns (3, 28, 28) CHW floats: channel c at c·784 + y·28 + x, value / 255.
    /// </summary>
    public static float[] CropToFace(RgbFrame frame, RelativeBox box)
    {
        ArgumentNullException.ThrowIfNull(frame);
        var (x, y, w, h) = box.ToPixels(frame.Width, frame.Height);
        using var full = Mat.FromPixelData(frame.Height, frame.Width, MatType.CV_8UC3, frame.Pixels); // (H, W, 3)
        using var roi = new Mat(full, new Rect(x, y, w, h));                                          // (h, w, 3)
        using var small = new Mat();
        Cv2.Resize(roi, small, new Size(Shapes.FaceSize, Shapes.FaceSize), 0, 0, InterpolationFlags.Area); // (28, 28, 3)
        const int side = Shapes.FaceSize, plane = side * side;
        var hwc = new byte[plane * Shapes.Channels];
        System.Runtime.InteropServices.Marshal.Copy(small.Data, hwc, 0, hwc.Length); // small is continuous
        var chw = new float[Shapes.FrameLength];
        for (int p = 0; p < plane; p++)
            for (int c = 0; c < Shapes.Channels; c++)
                chw[c * plane + p] = hwc[p * Shapes.Channels + c] / 255f;
        return chw;
    }

    /// <summary>
    /// Overlapping windows of <paramref name="length"/> consecutive frames, starting every <paramref name="stride"/>
    /// frames: ⌊(n − length) / stride⌋ + 1 windows (55 frames → 10). Each window is (length, 3, 28, 28) flattened,
    /// frame-major. Fewer than <paramref name="length"/> frames give no windows.
    /// </summary>
    public static float[][] Windows(IReadOnlyList<float[]> frames, int length = Shapes.WindowFrames,
        int stride = Shapes.WindowStride)
    {
        ArgumentNullException.ThrowIfNull(frames);
        int count = WindowCount(frames.Count, length, stride);
        if (count == 0) return [];
        int frameLength = frames[0].Length;
        for (int i = 0; i < frames.Count; i++)
            if (frames[i].Length != frameLength)
                throw new ArgumentException($"Frame {i} has {frames[i].Length} floats, frame 0 has {frameLength}.", nameof(frames));
        var windows = new float[count][];
        for (int w = 0; w < count; w++)
        {
            var window = new float[length * frameLength];
            for (int f = 0; f < length; f++)
                frames[w * stride + f].CopyTo(window, f * frameLength);
            windows[w] = window;
        }
        return windows;
    }

    /// <summary>How many windows <see cref="Windows"/> cuts from <paramref name="frames"/> frames: ⌊(n − length) / stride⌋ + 1, or 0.</summary>
    public static int WindowCount(int frames, int length = Shapes.WindowFrames, int stride = Shapes.WindowStride)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(length, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(stride, 1);
        return frames < length ? 0 : (frames - length) / stride + 1;
    }
}

/// <summary>Everything <see cref="FaceExtractor.Extract(string, DecodeLimits?)"/> produced for one clip.</summary>
/// <param name="Frames">Face crops, each (3, 28, 28) CHW floats in [0, 1].</param>
/// <param name="Boxes">The box each crop was cut from (relative coordinates, after <see cref="FaceOptions.BoxScale"/>).</param>
/// <param name="SampledFrames">How many frames the locator ran on.</param>
/// <param name="FramesWithFace">How many of those had a face.</param>
/// <param name="Info">The probe result of the video.</param>
public sealed record FaceExtraction(
    float[][] Frames,
    IReadOnlyList<RelativeBox> Boxes,
    int SampledFrames,
    int FramesWithFace,
    MediaInfo Info);
