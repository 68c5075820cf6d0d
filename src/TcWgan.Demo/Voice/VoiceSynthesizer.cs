using NWaves.Filters.BiQuad;
using OnePoleLowPass = NWaves.Filters.OnePole.LowPassFilter;
using OnePoleHighPass = NWaves.Filters.OnePole.HighPassFilter;

namespace TcWgan.Demo;

/// <summary>
/// Source–filter voice synthesis at 16 kHz: a Rosenberg glottal pulse train (per-period jitter and shimmer,
/// aspiration noise) shaped by a one-pole spectral-tilt low-pass and a parallel bank of four time-varying
/// NWaves band-pass formant filters, plus stop bursts and fricative hiss, a level set from the style's energy,
/// and low-passed background noise. Stateless; all randomness comes from the <see cref="Random"/> passed in.
/// </summary>
public sealed class VoiceSynthesizer
{
    public int SampleRate { get; } = DemoDefaults.SampleRate;

    private static readonly double[] Bandwidths = [70, 100, 150, 220];
    private static readonly double[] FormantGains = [1.0, -0.8, 0.6, -0.5];
    private const int ControlBlock = 16; // samples between formant-filter coefficient updates

    /// <summary>RMS level of neutral vowels, dBFS (leaves ≈ 12 dB headroom for the loudest emotion's pulse peaks).</summary>
    public const double ReferenceDb = -26;

    /// <summary>Aspiration noise amplitude per unit of <see cref="VoiceStyle.Breath"/>, against a pulse slope peak of ≈ 3–6.</summary>
    public const double BreathScale = 3.0;

    /// <summary>Consonant noise amplitude relative to the vowel RMS (the onset envelopes peak at 0.3–0.5 of it).</summary>
    public const double HissLevel = 0.6;

    /// <summary>
    /// Synthesises <paramref name="sentence"/> spoken by <paramref name="actor"/> with <paramref name="emotion"/> at
    /// <paramref name="intensity"/>; returns the samples only.
    /// </summary>
    public float[] Synthesize(ActorProfile actor, Emotion emotion, DemoIntensity intensity, string sentence, Random rng) =>
        SynthesizeUtterance(actor, VoiceStyle.For(emotion).Scaled(intensity.Scale() * actor.Expressiveness), sentence, rng).Samples;

    /// <summary>
    /// Synthesises a sentence with a given prosody. The utterance lasts between <see cref="DemoDefaults.MinSeconds"/>
    /// and <see cref="DemoDefaults.MaxSeconds"/>, in whole tenths of a second (= whole video frames at 30 fps).
    /// </summary>
    public Utterance SynthesizeUtterance(ActorProfile actor, VoiceStyle style, string sentence, Random rng)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(style);
        ArgumentNullException.ThrowIfNull(rng);
        var syllables = SentenceScripts.Syllables(sentence);
        var timing = Plan(syllables, actor.Rate * style.Rate, rng, out double total);
        int n = (int)Math.Round(total * SampleRate);

        // Per-sample control tracks.
        var pitchSt = new double[n];   // pitch offset in semitones (before smoothing)
        var voiced = new double[n];    // voiced amplitude
        var hiss = new double[n];      // fricative / burst noise amplitude
        var f = new double[3][];       // F1..F3 targets
        for (int k = 0; k < 3; k++) f[k] = new double[n];
        BuildTracks(timing, style, rng, pitchSt, voiced, hiss, f);

        // Smooth formants (15 ms) and pitch (40 ms) so segments glide into each other.
        for (int k = 0; k < 3; k++) Smooth(f[k], 0.015 * SampleRate);
        Smooth(pitchSt, 0.04 * SampleRate);

        var (output, noise) = Render(actor, style, rng, pitchSt, voiced, hiss, f);
        double level = SetLevel(output, voiced, style.EnergyDb + actor.LoudnessDb + rng.Uniform(-3, 3));
        for (int i = 0; i < n; i++) output[i] += (float)(HissLevel * level * noise[i]);
        AddBackground(output, rng);
        SoftClip(output);
        return new Utterance(output, SampleRate, timing, style);
    }

    private static List<SyllableTiming> Plan(IReadOnlyList<Syllable> syllables, double rate, Random rng, out double total)
    {
        double lead = rng.Uniform(0.18, 0.30), trail = rng.Uniform(0.20, 0.30);
        var onsets = new double[syllables.Count];
        var vowels = new double[syllables.Count];
        double speech = 0;
        for (int i = 0; i < syllables.Count; i++)
        {
            var s = syllables[i];
            onsets[i] = s.Onset switch { Onset.None => 0.015, Onset.Stop => 0.07, Onset.Fricative => 0.09, _ => 0.06 } / rate;
            vowels[i] = (s.Stressed ? 0.20 : 0.12) * rng.Uniform(0.9, 1.1) / rate * (i == syllables.Count - 1 ? 1.3 : 1.0);
            speech += onsets[i] + vowels[i];
        }
        double room = DemoDefaults.MaxSeconds - lead - trail;
        double squeeze = speech > room ? room / speech : 1.0;
        total = Math.Max(DemoDefaults.MinSeconds, Math.Ceiling((lead + speech * squeeze + trail) * 10 - 1e-9) / 10);
        var timing = new List<SyllableTiming>(syllables.Count);
        double t = lead;
        for (int i = 0; i < syllables.Count; i++)
        {
            double vs = t + onsets[i] * squeeze, end = vs + vowels[i] * squeeze;
            timing.Add(new SyllableTiming(t, vs, end, syllables[i]));
            t = end;
        }
        return timing;
    }

    private void BuildTracks(List<SyllableTiming> timing, VoiceStyle style, Random rng,
        double[] pitchSt, double[] voiced, double[] hiss, double[][] f)
    {
        int n = voiced.Length;
        double speechStart = timing[0].Start, speechEnd = timing[^1].End;
        // Formants rest at a neutral schwa between and around syllables.
        var (schwa, _) = Vowels.Targets("AH");
        for (int i = 0; i < n; i++) { f[0][i] = schwa.F1; f[1][i] = schwa.F2; f[2][i] = schwa.F3; }
        for (int i = 0; i < n; i++)
        {
            double t = (double)i / SampleRate;
            double progress = Math.Clamp((t - speechStart) / (speechEnd - speechStart), 0, 1);
            pitchSt[i] = style.SlopeSemitones * (progress - 0.5)
                + style.TremorSemitones * Math.Sin(2 * Math.PI * 6.0 * t);
        }
        foreach (var syl in timing)
        {
            int a = ToSample(syl.Start, n), b = ToSample(syl.VowelStart, n), c = ToSample(syl.End, n);
            double gain = (syl.Syllable.Stressed ? 1.0 : 0.65) * rng.Uniform(0.9, 1.1);
            double accent = (syl.Syllable.Stressed ? 1.0 : 0.25) * style.RangeSemitones * rng.Uniform(0.8, 1.2);
            // Onset.
            for (int i = a; i < b; i++)
            {
                double u = (double)(i - a) / Math.Max(1, b - a);
                switch (syl.Syllable.Onset)
                {
                    case Onset.Stop: hiss[i] = u > 0.7 ? 0.5 * gain : 0; break;
                    case Onset.Fricative: hiss[i] = 0.3 * gain * Math.Sin(Math.PI * u); break;
                    case Onset.Sonorant:
                        voiced[i] = 0.25 * gain;
                        f[0][i] = 300; f[1][i] = 1250; f[2][i] = 2500;
                        break;
                }
            }
            // Vowel with attack/decay and a pitch accent shaped like a raised sine.
            var (start, end) = Vowels.Targets(syl.Syllable.Vowel);
            double attack = 0.02 * SampleRate, decay = 0.05 * SampleRate;
            for (int i = b; i < c; i++)
            {
                double u = (double)(i - b) / Math.Max(1, c - b);
                double env = Math.Min(1, Math.Min((i - b) / attack, (c - i) / decay));
                voiced[i] = gain * env;
                double glide = 0.5 - 0.5 * Math.Cos(Math.PI * u);
                f[0][i] = (start.F1 + (end.F1 - start.F1) * glide) * style.F1Shift;
                f[1][i] = (start.F2 + (end.F2 - start.F2) * glide) * style.F2Shift;
                f[2][i] = start.F3 + (end.F3 - start.F3) * glide;
                pitchSt[i] += accent * Math.Sin(Math.PI * Math.Min(1, u * 1.25));
            }
        }
    }

    private (float[] Voice, float[] Hiss) Render(ActorProfile actor, VoiceStyle style, Random rng,
        double[] pitchSt, double[] voiced, double[] hiss, double[][] f)
    {
        int n = voiced.Length;
        var output = new float[n];
        var hissOut = new float[n];
        var tilt = new OnePoleLowPass(style.TiltHz / SampleRate);
        var fricative = new OnePoleHighPass(3000.0 / SampleRate);
        var formants = new BandPassFilter[4];
        for (int k = 0; k < 4; k++) formants[k] = new BandPassFilter(500.0 / SampleRate, 5);
        double basePitch = actor.BasePitchHz * style.PitchFactor;
        double breath = style.Breath + actor.Breathiness;
        double phase = 0, periodF0 = basePitch, amp = 1, prevG = 0;
        double tp = 0.6 * style.OpenQuotient, tn = 0.4 * style.OpenQuotient;
        for (int i = 0; i < n; i++)
        {
            if (i % ControlBlock == 0)
            {
                for (int k = 0; k < 4; k++)
                {
                    double fk = (k < 3 ? f[k][i] : Vowels.F4) * actor.FormantScale;
                    fk = Math.Min(fk, 0.45 * SampleRate);
                    formants[k].Change(fk / SampleRate, fk / Bandwidths[k]);
                }
            }
            // Rosenberg pulse: opening (raised cosine), closing (quarter cosine), closed.
            double g = phase < tp ? 0.5 * (1 - Math.Cos(Math.PI * phase / tp))
                : phase < tp + tn ? Math.Cos(0.5 * Math.PI * (phase - tp) / tn) : 0;
            // Slope per unit of glottal phase (× samples per period), so the pulse level does not depend on f0.
            double dg = (g - prevG) * amp * SampleRate / periodF0;
            prevG = g;
            phase += periodF0 / SampleRate;
            if (phase >= 1)
            {
                phase -= 1;
                double f0 = basePitch * Math.Pow(2, pitchSt[i] / 12.0);
                periodF0 = f0 * (1 + style.Jitter * rng.NextGaussian());
                amp = Math.Max(0.2, 1 + style.Shimmer * rng.NextGaussian());
            }
            double noise = rng.NextDouble() * 2 - 1;
            double source = voiced[i] * (dg + BreathScale * breath * noise * (0.3 + 0.7 * g));
            float shaped = tilt.Process((float)source);
            double y = 0;
            for (int k = 0; k < 4; k++) y += FormantGains[k] * formants[k].Process(shaped);
            hissOut[i] = (float)(hiss[i] * fricative.Process((float)(rng.NextDouble() * 2 - 1)));
            output[i] = (float)y;
        }
        return (output, hissOut);
    }

    /// <summary>
    /// Scales so the RMS over voiced samples sits at <see cref="ReferenceDb"/> + <paramref name="db"/>; returns that
    /// RMS as an amplitude (the reference the consonant noise is mixed against).
    /// </summary>
    private static double SetLevel(float[] x, double[] voiced, double db)
    {
        double sum = 0; int count = 0;
        for (int i = 0; i < x.Length; i++) if (voiced[i] > 0.3) { sum += x[i] * (double)x[i]; count++; }
        double rms = Math.Sqrt(sum / Math.Max(1, count));
        double target = Math.Pow(10, (ReferenceDb + db) / 20);
        if (rms <= 0) return target;
        double gain = target / rms;
        for (int i = 0; i < x.Length; i++) x[i] = (float)(x[i] * gain);
        return target;
    }

    private void AddBackground(float[] x, Random rng)
    {
        var colour = new OnePoleLowPass(rng.Uniform(800, 3000) / SampleRate);
        double level = Math.Pow(10, rng.Uniform(-52, -44) / 20) * Math.Sqrt(3); // uniform noise RMS = 1/√3
        for (int i = 0; i < x.Length; i++)
            x[i] += (float)(level * 2.5 * colour.Process((float)(rng.NextDouble() * 2 - 1)));
    }

    private static void SoftClip(float[] x)
    {
        for (int i = 0; i < x.Length; i++)
        {
            double a = Math.Abs(x[i]);
            if (a > 0.9) x[i] = (float)(Math.Sign(x[i]) * (0.9 + 0.099 * Math.Tanh((a - 0.9) / 0.099)));
        }
    }

    private static void Smooth(double[] x, double timeConstantSamples)
    {
        double alpha = 1 - Math.Exp(-1 / timeConstantSamples);
        double y = x[0];
        for (int i = 0; i < x.Length; i++) { y += alpha * (x[i] - y); x[i] = y; }
        // Backward pass: zero-phase, so smoothing does not delay onsets.
        y = x[^1];
        for (int i = x.Length - 1; i >= 0; i--) { y += alpha * (x[i] - y); x[i] = y; }
    }

    private int ToSample(double seconds, int n) => Math.Clamp((int)Math.Round(seconds * SampleRate), 0, n);
}
