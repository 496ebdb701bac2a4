using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using TakeABreak.Bot.Benchmarks.Load;
using TakeABreak.Bot.Testing;
using TakeABreak.Bot.Testing.Conversations;
using TakeABreak.BotFramework.Turns;

namespace TakeABreak.Bot.Benchmarks.Turns;

/// <summary>
/// <c>dotnet run -c Release --project tests/TakeABreak.Bot.Benchmarks -- turn-cpu [--conversations 400] [--rounds 5]</c>:
/// the worried neighbour's conversation played one turn after another through the real host's <see cref="BotAdapter"/>
/// (in process, SQLite, no HTTP), printing the process's CPU ms per turn for each round and their median. One turn at a
/// time, so other load on the machine changes the result much less than the load harness's throughput: the measure to
/// compare two builds of the turn back to back.
/// </summary>
public static class TurnCpuCommand
{
    public const string Verb = "turn-cpu";

    private const int WarmUpRounds = 4;

    public static async Task<int> RunAsync(string[] args)
    {
        var conversations = Option(args, "--conversations", 400);
        var rounds = Option(args, "--rounds", 5);
        var script = ConversationScript.Neighbour;
        using var host = new TestBotHost();
        var adapter = host.Services.GetRequiredService<BotAdapter>();

        // the first conversation of a fresh host pays for what recognition builds on first use (phrase indexes, lookups)
        var cold = Stopwatch.StartNew();
        await PlayAsync(adapter, script, 1, "cold");
        Console.WriteLine($"   cold: the first conversation ({script.Turns} turns) of a fresh host took {cold.ElapsedMilliseconds} ms wall clock");

        // warm-up until the JIT's optimised code is in place (tiered compilation; on a busy machine that takes several rounds)
        for (var warmUp = 1; warmUp <= WarmUpRounds; warmUp++)
        {
            await PlayAsync(adapter, script, conversations, "warm-up" + warmUp);
        }

        var perTurn = new List<double>();
        for (var round = 1; round <= rounds; round++)
        {
            var before = Process.GetCurrentProcess().TotalProcessorTime;
            await PlayAsync(adapter, script, conversations, "round" + round);
            var cpu = (Process.GetCurrentProcess().TotalProcessorTime - before).TotalMilliseconds;
            var ms = cpu / (conversations * script.Turns);
            perTurn.Add(ms);
            Console.WriteLine($"   round {round}: {conversations * script.Turns} turns, {ms:0.000} CPU ms per turn");
        }

        perTurn.Sort();
        Console.WriteLine($"   median: {perTurn[perTurn.Count / 2]:0.000} CPU ms per turn (in process, one turn at a time)");
        return 0;
    }

    private static async Task PlayAsync(BotAdapter adapter, ConversationScript script, int conversations, string round)
    {
        for (var i = 0; i < conversations; i++)
        {
            var conversation = new TestConversation($"{round}-{i}", "user1", "nl-NL");
            await adapter.ProcessActivityAsync(conversation.Complete(conversation.ConversationUpdate()), new CollectedReplies(), CancellationToken.None);
            foreach (var message in script.Messages)
            {
                await adapter.ProcessActivityAsync(conversation.Complete(conversation.Message(message)), new CollectedReplies(), CancellationToken.None);
            }
        }
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], CultureInfo.InvariantCulture) : fallback;
    }
}
