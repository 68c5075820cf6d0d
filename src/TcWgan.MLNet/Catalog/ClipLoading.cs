using TcWgan.Media;

namespace TcWgan.MLNet;

/// <summary><c>mlContext.Data.LoadClips(...)</c>: a corpus folder or manifest as an <see cref="IDataView"/> of clip rows.</summary>
public static class ClipLoading
{
    /// <summary>
    /// The clips of a CREMA-D or RAVDESS folder or a manifest CSV (<paramref name="dataset"/>: crema-d, ravdess,
    /// manifest) as <see cref="ModelInput"/> rows: absolute <c>VideoPath</c> (empty for audio-only clips), the file
    /// the audio comes from as <c>AudioPath</c>, the emotion name as <c>Label</c>, and <c>Speaker</c>. Files the loader
    /// skips or leaves out by a rule are counted in <paramref name="skips"/> when given (path and reason each).
    /// </summary>
    /// <param name="catalog">The data catalog.</param>
    /// <param name="dataset">crema-d, ravdess or manifest.</param>
    /// <param name="path">The corpus folder, or the manifest CSV.</param>
    /// <param name="audioOnly">Audio-only clips (RAVDESS 03 files, CREMA-D AudioWAV): no video paths.</param>
    /// <param name="skips">Receives the skipped and left-out files; null discards them.</param>
    public static IDataView LoadClips(this DataOperationsCatalog catalog, string dataset, string path,
        bool audioOnly = false, SkipLog? skips = null)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var clips = CorpusLoader.Load(dataset, path, skips ?? new SkipLog(), audioOnly);
        var rows = clips.Select(c => new ModelInput
        {
            VideoPath = c.VideoPath ?? "",
            AudioPath = c.AudioSource,
            Label = c.Emotion.Name(),
            Speaker = c.Speaker,
        }).ToArray();
        return catalog.LoadFromEnumerable(rows);
    }
}
