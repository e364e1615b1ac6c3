using BenchmarkDotNet.Running;

// dotnet run -c Release --project benchmarks/SkillGap.Benchmarks -- --filter '*' --job short
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
