namespace TcWgan.MLNet.Persistence;

/// <summary>
/// One of our saveable transformers as the model .zip knows it.
/// </summary>
/// <param name="Name">The payload's <see cref="ModelPayload.Kind"/>.</param>
/// <param name="ModelSignature">Eight ASCII characters ML.NET writes into the entry header.</param>
/// <param name="LoaderSignature">The catalog key (at most 24 ASCII characters) the loader is registered under.</param>
/// <param name="Type">The transformer class.</param>
/// <param name="Load">Rebuilds the transformer from its verified payload.</param>
internal sealed record TransformerKind(
    string Name,
    string ModelSignature,
    string LoaderSignature,
    Type Type,
    Func<IHostEnvironment, ModelPayload, ITransformer> Load);
