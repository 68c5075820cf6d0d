using BenchmarkDotNet.Running;

// One class per question, grouped in folders mirroring src/. Run all: ./build.sh bench, or one:
//   ./build.sh bench '*Fid*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);

/// <summary>Entry point holder for the benchmark switcher.</summary>
public partial class Program;
