namespace TcWgan.Dsp.Tests;

/// <summary>Synthetic test signals.</summary>
internal static class Signals
{
    public const int Rate = 16000;

    /// <summary>A sine of <paramref name="hz"/> Hz, amplitude <paramref name="amplitude"/>, <paramref name="seconds"/> long at 16 kHz.</summary>
    public static float[] Tone(double hz, double seconds, double amplitude = 0.5, double phase = 0)
    {
        var x = new float[(int)Math.Round(seconds * Rate)];
        for (int i = 0; i < x.Length; i++) x[i] = (float)(amplitude * Math.Sin(2 * Math.PI * hz * i / Rate + phase));
        return x;
    }

    /// <summary><paramref name="x"/> with <paramref name="before"/> zeros in front and <paramref name="after"/> behind.</summary>
    public static float[] Pad(float[] x, int before, int after)
    {
        var y = new float[before + x.Length + after];
        Array.Copy(x, 0, y, before, x.Length);
        return y;
    }

    /// <summary>mel(f) = 1127·ln(1 + f/700).</summary>
    public static double Mel(double hz) => 1127 * Math.Log(1 + hz / 700);

    /// <summary>The band (0 = lowest) whose centre on the mel scale is nearest to <paramref name="hz"/>, for bands spread uniformly in mel over [0, 8000] Hz.</summary>
    public static int ExpectedBand(double hz, int bands = 28, double high = 8000)
    {
        double step = Mel(high) / (bands + 1);
        int best = 0;
        for (int b = 0; b < bands; b++)
            if (Math.Abs(Mel(hz) - (b + 1) * step) < Math.Abs(Mel(hz) - (best + 1) * step)) best = b;
        return best;
    }

    /// <summary>Hz of the centre of a band: inverse mel of (b + 1)·mel(8000)/29.</summary>
    public static double BandCentreHz(int band, int bands = 28, double high = 8000) =>
        700 * (Math.Exp((band + 1) * Mel(high) / (bands + 1) / 1127) - 1);

    /// <summary>Channel <paramref name="c"/> of a (3, 28, 112) image as [band, frame].</summary>
    public static float At(float[] image, int c, int band, int frame) =>
        image[c * Shapes.MelBands * Shapes.SpecFrames + band * Shapes.SpecFrames + frame];
}
