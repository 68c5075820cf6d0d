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

/// <summary>Where one syllable lies in an utterance, in seconds.</summary>
/// <param name="Start">Onset (consonant) start.</param>
/// <param name="VowelStart">Vowel start: the mouth opens from here.</param>
/// <param name="End">Vowel end.</param>
/// <param name="Syllable">The syllable.</param>
public sealed record SyllableTiming(double Start, double VowelStart, double End, Syllable Syllable);

/// <summary>One syllable: onset, vowel code (see <see cref="Vowels"/>) and whether it carries stress.</summary>
public sealed record Syllable(Onset Onset, string Vowel, bool Stressed);

/// <summary>How a syllable starts, which shapes both the sound and the mouth.</summary>
public enum Onset
{
    /// <summary>Vowel onset: the vowel starts at once.</summary>
    None,
    /// <summary>Stop: a short closure (silence, closed mouth) and a release burst.</summary>
    Stop,
    /// <summary>Fricative: hiss (high-passed noise) with a narrow mouth.</summary>
    Fricative,
    /// <summary>Nasal or liquid: a quiet voiced murmur with a nearly closed mouth.</summary>
    Sonorant,
}
