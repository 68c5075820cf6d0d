namespace TcWgan.Metrics;

/// <summary>Settings of <see cref="ResNet18Features"/>.</summary>
public sealed record ResNet18FeaturesOptions
{
    /// <summary>Folder name the Microsoft.ML.DnnImageFeaturizer.ResNet18 package copies into an application's output folder.</summary>
    public const string PackageFolderName = "DnnImageModels";

    /// <summary>
    /// Folder holding <c>ResNet18Onnx/ResNet18.onnx</c> and <c>ResNetPrepOnnx/ResNetPreprocess.onnx</c>.
    /// Defaults to <c>DnnImageModels</c> beside the running application, where the package puts them at build time.
    /// </summary>
    public string ModelDirectory { get; init; } = Path.Combine(AppContext.BaseDirectory, PackageFolderName);

    /// <summary>The ResNet18 network file inside <see cref="ModelDirectory"/>.</summary>
    public string NetworkPath => Path.Combine(ModelDirectory, "ResNet18Onnx", "ResNet18.onnx");

    /// <summary>The preprocessing (mean-image subtraction) network file inside <see cref="ModelDirectory"/>.</summary>
    public string PreprocessPath => Path.Combine(ModelDirectory, "ResNetPrepOnnx", "ResNetPreprocess.onnx");

    /// <summary>Every problem with these settings (including missing model files); empty when usable.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(ModelDirectory))
        {
            errors.Add("ResNet18FeaturesOptions.ModelDirectory is empty.");
            return errors;
        }
        foreach (string file in new[] { NetworkPath, PreprocessPath })
            if (!File.Exists(file))
                errors.Add(
                    $"ResNet18 model file missing: '{file}'. The Microsoft.ML.DnnImageFeaturizer.ResNet18 package copies " +
                    $"'{PackageFolderName}/' into the output folder of every project that (transitively) references TcWgan.Metrics; " +
                    "rebuild, or point ResNet18FeaturesOptions.ModelDirectory at a folder holding ResNet18Onnx/ and ResNetPrepOnnx/.");
        return errors;
    }
}
