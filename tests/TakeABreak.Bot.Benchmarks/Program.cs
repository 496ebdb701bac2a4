using BenchmarkDotNet.Running;
using TakeABreak.Bot.Benchmarks.Load;
using TakeABreak.Bot.Benchmarks.Startup;
using TakeABreak.Bot.Benchmarks.Turns;
using TakeABreak.Bot.Benchmarks.Widget;

namespace TakeABreak.Bot.Benchmarks;

public static class BenchmarkProgram
{
    public static async Task<int> Main(string[] args)
    {
        switch (args.FirstOrDefault())
        {
            case LoadCommand.Verb:
                return await LoadCommand.RunAsync(args);
            case FirstPaintCommand.Verb:
                return await FirstPaintCommand.RunAsync(args);
            case ReadyCommand.Verb:
                return await ReadyCommand.RunAsync(args);
            case TurnCpuCommand.Verb:
                return await TurnCpuCommand.RunAsync(args);
            case FloorServer.Verb:
                FloorServer.Run(args[1..]);
                return 0;
            default:
                BenchmarkSwitcher.FromAssembly(typeof(BenchmarkProgram).Assembly).Run(args);
                return 0;
        }
    }
}
