namespace TcWgan.MLNet.Persistence;

/// <summary>
/// The device a loaded model's networks go to: chosen when loading, never the one it was trained on (a model trained
/// on CUDA loads on a CPU-only machine). <see cref="TcWganMLNet.Register(MLContext, string)"/> sets it per context
/// ("auto" by default: CUDA when available); the environment variable <c>TCWGAN_DEVICE</c> is the fallback.
/// </summary>
internal static class LoadDevice
{
    public const string OptionName = "TcWgan.MLNet.LoadDevice";

    /// <summary>The device for models loaded through <paramref name="env"/>.</summary>
    public static string For(IHostEnvironment env)
    {
        if (env is MLContext ml && ml.TryGetOption(OptionName, out string? device) && Nn.DeviceNames.IsKnown(device)) return device!;
        string? variable = Environment.GetEnvironmentVariable("TCWGAN_DEVICE");
        return Nn.DeviceNames.IsKnown(variable) ? variable! : "auto";
    }
}
