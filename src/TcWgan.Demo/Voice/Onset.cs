namespace TcWgan.Demo;

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
