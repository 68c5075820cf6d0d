namespace TcWgan.Demo;

/// <summary>Where one syllable lies in an utterance, in seconds.</summary>
/// <param name="Start">Onset (consonant) start.</param>
/// <param name="VowelStart">Vowel start: the mouth opens from here.</param>
/// <param name="End">Vowel end.</param>
/// <param name="Syllable">The syllable.</param>
public sealed record SyllableTiming(double Start, double VowelStart, double End, Syllable Syllable);
