using System.Collections;

namespace TcWgan.Data;

/// <summary>
/// All training pairs of a list of prepared clips: for each clip (in order), every window × every augmented
/// spectrogram, window-major (window 0 with spectrograms 0…S−1, then window 1, …). Pairs never cross clips.
/// </summary>
public sealed class PairIndex : IReadOnlyList<ClipPair>
{
    private readonly ClipPair[] _pairs;

    /// <summary>Lists the pairs of <paramref name="clips"/>.</summary>
    public PairIndex(IReadOnlyList<PreparedClip> clips)
    {
        ArgumentNullException.ThrowIfNull(clips);
        var pairs = new ClipPair[clips.Sum(c => (long)c.PairCount)];
        int at = 0;
        for (int c = 0; c < clips.Count; c++)
            for (int w = 0; w < clips[c].Windows.Length; w++)
                for (int s = 0; s < clips[c].AugmentedSpectrograms.Length; s++)
                    pairs[at++] = new ClipPair(c, w, s);
        _pairs = pairs;
    }

    /// <inheritdoc />
    public int Count => _pairs.Length;

    /// <inheritdoc />
    public ClipPair this[int index] => _pairs[index];

    /// <inheritdoc />
    public IEnumerator<ClipPair> GetEnumerator() => ((IEnumerable<ClipPair>)_pairs).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
