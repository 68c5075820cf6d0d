namespace TcWgan.Demo;

/// <summary>One syllable: onset, vowel code (see <see cref="Vowels"/>) and whether it carries stress.</summary>
public sealed record Syllable(Onset Onset, string Vowel, bool Stressed);
