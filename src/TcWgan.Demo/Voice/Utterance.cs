namespace TcWgan.Demo;

/// <summary>A synthesised utterance: mono samples in [−1, 1] at <see cref="SampleRate"/> and its syllable timing.</summary>
/// <param name="Samples">Mono PCM, length = duration · sample rate.</param>
/// <param name="SampleRate">Samples per second.</param>
/// <param name="Syllables">Timing of each syllable.</param>
/// <param name="Style">The prosody the utterance was made with (after intensity scaling).</param>
public sealed record Utterance(float[] Samples, int SampleRate, IReadOnlyList<SyllableTiming> Syllables, VoiceStyle Style)
{
    /// <summary>Length in seconds.</summary>
    public double Duration => (double)Samples.Length / SampleRate;
}
