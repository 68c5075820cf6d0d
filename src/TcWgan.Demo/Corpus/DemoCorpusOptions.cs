namespace TcWgan.Demo;

/// <summary>Settings of one demo-corpus rendering. Everything random derives from <see cref="Seed"/>.</summary>
public sealed class DemoCorpusOptions
{
    /// <summary>Folder and naming convention.</summary>
    public DemoLayout Layout { get; set; } = DemoLayout.CremaD;

    public DemoPreset Preset { get; set; } = DemoPreset.Demo;

    /// <summary>Master seed: actors, clips and noise all derive from it (per clip through a stable hash of its id).</summary>
    public int Seed { get; set; } = 1;

    /// <summary>RAVDESS layout only: also write the audio-only take <c>03-01-…wav</c> beside each video.</summary>
    public bool WriteRavdessWav { get; set; } = true;

    /// <summary>Clips rendered at once (each runs its own ffmpeg with one thread).</summary>
    public int MaxParallelism { get; set; } = 2;

    /// <summary>Video frame width in pixels (even).</summary>
    public int Width { get; set; } = DemoDefaults.Width;

    /// <summary>Video frame height in pixels (even).</summary>
    public int Height { get; set; } = DemoDefaults.Height;

    /// <summary>Lists every problem with these settings at once; empty when valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (!Enum.IsDefined(Layout)) errors.Add($"Layout {Layout} is not a known layout.");
        if (!Enum.IsDefined(Preset)) errors.Add($"Preset {Preset} is not a known preset.");
        if (MaxParallelism < 1) errors.Add($"MaxParallelism must be at least 1 (was {MaxParallelism}).");
        if (Width < 64 || Width > 1920 || Width % 16 != 0)
            errors.Add($"Width must be a multiple of 16 between 64 and 1920 (was {Width}).");
        if (Height < 48 || Height > 1080 || Height % 16 != 0)
            errors.Add($"Height must be a multiple of 16 between 48 and 1080 (was {Height}).");
        return errors;
    }

    /// <summary>Throws <see cref="ArgumentException"/> listing every problem when the settings are invalid.</summary>
    public void EnsureValid() => OptionChecks.ThrowIfAny(Validate(), nameof(DemoCorpusOptions));
}

/// <summary>Folder and naming convention the demo corpus is written in.</summary>
public enum DemoLayout
{
    /// <summary><c>VideoFlash/AAAA_SSS_EEE_LL.flv</c>, <c>AudioWAV/AAAA_SSS_EEE_LL.wav</c>, <c>VideoDemographics.csv</c>.</summary>
    CremaD,
    /// <summary><c>Actor_XX/01-01-EE-II-SS-RR-XX.mp4</c>, optionally <c>03-01-…wav</c> beside it.</summary>
    Ravdess,
}

/// <summary>Fixed properties of the rendered media.</summary>
public static class DemoDefaults
{
    public const int Width = 192;
    public const int Height = 144;
    public const int FrameRate = 30;
    /// <summary>Audio sample rate of the synthesised voices and the written WAV files.</summary>
    public const int SampleRate = 16000;
    /// <summary>Shortest clip.</summary>
    public const double MinSeconds = 2.2;
    /// <summary>Longest clip.</summary>
    public const double MaxSeconds = 3.0;
    /// <summary>First CREMA-D actor id.</summary>
    public const int FirstCremaActor = 1001;
}
