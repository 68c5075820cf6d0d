using TcWgan.Dsp;

namespace TcWgan.Demo.Tests;

/// <summary>Known values of the source–filter voice: pitch, level, timing and the emotion ordering of prosody.</summary>
public sealed class VoiceSynthesizerTests
{
    private static readonly ActorProfile Male = ActorProfile.Create(1001, "1001", seed: 2);
    private static readonly ActorProfile Female = ActorProfile.Create(1002, "1002", seed: 2);

    [Fact]
    public void Neutral_voice_pitch_is_near_the_actors_base_pitch()
    {
        var voice = new VoiceSynthesizer();
        foreach (var actor in new[] { Male, Female })
        {
            var u = voice.SynthesizeUtterance(actor, VoiceStyle.Neutral, "DFA", new Random(1));
            double f0 = MedianPitch(u);
            Assert.InRange(f0, actor.BasePitchHz * 0.85, actor.BasePitchHz * 1.2);
        }
    }

    [Fact]
    public void Anger_is_higher_and_louder_than_sadness_and_its_tilt_is_brighter()
    {
        var voice = new VoiceSynthesizer();
        var anger = voice.SynthesizeUtterance(Male, VoiceStyle.For(Emotion.Anger), "TIE", new Random(3));
        var sad = voice.SynthesizeUtterance(Male, VoiceStyle.For(Emotion.Sadness), "TIE", new Random(3));
        double pa = MedianPitch(anger), ps = MedianPitch(sad);
        Assert.True(pa > 1.2 * ps, $"pitch anger {pa:F0} Hz, sadness {ps:F0} Hz");
        // Level: −26 dBFS (VoiceSynthesizer.ReferenceDb) ± 3 dB take gain; anger +5, sadness −3.5: 8.5 dB apart, take gains ≤ 6 dB.
        double la = ActiveRmsDb(anger), ls = ActiveRmsDb(sad);
        Assert.True(la > ls + 2, $"level anger {la:F1} dB, sadness {ls:F1} dB");
        // Spectral tilt alone (anger's 3500 Hz source low-pass against sadness's 1300 Hz, all else neutral, no aspiration).
        var bright = voice.SynthesizeUtterance(Male, VoiceStyle.Neutral with { TiltHz = VoiceStyle.For(Emotion.Anger).TiltHz, Breath = 0 }, "TIE", new Random(3));
        var dark = voice.SynthesizeUtterance(Male, VoiceStyle.Neutral with { TiltHz = VoiceStyle.For(Emotion.Sadness).TiltHz, Breath = 0 }, "TIE", new Random(3));
        double ba = HighBandShare(bright), bs = HighBandShare(dark);
        Assert.True(ba > 1.3 * bs, $"upper-band share with anger's tilt {ba:F4}, with sadness's {bs:F4}");
    }

    [Fact]
    public void Utterance_lasts_whole_tenths_between_the_limits_and_syllables_are_ordered()
    {
        var voice = new VoiceSynthesizer();
        foreach (string code in SentenceScripts.CremaCodes.Concat(SentenceScripts.RavdessCodes))
        foreach (var emotion in Emotions.All)
        {
            var u = voice.SynthesizeUtterance(Male, VoiceStyle.For(emotion), code, new Random(code.Length));
            Assert.InRange(u.Duration, DemoDefaults.MinSeconds - 1e-9, DemoDefaults.MaxSeconds + 1e-9);
            Assert.Equal(0, u.Samples.Length % 1600);
            Assert.Equal(SentenceScripts.Syllables(code).Count, u.Syllables.Count);
            for (int i = 1; i < u.Syllables.Count; i++) Assert.True(u.Syllables[i].Start >= u.Syllables[i - 1].End - 1e-9);
            Assert.True(u.Syllables[^1].End < u.Duration);
            Assert.All(u.Samples, s => Assert.InRange(s, -1f, 1f));
        }
    }

    [Fact]
    public void Samples_convenience_overload_matches_the_scaled_style()
    {
        var voice = new VoiceSynthesizer();
        var a = voice.Synthesize(Female, Emotion.Happiness, DemoIntensity.High, "IEO", new Random(9));
        var b = voice.SynthesizeUtterance(Female, VoiceStyle.For(Emotion.Happiness).Scaled(Female.Expressiveness), "IEO", new Random(9));
        Assert.Equal(b.Samples, a);
    }

    [Fact]
    public void Style_scaling_interpolates_from_neutral()
    {
        var anger = VoiceStyle.For(Emotion.Anger);
        Assert.Equal(VoiceStyle.Neutral, anger.Scaled(0));
        Assert.Equal(anger.EnergyDb, anger.Scaled(1).EnergyDb, 9);
        Assert.Equal(Math.Sqrt(anger.PitchFactor), anger.Scaled(0.5).PitchFactor, 9);
        Assert.Equal(anger.EnergyDb / 2, anger.Scaled(0.5).EnergyDb, 9);
    }

    [Fact]
    public void Pitch_estimate_of_a_pulse_train_is_its_rate()
    {
        var x = new float[4000];
        for (int i = 0; i < x.Length; i += 100) x[i] = 1; // 160 Hz at 16 kHz
        Assert.Equal(160, PitchEstimate.Hz(x, 16000, 0, 480), 6);
        Assert.Equal(0, PitchEstimate.Hz(new float[4000], 16000, 0, 480));
    }

    [Fact]
    public void Unknown_sentence_code_is_a_clear_error()
    {
        var ex = Assert.Throws<ArgumentException>(() => SentenceScripts.Syllables("XYZ"));
        Assert.Contains("XYZ", ex.Message);
    }

    [Fact]
    public void Mouth_opening_is_closed_in_silence_and_open_at_the_loudest_frame()
    {
        var samples = new float[16000];
        for (int i = 8000; i < 12000; i++) samples[i] = (float)(0.5 * Math.Sin(2 * Math.PI * 200 * i / 16000.0));
        var open = MouthTrack.Opening(samples, 16000, 30);
        Assert.Equal(30, open.Length);
        Assert.Equal(0, open[2]);
        Assert.Equal(1, open.Max(), 9);
        Assert.True(open[18] > 0.9); // frame 18 covers 0.6–0.633 s, inside the tone
    }

    private static double MedianPitch(Utterance u)
    {
        var pitches = new List<double>();
        foreach (var s in u.Syllables)
        {
            int a = (int)((s.VowelStart + 0.03) * u.SampleRate), length = 480;
            if (a + length > (int)(s.End * u.SampleRate)) continue;
            double p = PitchEstimate.Hz(u.Samples, u.SampleRate, a, length);
            if (p > 0) pitches.Add(p);
        }
        pitches.Sort();
        return pitches[pitches.Count / 2];
    }

    private static double ActiveRmsDb(Utterance u)
    {
        double sum = 0; int n = 0;
        foreach (var s in u.Syllables)
            for (int i = (int)(s.VowelStart * u.SampleRate); i < (int)(s.End * u.SampleRate); i++) { sum += u.Samples[i] * (double)u.Samples[i]; n++; }
        return 10 * Math.Log10(sum / n);
    }

    /// <summary>
    /// Share of the mel energy (linear) in the upper half of the 28 bands over the vowels only (spectral tilt is a
    /// property of the voiced source), via TcWgan.Dsp's log-mel.
    /// </summary>
    private static double HighBandShare(Utterance u)
    {
        var vowels = u.Syllables.SelectMany(s => u.Samples[(int)(s.VowelStart * u.SampleRate)..(int)(s.End * u.SampleRate)]).ToArray();
        var ex = new SpectrogramExtractor(new SpectrogramOptions());
        var logMel = ex.LogMel(vowels);
        int bands = ex.Options.MelBands, frames = ex.Options.Frames;
        double low = 0, high = 0;
        for (int b = 0; b < bands; b++)
        for (int t = 0; t < frames; t++)
        {
            double e = Math.Pow(10, logMel[b * frames + t] / 10);
            if (b < bands / 2) low += e; else high += e;
        }
        return high / (low + high);
    }
}
