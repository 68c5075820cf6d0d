namespace TcWgan.Metrics.Tests;

/// <summary>One loaded ResNet18 (two ONNX sessions) shared by the tests that need it.</summary>
public sealed class ResNet18FeaturesFixture : IDisposable
{
    /// <summary>The extractor with the model copied beside the test assembly.</summary>
    public ResNet18Features Extractor { get; } = new();

    /// <inheritdoc />
    public void Dispose() => Extractor.Dispose();
}
