using OpenCvSharp;

namespace TcWgan.Media;

/// <summary>
/// Viola–Jones face detection with an OpenCV Haar cascade (<c>haarcascade_frontalface_default.xml</c>, found by
/// <see cref="ResolveCascadePath"/>). Picks the largest detection; <see cref="Track"/> searches near the last box
/// first. Thread-safe (detections are serialised).
/// </summary>
public sealed class HaarCascadeLocator : IFaceLocator, IDisposable
{
    /// <summary>The frontal-face cascade's file name.</summary>
    public const string CascadeFileName = "haarcascade_frontalface_default.xml";

    /// <summary>Environment variable naming the cascade file when no path is passed in.</summary>
    public const string CascadeEnvironmentVariable = "TCWGAN_HAAR_CASCADE";

    /// <summary>Where Debian's <c>opencv-data</c> installs the frontal-face cascade (the last place looked).</summary>
    public const string DefaultCascadePath = "/usr/share/opencv4/haarcascades/" + CascadeFileName;

    /// <summary>How to get the cascade, for error messages.</summary>
    public const string HowToGetCascade =
        "Get " + CascadeFileName + ": on Debian/Ubuntu install the package opencv-data (apt-get install opencv-data); " +
        "on Windows or macOS download it from OpenCV (the data/haarcascades folder of the opencv repository, or " +
        "etc/haarcascades in an opencv.org release) and set FaceOptions.HaarCascadePath or the environment variable " +
        CascadeEnvironmentVariable + " to its path, or put it beside the application. The Centred and Fixed locators " +
        "need no cascade.";

    private readonly CascadeClassifier _cascade;
    private readonly Lock _gate = new();
    private readonly double _scaleFactor;
    private readonly int _minNeighbors;
    private readonly double _minFaceFraction;

    /// <summary>
    /// Loads the cascade; throws <see cref="FileNotFoundException"/> naming every place looked and how to get the file,
    /// <see cref="InvalidDataException"/> when the file is not a cascade.
    /// </summary>
    /// <param name="cascadePath">Cascade XML; null = looked up by <see cref="ResolveCascadePath"/>.</param>
    /// <param name="scaleFactor">Image pyramid step (&gt; 1).</param>
    /// <param name="minNeighbors">Overlapping detections needed to accept a face (≥ 0).</param>
    /// <param name="minFaceFraction">Smallest face side accepted, as a fraction of the frame's shorter side, in (0, 1).</param>
    public HaarCascadeLocator(string? cascadePath = null, double scaleFactor = 1.1, int minNeighbors = 4,
        double minFaceFraction = 0.12)
    {
        if (!(scaleFactor > 1)) throw new ArgumentOutOfRangeException(nameof(scaleFactor), scaleFactor, "Must be > 1.");
        if (minNeighbors < 0) throw new ArgumentOutOfRangeException(nameof(minNeighbors), minNeighbors, "Must be ≥ 0.");
        if (!(minFaceFraction > 0 && minFaceFraction < 1))
            throw new ArgumentOutOfRangeException(nameof(minFaceFraction), minFaceFraction, "Must be in (0, 1).");
        CascadePath = ResolveCascadePath(cascadePath);
        _cascade = new CascadeClassifier();
        try
        {
            if (!_cascade.Load(CascadePath) || _cascade.Empty())
                throw new InvalidDataException($"'{CascadePath}' is not a readable OpenCV cascade file. {HowToGetCascade}");
        }
        catch (Exception e) when (e is OpenCvSharpException or OpenCVException or InvalidDataException)
        {
            _cascade.Dispose();
            if (e is InvalidDataException) throw;
            throw new InvalidDataException($"'{CascadePath}' is not a readable OpenCV cascade file ({e.Message}).", e);
        }
        _scaleFactor = scaleFactor;
        _minNeighbors = minNeighbors;
        _minFaceFraction = minFaceFraction;
    }

    /// <summary>The cascade file in use.</summary>
    public string CascadePath { get; }

    /// <summary>
    /// The cascade file to use: <paramref name="explicitPath"/> when given; else the file named by the environment
    /// variable <see cref="CascadeEnvironmentVariable"/> when set; else <see cref="CascadeFileName"/> beside the
    /// application (<see cref="AppContext.BaseDirectory"/>); else <see cref="DefaultCascadePath"/> (Debian). A path
    /// given explicitly or through the variable must exist (no silent fallback to another cascade). Throws
    /// <see cref="FileNotFoundException"/> naming what was looked at and <see cref="HowToGetCascade"/>.
    /// </summary>
    public static string ResolveCascadePath(string? explicitPath = null)
    {
        if (!string.IsNullOrWhiteSpace(explicitPath))
            return File.Exists(explicitPath) ? explicitPath : throw NotFound(
                $"Haar cascade '{explicitPath}' (FaceOptions.HaarCascadePath) not found.", explicitPath);
        string? fromEnvironment = Environment.GetEnvironmentVariable(CascadeEnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
            return File.Exists(fromEnvironment) ? fromEnvironment : throw NotFound(
                $"Haar cascade '{fromEnvironment}' (environment variable {CascadeEnvironmentVariable}) not found.",
                fromEnvironment);
        string besideApp = Path.Combine(AppContext.BaseDirectory, CascadeFileName);
        if (File.Exists(besideApp)) return besideApp;
        if (File.Exists(DefaultCascadePath)) return DefaultCascadePath;
        throw NotFound($"Haar cascade {CascadeFileName} not found: FaceOptions.HaarCascadePath and " +
                       $"{CascadeEnvironmentVariable} are not set, and it is neither at '{besideApp}' nor at " +
                       $"'{DefaultCascadePath}'.", DefaultCascadePath);
    }

    private static FileNotFoundException NotFound(string what, string path) => new($"{what} {HowToGetCascade}", path);

    /// <inheritdoc />
    public RelativeBox? Locate(RgbFrame frame)
    {
        ArgumentNullException.ThrowIfNull(frame);
        using var grey = Grey(frame);
        int minSide = MinSide(frame);
        return Detect(grey, new Rect(0, 0, frame.Width, frame.Height), new Size(minSide, minSide), default, frame);
    }

    /// <summary>
    /// Searches a window twice the size of <paramref name="previous"/> around it, for faces 0.7–1.4 times its side
    /// (a face moves and scales little between two detections a few frames apart): about half the work of
    /// <see cref="Locate"/> on a close-up. Falls back to <see cref="Locate"/> when nothing is found there.
    /// </summary>
    public RelativeBox? Track(RgbFrame frame, RelativeBox previous)
    {
        ArgumentNullException.ThrowIfNull(frame);
        var (x, y, w, h) = previous.ToPixels(frame.Width, frame.Height);
        int side = Math.Max(w, h);
        int x0 = Math.Max(0, x - side / 2), y0 = Math.Max(0, y - side / 2);
        int x1 = Math.Min(frame.Width, x + w + side / 2), y1 = Math.Min(frame.Height, y + h + side / 2);
        int minSide = Math.Max(MinSide(frame), (int)(0.7 * side)), maxSide = (int)Math.Ceiling(1.4 * side);
        if (x1 - x0 >= minSide && y1 - y0 >= minSide)
        {
            using var grey = Grey(frame);
            var found = Detect(grey, new Rect(x0, y0, x1 - x0, y1 - y0), new Size(minSide, minSide),
                new Size(maxSide, maxSide), frame);
            if (found is not null) return found;
        }
        return Locate(frame);
    }

    /// <summary>rgb (H, W, 3) bytes → grey (H, W), histogram-equalised over the whole frame as the cascades expect.</summary>
    private static Mat Grey(RgbFrame frame)
    {
        using var rgb = Mat.FromPixelData(frame.Height, frame.Width, MatType.CV_8UC3, frame.Pixels);
        var grey = new Mat();
        Cv2.CvtColor(rgb, grey, ColorConversionCodes.RGB2GRAY);
        Cv2.EqualizeHist(grey, grey);
        return grey;
    }

    private int MinSide(RgbFrame frame) => Math.Max(12, (int)(_minFaceFraction * Math.Min(frame.Width, frame.Height)));

    /// <summary>The largest face inside <paramref name="region"/> of <paramref name="grey"/>, in frame-relative coordinates.</summary>
    private RelativeBox? Detect(Mat grey, Rect region, Size minSize, Size maxSize, RgbFrame frame)
    {
        using var part = new Mat(grey, region);
        Rect[] faces;
        lock (_gate)
            faces = _cascade.DetectMultiScale(part, _scaleFactor, _minNeighbors, HaarDetectionTypes.ScaleImage, minSize, maxSize);
        if (faces.Length == 0) return null;
        Rect best = faces.MaxBy(r => (long)r.Width * r.Height);
        return RelativeBox.FromPixels(best.X + region.X, best.Y + region.Y, best.Width, best.Height, frame.Width, frame.Height);
    }

    /// <inheritdoc />
    public void Dispose() => _cascade.Dispose();
}
