using System.Security.Cryptography;
using Microsoft.Extensions.DependencyInjection;
using TakeABreak.Bot.Testing;
using TakeABreak.Bot.Testing.Conversations;
using TakeABreak.BotFramework.Schema;
using TakeABreak.Signalering.Safety;
using TakeABreak.Storage;
using TakeABreak.Storage.Health;

namespace TakeABreak.Bot.Tests.State;

/// <summary>
/// A host gives the state it saved last from memory, so a conversation that stays on it reads nothing from storage; when
/// another host saved in between, the turn runs again from storage before anything of it leaves. Two hosts in this
/// process share the conversation state's storage, as hosts on one Blob account do.
/// </summary>
public sealed class RememberedStateTests : IDisposable
{
    private static readonly string[] Messages =
    [
        "ik ben de buurvrouw",
        "ik maak me zorgen om mijn buurvrouw, ik hoor haar man vaak schreeuwen",
        "het gebeurt elke week",
        "ja er wonen ook kinderen",
        "nee verder niets",
    ];

    private readonly TestBotHost _first;
    private readonly TestBotHost _second;
    private CountingStore? _store;

    public RememberedStateTests()
    {
        var protectionKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        _first = new TestBotHost()
            .WithSetting("Storage:ProtectionKey", protectionKey)
            .WithServices(services => services.AddSingleton<IStore>(sp => _store = new CountingStore((IStore)sp.GetRequiredService<IStorageProbe>())));
        _second = new TestBotHost()
            .WithSetting("Storage:ProtectionKey", protectionKey)
            .WithServices(services => services.AddSingleton<IStore>(_ => Store));
    }

    private CountingStore Store => _store ?? (CountingStore)_first.Services.GetRequiredService<IStore>();

    public void Dispose()
    {
        _second.Dispose();
        _first.Dispose();
    }

    [Fact]
    public async Task Turns_that_two_hosts_take_in_turn_are_answered_as_one_host_answers_them()
    {
        var alone = new List<string>();
        var shared = new List<string>();
        for (var turn = 0; turn <= Messages.Length; turn++)
        {
            alone.Add(await TakeTurnAsync(_first, "alone", turn));
            shared.Add(await TakeTurnAsync(turn % 2 == 0 ? _first : _second, "shared", turn));
        }

        Assert.Equal(alone, shared);
    }

    [Fact]
    public async Task A_conversation_that_stays_on_one_host_reads_its_state_from_storage_only_once()
    {
        Store.Reset();
        for (var turn = 0; turn <= Messages.Length; turn++)
        {
            await TakeTurnAsync(_first, "staying", turn);
        }

        Assert.Equal(1, Store.Counts.Loads);
        Assert.Equal(0, Store.Checks);
    }

    [Fact]
    public async Task A_turn_after_another_host_saved_is_run_again_from_storage_and_the_conversation_is_read_from_storage_from_then_on()
    {
        await TakeTurnAsync(_first, "moving", 0);
        await TakeTurnAsync(_first, "moving", 1);
        await TakeTurnAsync(_second, "moving", 2);

        Store.Reset();
        await TakeTurnAsync(_first, "moving", 3);
        Assert.Equal((Loads: 1, Saves: 2, Deletes: 0), Store.Counts);

        Store.Reset();
        await TakeTurnAsync(_first, "moving", 4);
        Assert.Equal((Loads: 1, Saves: 1, Deletes: 0), Store.Counts);
    }

    [Fact]
    public async Task A_turn_that_changes_nothing_on_a_state_saved_elsewhere_since_is_run_again_from_storage()
    {
        var safety = _first.Services.GetRequiredService<SafetyContent>().Messages;
        await new TestFlow(_first, locale: "nl-NL", conversationId: "checked")
            .SendConversationUpdate()
            .AssertReplyEventually(reply => reply.SuggestedActions is { Actions.Count: > 0 }, "the first question")
            .Send("ze is bewusteloos")
            .AssertReply(reply => Assert.Contains("112", reply.Text!.Split('\n')[0], StringComparison.Ordinal), "112 first")
            .SkipReplies()
            .Do(SaveTheStateAgainAsAnotherHostWould)
            .Do(() =>
            {
                Store.Reset();
                return Task.CompletedTask;
            })
            .Send(safety.Get(SafetyMessages.AcuteContinue, "nl"))
            .AssertReplyEventually(reply => reply.SuggestedActions is { Actions.Count: > 0 }, "the same question again")
            .Do(() =>
            {
                Assert.Equal((Loads: 1, Saves: 0, Deletes: 0), Store.Counts);
                Assert.Equal(1, Store.Checks);
                return Task.CompletedTask;
            })
            .StartTestAsync();
    }

    private async Task SaveTheStateAgainAsAnotherHostWould()
    {
        await foreach (var info in Store.ListAsync(StorageKinds.ConversationState))
        {
            var item = await Store.ReadAsync(StorageKinds.ConversationState, info.Key);
            await Store.WriteAsync(StorageKinds.ConversationState, info.Key, item!.Data, item.ETag);
        }
    }

    private static async Task<string> TakeTurnAsync(TestBotHost host, string conversationId, int turn)
    {
        var texts = string.Empty;
        var flow = new TestFlow(host, locale: "nl-NL", conversationId: conversationId);
        await (turn == 0 ? flow.SendConversationUpdate() : flow.Send(Messages[turn - 1]))
            .AssertReplies(replies => texts = string.Join(" | ", replies.Select(TextOf)))
            .StartTestAsync();
        return texts;
    }

    private static string TextOf(Activity reply) =>
        reply.Text + (reply.SuggestedActions is { } actions ? " [" + string.Join(", ", actions.Actions.Select(action => action.Title)) + "]" : string.Empty);
}
