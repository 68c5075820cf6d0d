namespace TcWgan.Media;

/// <summary>
/// Turns detections on sampled frames into one box per frame. The rule: boxes found on sampled frames are smoothed
/// by a running median (per coordinate: x, y, width, height) over consecutive detections; a frame between two
/// frames where a face was found takes the linear interpolation of their smoothed boxes (per coordinate, by frame
/// distance), and a frame before the first or after the last such frame takes that one's box.
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
        int j = 0; // found[j].Frame ≤ frame < found[j + 1].Frame once frame passes the first detection
        for (int frame = 0; frame < frameCount; frame++)
        {
            while (j + 1 < found.Length && found[j + 1].Frame <= frame) j++;
            if (frame <= found[0].Frame) boxes[frame] = smoothed[0];
            else if (j + 1 >= found.Length) boxes[frame] = smoothed[^1];
            else boxes[frame] = Lerp(smoothed[j], smoothed[j + 1],
                (double)(frame - found[j].Frame) / (found[j + 1].Frame - found[j].Frame));
        }
        return boxes;
    }

    private static RelativeBox Lerp(RelativeBox a, RelativeBox b, double t) => new(
        a.X + t * (b.X - a.X), a.Y + t * (b.Y - a.Y), a.Width + t * (b.Width - a.Width), a.Height + t * (b.Height - a.Height));

    /// <summary>Median; the mean of the two middle values for an even count.</summary>
    public static double Median(IEnumerable<double> values)
    {
        var v = values.Order().ToArray();
        if (v.Length == 0) throw new ArgumentException("Median of no values.", nameof(values));
        return v.Length % 2 == 1 ? v[v.Length / 2] : (v[v.Length / 2 - 1] + v[v.Length / 2]) / 2;
    }
}
