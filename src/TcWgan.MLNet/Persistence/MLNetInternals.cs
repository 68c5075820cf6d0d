using System.Reflection;

namespace TcWgan.MLNet.Persistence;

/// <summary>
/// The one place that reaches ML.NET's internal persistence members by reflection (saving and loading only: the
/// catalog calls and schema checks use public API, see <see cref="Mapping.MappedSchema"/> and <see cref="CatalogEnvironment"/>). ML.NET keeps
/// <c>LoadableClassAttribute</c>, <c>ModelLoadContext</c>, the writer members of <see cref="ModelSaveContext"/> and
/// <c>ComponentCatalog.AddClass</c> internal, so a third-party transformer cannot take part in
/// <c>mlContext.Model.Save</c>/<c>Load</c> through public API. Every member is resolved up front; when one is
/// missing (an ML.NET upgrade renamed it) <see cref="Resolve"/> throws one <see cref="InvalidOperationException"/>
/// naming every missing member, the ML.NET version found and the version this code is pinned to.
/// </summary>
internal sealed record MLNetInternals(MethodInfo SaveCheckAtModel, MethodInfo SetVersionInfo, FieldInfo SaveWriter,
    ConstructorInfo VersionInfoCtor, Type LoadContextType, FieldInfo LoadReader, MethodInfo LoadCheckAtModel,
    Type SignatureLoadModel, ConstructorInfo LoadableClassAttributeCtor, ConstructorInfo LoadableClassInfoCtor,
    MethodInfo AddClass, MethodInfo GetLoadableClassInfo, FieldInfo CatalogLock)
{
    /// <summary>The ML.NET version these members were read from (Directory.Packages.props pins it).</summary>
    public const string PinnedVersion = "5.0.1";

    private const BindingFlags Instance = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic;

    private static readonly Lazy<MLNetInternals> Shared = new(() => Create(out var missing) ?? throw Failure(missing));

    /// <summary>The resolved members; throws <see cref="InvalidOperationException"/> when any is missing.</summary>
    public static MLNetInternals Resolve() => Shared.Value;

    /// <summary>Names of the reflected members that do not resolve in the loaded ML.NET (empty when all do).</summary>
    public static IReadOnlyList<string> FindMissingMembers()
    {
        Create(out var missing);
        return missing;
    }

    /// <summary>The informational version of the loaded Microsoft.ML.Core assembly.</summary>
    public static string LoadedVersion =>
        typeof(ICanSaveModel).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(ICanSaveModel).Assembly.GetName().Version?.ToString() ?? "unknown";

    private static InvalidOperationException Failure(IReadOnlyList<string> missing) => new(
        $"TcWgan.MLNet persistence reaches ML.NET internals that are missing in the loaded ML.NET {LoadedVersion} " +
        $"(this code is pinned to ML.NET {PinnedVersion}): {string.Join("; ", missing)}. " +
        "Pin Microsoft.ML to " + PinnedVersion + " or update src/TcWgan.MLNet/Persistence/MLNetInternals.cs.");

    private static MLNetInternals? Create(out List<string> missing)
    {
        var found = new List<string>();
        missing = found;
        Assembly core = typeof(ICanSaveModel).Assembly;
        Type saveCtx = typeof(ModelSaveContext);
        Type catalog = typeof(ComponentCatalog);

        T? Need<T>(T? member, string name) where T : class
        {
            if (member is null) found.Add(name);
            return member;
        }

        Type? versionInfo = Need(core.GetType("Microsoft.ML.VersionInfo"), "type Microsoft.ML.VersionInfo");
        Type? loadCtx = Need(core.GetType("Microsoft.ML.ModelLoadContext"), "type Microsoft.ML.ModelLoadContext");
        Type? sigLoad = Need(core.GetType("Microsoft.ML.SignatureLoadModel"), "type Microsoft.ML.SignatureLoadModel");
        Type? attrType = Need(core.GetType("Microsoft.ML.LoadableClassAttribute"), "type Microsoft.ML.LoadableClassAttribute");
        Type? attrBase = Need(core.GetType("Microsoft.ML.LoadableClassAttributeBase"), "type Microsoft.ML.LoadableClassAttributeBase");
        Type? info = Need(catalog.GetNestedType("LoadableClassInfo", BindingFlags.NonPublic | BindingFlags.Public),
            "type ComponentCatalog.LoadableClassInfo");

        var saveCheck = Need(saveCtx.GetMethod("CheckAtModel", Instance, Type.EmptyTypes), "ModelSaveContext.CheckAtModel()");
        var setVersion = versionInfo is null ? null
            : Need(saveCtx.GetMethod("SetVersionInfo", Instance, [versionInfo]), "ModelSaveContext.SetVersionInfo(VersionInfo)");
        var writer = Need(saveCtx.GetField("Writer", Instance), "ModelSaveContext.Writer");
        if (writer is not null && writer.FieldType != typeof(BinaryWriter)) { found.Add("ModelSaveContext.Writer as BinaryWriter"); writer = null; }
        var versionCtor = versionInfo is null ? null : Need(versionInfo.GetConstructor(Instance,
                [typeof(string), typeof(uint), typeof(uint), typeof(uint), typeof(string), typeof(string), typeof(string)]),
            "VersionInfo(string, uint, uint, uint, string, string, string)");
        var reader = loadCtx is null ? null : Need(loadCtx.GetField("Reader", Instance), "ModelLoadContext.Reader");
        if (reader is not null && reader.FieldType != typeof(BinaryReader)) { found.Add("ModelLoadContext.Reader as BinaryReader"); reader = null; }
        var loadCheck = loadCtx is null ? null
            : Need(loadCtx.GetMethod("CheckAtModel", Instance, Type.EmptyTypes), "ModelLoadContext.CheckAtModel()");
        var attrCtor = attrType is null ? null : Need(attrType.GetConstructor(Instance,
                [typeof(Type), typeof(Type), typeof(Type), typeof(Type[]), typeof(string), typeof(string[])]),
            "LoadableClassAttribute(Type, Type, Type, Type[], string, string[])");
        var infoCtor = info is null || attrBase is null ? null : Need(info.GetConstructor(Instance,
                [attrBase, typeof(MethodInfo), typeof(ConstructorInfo), typeof(MethodInfo), typeof(bool)]),
            "LoadableClassInfo(LoadableClassAttributeBase, MethodInfo, ConstructorInfo, MethodInfo, bool)");
        var addClass = info is null ? null : Need(catalog.GetMethod("AddClass", Instance, [info, typeof(string[]), typeof(bool)]),
            "ComponentCatalog.AddClass(LoadableClassInfo, string[], bool)");
        var getInfo = Need(catalog.GetMethod("GetLoadableClassInfo", Instance, [typeof(string), typeof(Type)]),
            "ComponentCatalog.GetLoadableClassInfo(string, Type)");
        var catalogLock = Need(catalog.GetField("_lock", Instance), "ComponentCatalog._lock");

        if (found.Count > 0) return null;
        return new MLNetInternals(saveCheck!, setVersion!, writer!, versionCtor!, loadCtx!, reader!, loadCheck!, sigLoad!,
            attrCtor!, infoCtor!, addClass!, getInfo!, catalogLock!);
    }

    /// <summary>
    /// Stamps <paramref name="ctx"/> with ML.NET's model header fields and returns the writer of the model entry.
    /// </summary>
    /// <param name="ctx">The context ML.NET passed to <see cref="ICanSaveModel.Save"/>.</param>
    /// <param name="modelSignature">Eight ASCII characters identifying the model kind.</param>
    /// <param name="loaderSignature">At most 24 ASCII characters; the catalog key the loader is registered under.</param>
    /// <param name="formatVersion">Our payload format version, recorded in ML.NET's header too.</param>
    public BinaryWriter BeginSave(ModelSaveContext ctx, string modelSignature, string loaderSignature, uint formatVersion)
    {
        Invoke(() => SaveCheckAtModel.Invoke(ctx, null));
        object version = Invoke(() => VersionInfoCtor.Invoke([modelSignature, formatVersion, formatVersion, formatVersion,
            typeof(MLNetInternals).Assembly.FullName, loaderSignature, null]))!;
        Invoke(() => SetVersionInfo.Invoke(ctx, [version]));
        return (BinaryWriter)SaveWriter.GetValue(ctx)!;
    }

    /// <summary>Checks that <paramref name="ctx"/> is a model load context and returns the reader of its model entry.</summary>
    public BinaryReader BeginLoad(object ctx)
    {
        if (!LoadContextType.IsInstanceOfType(ctx))
            throw new ArgumentException($"Expected a {LoadContextType.FullName}, got {ctx.GetType().FullName}.", nameof(ctx));
        Invoke(() => LoadCheckAtModel.Invoke(ctx, null));
        return (BinaryReader)LoadReader.GetValue(ctx)!;
    }

    /// <summary>True when <paramref name="loaderSignature"/> is already registered in <paramref name="catalog"/>.</summary>
    public bool IsRegistered(ComponentCatalog catalog, string loaderSignature) =>
        Invoke(() => GetLoadableClassInfo.Invoke(catalog, [loaderSignature, SignatureLoadModel])) is not null;

    /// <summary>
    /// Registers <paramref name="create"/> (a static <c>object Create(IHostEnvironment, object ctx)</c>) as the model
    /// loader of <paramref name="instanceType"/> under <paramref name="loaderSignature"/>; a second call is a no-op.
    /// </summary>
    public void RegisterLoader(ComponentCatalog catalog, Type instanceType, string loaderSignature, MethodInfo create)
    {
        object gate = CatalogLock.GetValue(catalog)!;
        lock (gate)
        {
            if (IsRegistered(catalog, loaderSignature)) return;
            object attribute = Invoke(() => LoadableClassAttributeCtor.Invoke(
                [instanceType, create.DeclaringType, null, new[] { SignatureLoadModel }, instanceType.Name, new[] { loaderSignature }]))!;
            object info = Invoke(() => LoadableClassInfoCtor.Invoke([attribute, null, null, create, true]))!;
            Invoke(() => AddClass.Invoke(catalog, [info, new[] { loaderSignature }, true]));
        }
    }

    private static object? Invoke(Func<object?> call)
    {
        try
        {
            return call();
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerException).Throw();
            throw;
        }
    }
}
