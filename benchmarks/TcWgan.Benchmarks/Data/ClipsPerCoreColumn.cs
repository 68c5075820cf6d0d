using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace TcWgan.Benchmarks.Data;

/// <summary>
/// Clips per second per core of a preprocessing benchmark whose Mean is the time per clip: 1 s / Mean, divided by
/// the cores the method keeps busy (<see cref="PreprocessBenchmarks.Parallel"/>: one clip per core, so all of them;
/// the others: one clip at a time, ffmpeg single-threaded, so one).
/// </summary>
public sealed class ClipsPerCoreColumn : IColumn
{
    /// <inheritdoc />
    public string Id => nameof(ClipsPerCoreColumn);
    /// <inheritdoc />
    public string ColumnName => "Clips/s/core";
    /// <inheritdoc />
    public bool AlwaysShow => true;
    /// <inheritdoc />
    public ColumnCategory Category => ColumnCategory.Custom;
    /// <inheritdoc />
    public int PriorityInCategory => 0;
    /// <inheritdoc />
    public bool IsNumeric => true;
    /// <inheritdoc />
    public UnitType UnitType => UnitType.Dimensionless;
    /// <inheritdoc />
    public string Legend => "Clips per second per core: 1 s / Mean, divided by the cores the method uses";

    /// <summary>Cores a benchmark method keeps busy.</summary>
    public static int CoresOf(BenchmarkCase benchmarkCase) =>
        benchmarkCase.Descriptor.WorkloadMethod.Name == nameof(PreprocessBenchmarks.Parallel)
            ? Math.Min(Environment.ProcessorCount, PreprocessBenchmarks.ClipCount)
            : 1;

    /// <inheritdoc />
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase)
    {
        var stats = summary[benchmarkCase]?.ResultStatistics;
        if (stats is null || stats.Mean <= 0) return "NA";
        double clipsPerSecond = 1e9 / stats.Mean;
        return (clipsPerSecond / CoresOf(benchmarkCase)).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <inheritdoc />
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);

    /// <inheritdoc />
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    /// <inheritdoc />
    public bool IsAvailable(Summary summary) => true;
}
