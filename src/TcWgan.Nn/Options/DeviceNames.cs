namespace TcWgan.Nn;

/// <summary>Turns the option strings "auto" | "cpu" | "cuda" into a TorchSharp device.</summary>
public static class DeviceNames
{
    /// <summary>True for "auto", "cpu" and "cuda" (case-insensitive).</summary>
    public static bool IsKnown(string? name) => name?.ToLowerInvariant() is "auto" or "cpu" or "cuda";

    /// <summary>"auto" picks CUDA when <c>torch.cuda.is_available()</c>, else CPU; "cuda" without CUDA is an error.</summary>
    public static torch.Device Resolve(string name)
    {
        if (!IsKnown(name))
            throw new ArgumentException($"Device must be \"auto\", \"cpu\" or \"cuda\" (got \"{name}\").", nameof(name));
        bool cuda = torch.cuda.is_available();
        return name.ToLowerInvariant() switch
        {
            "cpu" => torch.CPU,
            "cuda" => cuda ? torch.CUDA : throw new InvalidOperationException("Device \"cuda\" was asked for, but " +
                "torch.cuda.is_available() is false (build with -p:TorchSharpPackage=TorchSharp-cuda-linux and check the driver)."),
            _ => cuda ? torch.CUDA : torch.CPU, // "auto"
        };
    }
}
