using System.Reflection;

namespace TcWgan.MLNet.Persistence;

/// <summary>
/// Writes our transformers into, and reads them back out of, an ML.NET model .zip through
/// <see cref="MLNetInternals"/>. The loader method is what <see cref="TcWganMLNet.Register(MLContext)"/> puts in the catalog.
/// </summary>
internal static class ModelPersistence
{
    /// <summary>The static loader method registered with ML.NET's component catalog.</summary>
    public static MethodInfo LoaderMethod { get; } =
        typeof(ModelPersistence).GetMethod(nameof(Create), BindingFlags.Public | BindingFlags.Static)!;

    /// <summary>Saves <paramref name="payload"/> into the entry ML.NET is writing.</summary>
    public static void Save(ModelSaveContext ctx, ModelPayload payload)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        TransformerKind kind = TransformerKinds.Get(payload.Kind);
        BinaryWriter writer = MLNetInternals.Resolve().BeginSave(ctx, kind.ModelSignature, kind.LoaderSignature,
            (uint)ModelPayload.FormatVersion);
        payload.Write(writer);
    }

    /// <summary>
    /// Called by ML.NET (through the catalog) with its <c>ModelLoadContext</c>: reads and verifies our payload and
    /// rebuilds the transformer it names.
    /// </summary>
    public static object Create(IHostEnvironment env, object ctx)
    {
        BinaryReader reader = MLNetInternals.Resolve().BeginLoad(ctx);
        ModelPayload payload = ModelPayload.Read(reader, "TcWgan.MLNet model entry");
        return TransformerKinds.Get(payload.Kind).Load(env, payload);
    }
}
