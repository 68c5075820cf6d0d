namespace TcWgan.Nn;

/// <summary>Settings of <see cref="EmotionClassifier.Train"/>.</summary>
public sealed record ClassifierOptions
{
    /// <summary>Topology.</summary>
    public ClassifierKind Kind { get; init; } = ClassifierKind.Q;
    /// <summary>Multiplier on hidden widths (1 = paper size).</summary>
    public double Width { get; init; } = 1;
    /// <summary>Dropout after every hidden layer.</summary>
    public double Dropout { get; init; } = 0.25;
    /// <summary>Optimiser steps (Adam).</summary>
    public int Steps { get; init; } = 2000;
    /// <summary>Samples per step.</summary>
    public int BatchSize { get; init; } = 64;
    /// <summary>Adam learning rate.</summary>
    public double LearningRate { get; init; } = 1e-3;
    /// <summary>Seed of initialisation, batch order and dropout.</summary>
    public int Seed { get; init; }
    /// <summary>"auto" | "cpu" | "cuda".</summary>
    public string Device { get; init; } = "auto";

    /// <summary>All problems with these options (empty when valid).</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        void Check(bool ok, string message) { if (!ok) errors.Add(message); }
        Check(Enum.IsDefined(Kind), $"Kind {Kind} is not a ClassifierKind.");
        Check(Width > 0 && Width <= 8, $"Width must be in (0, 8] (got {Width}).");
        Check(Dropout is >= 0 and < 1, $"Dropout must be in [0, 1) (got {Dropout}).");
        Check(Steps >= 0, $"Steps must be ≥ 0 (got {Steps}).");
        Check(BatchSize >= 2, $"BatchSize must be ≥ 2 (got {BatchSize}).");
        Check(LearningRate > 0 && double.IsFinite(LearningRate), $"LearningRate must be > 0 (got {LearningRate}).");
        Check(DeviceNames.IsKnown(Device), $"Device must be \"auto\", \"cpu\" or \"cuda\" (got \"{Device}\").");
        return errors;
    }

    /// <summary>Throws an <see cref="ArgumentException"/> listing every problem, if there are any.</summary>
    public void ThrowIfInvalid()
    {
        var errors = Validate();
        if (errors.Count > 0)
            throw new ArgumentException("Invalid ClassifierOptions:" + Environment.NewLine + "  " + string.Join(Environment.NewLine + "  ", errors));
    }
}
