using Microsoft.Extensions.DependencyInjection;
using TakeABreak.Dialogs.Runtime;

namespace TakeABreak.Bot.Tests.Conversation.Understanding;

/// <summary>
/// One conversation with the real dialogs and content, typed turn by turn (the dialog layer, without the protocol around
/// it). Each turn runs in its own service scope, as a turn does in the host.
/// </summary>
public sealed class TypedConversation(IServiceProvider services, string locale = "nl-NL", string channel = "directline")
{
    private readonly DialogMachine _machine = services.GetRequiredService<DialogMachine>();

    public DialogState State { get; } = new();

    public List<IReadOnlyList<DialogReply>> Turns { get; } = [];

    public int TypedTurns { get; private set; }

    public Task<IReadOnlyList<DialogReply>> StartAsync() => RunTurnAsync(DialogInput.Started(locale, channel));

    public Task<IReadOnlyList<DialogReply>> SayAsync(string text)
    {
        TypedTurns++;
        return RunTurnAsync(DialogInput.Message(text, locale, channel: channel));
    }

    private async Task<IReadOnlyList<DialogReply>> RunTurnAsync(DialogInput input)
    {
        await using var turn = services.CreateAsyncScope();
        return Record(await _machine.RunAsync(State, input, turn.ServiceProvider.GetRequiredService<DialogTurnActions>(), CancellationToken.None));
    }

    /// <summary>
    /// Types a neighbour's conversation up to the offer to talk to Moviera: a couple, shouting heard and bruises seen, done
    /// with the signs, no to the serious things.
    /// </summary>
    public async Task TypeANeighbourUpToTheOfferAsync()
    {
        string[] messages = locale.StartsWith("nl", StringComparison.Ordinal)
            ? ["ik ben de buurvrouw", "een stel", "ik hoor vaak geschreeuw en ze heeft blauwe plekken", "klaar", "nee"]
            : ["i am the neighbour", "a couple", "i often hear shouting and she has bruises", "done", "no"];
        foreach (var message in messages)
        {
            await SayAsync(message);
        }
    }

    /// <summary>Types the messages one by one until a reply contains the text; the number of typed turns it took, or null.</summary>
    public async Task<int?> TypeUntilAsync(string expected, params string[] messages)
    {
        foreach (var message in messages)
        {
            var replies = await SayAsync(message);
            if (replies.Any(reply => reply.Text.Contains(expected, StringComparison.Ordinal)))
            {
                return TypedTurns;
            }
        }

        return null;
    }

    public IEnumerable<string> AllTexts => Turns.SelectMany(turn => turn).Select(reply => reply.Text);

    private IReadOnlyList<DialogReply> Record(IReadOnlyList<DialogReply> replies)
    {
        Turns.Add(replies);
        return replies;
    }
}
