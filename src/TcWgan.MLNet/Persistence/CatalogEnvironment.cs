using System.Reflection;

namespace TcWgan.MLNet.Persistence;

/// <summary>
/// The <see cref="IHostEnvironment"/> behind an ML.NET catalog (<c>mlContext.Transforms</c>, <c>mlContext.Data</c>, a
/// trainers catalog), so our stages' warnings and cancellation reach the user's <see cref="MLContext"/>. ML.NET exposes it
/// only through an internal interface; when that member is not found (another ML.NET version) the stages still work,
/// with a private environment: nothing but their log lines is lost.
/// </summary>
internal static class CatalogEnvironment
{
    private static readonly Lazy<PropertyInfo?> Environment = new(() =>
        typeof(MLContext).Assembly.GetType("Microsoft.ML.Data.IInternalCatalog")
            ?.GetProperty("Environment", BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic));

    private static readonly Lazy<IHostEnvironment> Fallback = new(() => new MLContext(seed: 0));

    /// <summary>The catalog's environment, or a private one when ML.NET does not reveal it.</summary>
    public static IHostEnvironment Of(object catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        try
        {
            if (Environment.Value?.GetValue(catalog) is IHostEnvironment env) return env;
        }
        catch (TargetInvocationException) { }
        return Fallback.Value;
    }

    /// <summary>True when the catalogs' environment is reachable (false means warnings go to a private context).</summary>
    public static bool IsReachable => Environment.Value is not null;
}
