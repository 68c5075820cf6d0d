using Microsoft.ML;
using Microsoft.ML.Data;

namespace TcWgan.Metrics;

/// <summary>
/// 512-d image features from the pretrained ResNet18 shipped in Microsoft.ML.DnnImageFeaturizer.ResNet18, run through
/// ML.NET's <c>DnnFeaturizeImage</c> (two OnnxTransformer stages: a mean-image subtraction model, then ResNet18 up to
/// its global average pool, output <c>Pooling395_Output_0</c> of shape (512, 1, 1)). The shipped network has no
/// ImageNet classification head, so it yields features for FID but no class posteriors for an Inception score.
/// </summary>
/// <remarks>
/// Input mapping: an image (3, H, W) in [−1, 1] is bilinearly resized to (3, 224, 224) and mapped to pixel values
/// 255·(x + 1)/2 in [0, 255], channel 0 first: the layout ML.NET's <c>ExtractPixels</c> produces by default, which is
/// what the featurizer's preprocessing model expects. That model performs the ImageNet normalisation itself
/// (subtracting a per-pixel mean image), so no mean/std scaling is applied here.
/// Inference is deterministic: identical images give identical features. Instances are not thread-safe.
/// </remarks>
public sealed class ResNet18Features : IDisposable
{
    /// <summary>Length of one feature vector.</summary>
    public const int FeatureLength = 512;

    /// <summary>Side of the square image the network takes.</summary>
    public const int InputSide = 224;

    /// <summary>Floats in one network input: 3·224·224.</summary>
    public const int InputLength = 3 * InputSide * InputSide;

    private const string PixelsColumn = "Pixels";
    private const string FeaturesColumn = "Features";

    private readonly MLContext _ml;
    private readonly ITransformer _model;
    private bool _disposed;

    /// <summary>Loads the two ONNX models; throws <see cref="FileNotFoundException"/> naming any missing model file.</summary>
    /// <param name="options">Where the models are; defaults when null.</param>
    /// <param name="seed">Seed for the ML.NET context (the featurizer itself draws no random numbers).</param>
    public ResNet18Features(ResNet18FeaturesOptions? options = null, int seed = 0)
    {
        Options = options ?? new ResNet18FeaturesOptions();
        var errors = Options.Validate();
        if (errors.Count > 0)
            throw new FileNotFoundException(string.Join(" ", errors), Options.NetworkPath);
        _ml = new MLContext(seed);
        string modelDirectory = Options.ModelDirectory;
        var pipeline = _ml.Transforms.DnnFeaturizeImage(FeaturesColumn,
            m => m.ModelSelector.ResNet18(_ml, m.OutputColumn, m.InputColumn, modelDirectory), PixelsColumn);
        _model = pipeline.Fit(_ml.Data.LoadFromEnumerable(Array.Empty<PixelRow>()));
    }

    /// <summary>The settings in use.</summary>
    public ResNet18FeaturesOptions Options { get; }

    /// <summary>Features of spectrogram images, each (3, 28, 112) = <see cref="Shapes.SpectrogramLength"/> floats in [−1, 1].</summary>
    /// <returns>One 512-d vector per image, in input order.</returns>
    public double[][] Extract(IReadOnlyList<float[]> spectrograms) =>
        Extract(spectrograms, Shapes.MelBands, Shapes.SpecFrames);

    /// <summary>Features of RGB-like images, each (3, <paramref name="height"/>, <paramref name="width"/>) in [−1, 1].</summary>
    /// <returns>One 512-d vector per image, in input order.</returns>
    public double[][] Extract(IReadOnlyList<float[]> images, int height, int width)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        ArgumentNullException.ThrowIfNull(images);
        if (height < 1 || width < 1)
            throw new ArgumentException($"ResNet18 features: image size must be positive, got {height}×{width}.");
        int length = Shapes.Channels * height * width;
        for (int i = 0; i < images.Count; i++) CheckImage(images[i], i, length);
        if (images.Count == 0) return [];

        // Rows are made lazily, one (3, 224, 224) buffer per image, as ML.NET's cursor asks for them.
        var rows = images.Select(image => new PixelRow { Pixels = ToNetworkInput(image, height, width) });
        var scored = _model.Transform(_ml.Data.LoadFromEnumerable(rows));
        var result = new double[images.Count][];
        int index = 0;
        using (var cursor = scored.GetRowCursor(new[] { scored.Schema[FeaturesColumn] }))
        {
            var getter = cursor.GetGetter<VBuffer<float>>(scored.Schema[FeaturesColumn]);
            var buffer = default(VBuffer<float>);
            while (cursor.MoveNext())
            {
                getter(ref buffer);
                if (buffer.Length != FeatureLength)
                    throw new InvalidOperationException(
                        $"ResNet18 model '{Options.NetworkPath}' returned {buffer.Length} features, expected {FeatureLength}.");
                result[index++] = [.. buffer.DenseValues().Select(v => (double)v)];
            }
        }
        if (index != images.Count)
            throw new InvalidOperationException($"ResNet18 features: got {index} rows back for {images.Count} images.");
        return result;
    }

    /// <summary>(3, H, W) in [−1, 1] → (3, 224, 224) in [0, 255], bilinear.</summary>
    internal static float[] ToNetworkInput(float[] image, int height, int width)
    {
        var pixels = new float[InputLength];
        ImageResize.Bilinear(image, Shapes.Channels, height, width, pixels, InputSide, InputSide,
            v => 127.5f * (Math.Clamp(v, -1f, 1f) + 1f));
        return pixels;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        (_model as IDisposable)?.Dispose();
    }

    // Values may overshoot [−1, 1] by rounding (e.g. tanh outputs cast to float); larger excursions are errors.
    private const float RangeTolerance = 1e-3f;

    private static void CheckImage(float[]? image, int index, int length)
    {
        if (image is null || image.Length != length)
            throw new ArgumentException(
                $"ResNet18 features: image {index} has {image?.Length.ToString() ?? "null"} floats, expected {length} (3 × H × W).", "images");
        for (int j = 0; j < image.Length; j++)
        {
            float v = image[j];
            if (!float.IsFinite(v) || v < -1 - RangeTolerance || v > 1 + RangeTolerance)
                throw new ArgumentException(
                    $"ResNet18 features: image {index} value {v} at index {j} lies outside [−1, 1].", "images");
        }
    }

    /// <summary>One ML.NET row: the network input (3, 224, 224) in [0, 255].</summary>
    internal sealed class PixelRow
    {
        /// <summary>Flat CHW pixels.</summary>
        [VectorType(InputLength)]
        public float[] Pixels { get; set; } = [];
    }
}
