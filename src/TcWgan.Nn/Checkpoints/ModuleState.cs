using System.Runtime.InteropServices;
using System.Text;

namespace TcWgan.Nn;

/// <summary>
/// Module and optimiser states as <see cref="ChecksummedContainer"/> sections: TorchSharp <c>Module.save</c> /
/// <c>save_state_dict</c> bytes. The container has checked its digest before a section reaches libtorch; what libtorch
/// still refuses (a shape or name that does not fit the network) becomes a <see cref="ContainerFormatException"/>.
/// </summary>
internal static class ModuleState
{
    /// <summary>Serialised bytes of a module's state (parameters and buffers).</summary>
    public static byte[] Of(torch.nn.Module module)
    {
        using var memory = new MemoryStream();
        module.save(memory);
        return memory.ToArray();
    }

    /// <summary>Serialised bytes of an optimiser's state (step counts and moment estimates).</summary>
    public static byte[] Of(torch.optim.Optimizer optimizer)
    {
        using var memory = new MemoryStream();
        using (var writer = new BinaryWriter(memory, Encoding.UTF8, leaveOpen: true))
            ((TorchSharp.Modules.OptimizerHelper)optimizer).save_state_dict(writer);
        return memory.ToArray();
    }

    /// <summary>
    /// Throws <see cref="ContainerFormatException"/> when a saved model's metadata lacks its options or history, or when
    /// <paramref name="validate"/> (run only once both are present) finds the stored options invalid.
    /// </summary>
    public static void CheckStored(string source, object? options, object? history, Func<IReadOnlyList<string>> validate)
    {
        if (options is null || history is null) throw new ContainerFormatException(source, "its metadata is incomplete.");
        var errors = validate();
        if (errors.Count > 0) throw new ContainerFormatException(source, "its stored options are invalid: " + string.Join("; ", errors));
    }

    /// <summary>Loads section <paramref name="section"/> into <paramref name="module"/>.</summary>
    public static void LoadModule(this ChecksummedContainer container, torch.nn.Module module, string section, string source)
    {
        var bytes = container.Section(section, source);
        try
        {
            using var memory = new MemoryStream(bytes, writable: false);
            module.load(memory, strict: true);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or EndOfStreamException or IOException or ExternalException)
        {
            throw new ContainerFormatException(source, $"section '{section}' does not fit the network it describes ({e.Message}).", e);
        }
    }

    /// <summary>Loads section <paramref name="section"/> into an optimiser built over the same parameters.</summary>
    public static void LoadOptimizer(this ChecksummedContainer container, torch.optim.Optimizer optimizer, string section, string source)
    {
        var bytes = container.Section(section, source);
        try
        {
            using var memory = new MemoryStream(bytes, writable: false);
            using var reader = new BinaryReader(memory);
            ((TorchSharp.Modules.OptimizerHelper)optimizer).load_state_dict(reader);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or EndOfStreamException or IOException or ExternalException)
        {
            throw new ContainerFormatException(source, $"optimiser section '{section}' does not fit ({e.Message}).", e);
        }
    }
}
