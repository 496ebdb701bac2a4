using System.Runtime.CompilerServices;
using TakeABreak.Bot.Tests.Conversation;
using TakeABreak.Bot.Tests.Conversation.Understanding;

namespace TakeABreak.Bot.Tests.Resilience;

/// <summary>
/// A host that is stopped and disposed leaves nothing of itself reachable: not its services, not the content and models
/// they loaded. A process that starts hosts again and again (a host restarted in-process, a test run with a host per
/// test class) otherwise keeps every one of them in memory.
/// </summary>
public sealed class StoppedHostTests
{
    [Fact]
    public async Task A_disposed_host_that_held_a_conversation_can_be_collected()
    {
        // The first host of a process stays reachable through timers that libraries start once per process (the SQLite
        // connection pool's, OpenTelemetry's self-diagnostics): they keep the execution context of that host's start.
        await ServicesOfAHostThatHeldAConversationAndWasDisposedAsync();
        var services = await ServicesOfAHostThatHeldAConversationAndWasDisposedAsync();

        for (var attempt = 0; attempt < 10 && services.IsAlive; attempt++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            await Task.Delay(100);
        }

        Assert.False(services.IsAlive, "the services of a disposed host are still reachable");
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static async Task<WeakReference> ServicesOfAHostThatHeldAConversationAndWasDisposedAsync()
    {
        using var host = new ConversationTestHost();
        var conversation = await HostedConversation.StartedAsync(host.Services);
        await conversation.SayAsync("mijn buurman slaat zijn vrouw");
        return new WeakReference(host.Services);
    }
}
