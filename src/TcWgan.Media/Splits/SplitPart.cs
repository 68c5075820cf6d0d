namespace TcWgan.Media;

/// <summary>The three parts of a speaker-independent split.</summary>
public enum SplitPart { Train, Validation, Test }
