namespace TcWgan.MLNet;

/// <summary>
/// The one call needed before <c>mlContext.Model.Load</c> can read a model .zip holding TcWgan transformers.
/// </summary>
public static class TcWganMLNet
{
    /// <summary>The ML.NET version the persistence route is pinned to and tested against.</summary>
    public const string PinnedMLNetVersion = MLNetInternals.PinnedVersion;

    /// <summary>
    /// Registers the loaders of every TcWgan transformer with <paramref name="mlContext"/>'s component catalog, so
    /// that <c>mlContext.Model.Load</c> can rebuild them (in this or any other process). Safe to call more than once.
    /// Saving needs no registration.
    /// </summary>
    /// <exception cref="InvalidOperationException">The loaded ML.NET lacks an internal member this route needs
    /// (message names the members, the loaded and the pinned ML.NET version).</exception>
    /// <example><code>
    /// var ml = new MLContext(seed: 1);
    /// TcWganMLNet.Register(ml);
    /// ITransformer model = ml.Model.Load("model.zip", out var inputSchema);
    /// </code></example>
    public static void Register(MLContext mlContext) => Register(mlContext, "auto");

    /// <summary>
    /// As <see cref="Register(MLContext)"/>, and loads every TcWgan network onto <paramref name="device"/> ("auto": CUDA
    /// when available, else the CPU; "cpu"; "cuda") whatever device it was trained on.
    /// </summary>
    public static void Register(MLContext mlContext, string device)
    {
        ArgumentNullException.ThrowIfNull(mlContext);
        if (!Nn.DeviceNames.IsKnown(device))
            throw new ArgumentException($"Device must be \"auto\", \"cpu\" or \"cuda\" (got \"{device}\").", nameof(device));
        mlContext.SetOption(LoadDevice.OptionName, device);
        MLNetInternals internals = MLNetInternals.Resolve();
        foreach (TransformerKind kind in TransformerKinds.All)
            internals.RegisterLoader(mlContext.ComponentCatalog, kind.Type, kind.LoaderSignature, ModelPersistence.LoaderMethod);
    }
}
