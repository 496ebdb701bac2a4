using BenchmarkDotNet.Running;

namespace TakeABreak.Bot.Benchmarks;

public static class BenchmarkProgram
{
    public static void Main(string[] args) =>
        BenchmarkSwitcher.FromAssembly(typeof(BenchmarkProgram).Assembly).Run(args);
}
