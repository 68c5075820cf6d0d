using System.Runtime.CompilerServices;

// libtorch already spreads each step over every core; running several trainings at once in one process only
// oversubscribes the CPU, so tests run one by one.
[assembly: CollectionBehavior(DisableTestParallelization = true)]

namespace TcWgan.Nn.Tests;

internal static class AssemblySettings
{
    /// <summary>
    /// One intra-op thread: the tiny test networks gain nothing from more, and on a shared, loaded CI machine
    /// OpenMP spin-waiting made a tiny adversarial step take seconds instead of ~0.1 s.
    /// </summary>
    [ModuleInitializer]
    internal static void UseOneTorchThread() => TorchSharp.torch.set_num_threads(1);
}
