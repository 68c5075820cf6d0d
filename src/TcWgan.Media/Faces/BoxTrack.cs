namespace TcWgan.Media;

/// <summary>
/// Turns detections on sampled frames into one box per frame. The rule: boxes found on sampled frames are smoothed
/// by a running median (per coordinate: x, y, width, height) over consecutive detections; every frame then takes
/// the smoothed box of the nearest sampled frame where a face was found (ties go to the earlier frame).
/// </summary>
internal static class BoxTrack
{
    /// <summary>Indices of the frames the locator runs on: 0, k, 2k, … and always the last frame.</summary>
    public static int[] SampleIndices(int frameCount, int every)
    {
        var indices = new List<int>();
        for (int i = 0; i < frameCount; i += every) indices.Add(i);
        if (frameCount > 0 && indices[^1] != frameCount - 1) indices.Add(frameCount - 1);
        return [.. indices];
    }

    /// <summary>
    /// One box per frame from <paramref name="detections"/> (sampled frame index → box or null); null when no
    /// sampled frame has a face.
    /// </summary>
    public static RelativeBox[]? Assign(int frameCount, IReadOnlyList<(int Frame, RelativeBox? Box)> detections,
        int medianWindow)
    {
        var found = detections.Where(d => d.Box is not null).OrderBy(d => d.Frame)
            .Select(d => (d.Frame, Box: d.Box!.Value)).ToArray();
        if (found.Length == 0) return null;
        var smoothed = new RelativeBox[found.Length];
        int half = medianWindow / 2;
        for (int i = 0; i < found.Length; i++)
        {
            int lo = Math.Max(0, i - half), hi = Math.Min(found.Length - 1, i + half);
            var span = found[lo..(hi + 1)];
            smoothed[i] = new RelativeBox(
                Median(span.Select(f => f.Box.X)), Median(span.Select(f => f.Box.Y)),
                Median(span.Select(f => f.Box.Width)), Median(span.Select(f => f.Box.Height)));
        }
        var boxes = new RelativeBox[frameCount];
        int j = 0;
        for (int frame = 0; frame < frameCount; frame++)
        {
            // Advance while the next detection is strictly nearer.
            while (j + 1 < found.Length && Math.Abs(found[j + 1].Frame - frame) < Math.Abs(found[j].Frame - frame)) j++;
            boxes[frame] = smoothed[j];
        }
        return boxes;
    }

    /// <summary>Median; the mean of the two middle values for an even count.</summary>
    public static double Median(IEnumerable<double> values)
    {
        var v = values.Order().ToArray();
        if (v.Length == 0) throw new ArgumentException("Median of no values.", nameof(values));
        return v.Length % 2 == 1 ? v[v.Length / 2] : (v[v.Length / 2 - 1] + v[v.Length / 2]) / 2;
    }
}
