namespace TcWgan.MLNet.Persistence;

/// <summary>The table of every saveable TcWgan transformer: payload kind → signatures, class and loader.</summary>
internal static class TransformerKinds
{
    /// <summary>All kinds, in registration order.</summary>
    public static IReadOnlyList<TransformerKind> All { get; } =
    [
        new(SpectrogramLoadingTransformer.KindName, "TCWSPECT", "TcWganLoadSpectrogram", typeof(SpectrogramLoadingTransformer),
            SpectrogramLoadingTransformer.Load),
        new(FaceWindowLoadingTransformer.KindName, "TCWFACEW", "TcWganLoadFaceWindows", typeof(FaceWindowLoadingTransformer),
            FaceWindowLoadingTransformer.Load),
        new(AugmentAudioFromFaceTransformer.KindName, "TCWAUGMT", "TcWganAugmentAudio", typeof(AugmentAudioFromFaceTransformer),
            AugmentAudioFromFaceTransformer.Load),
        new(SpectrogramCnnTransformer.KindName, "TCWSPCNN", "TcWganSpectrogramCnn", typeof(SpectrogramCnnTransformer),
            SpectrogramCnnTransformer.Load),
    ];

    /// <summary>The kind named <paramref name="name"/>; throws <see cref="InvalidDataException"/> for an unknown one.</summary>
    public static TransformerKind Get(string name) =>
        All.FirstOrDefault(k => k.Name == name) ?? throw new InvalidDataException(
            $"TcWgan.MLNet model entry of unknown kind '{name}'; known kinds: {string.Join(", ", All.Select(k => k.Name))}.");
}
