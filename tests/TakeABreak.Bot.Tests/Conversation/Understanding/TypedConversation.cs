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

    /// <summary>A conversation that has begun: the welcome and the first question are said.</summary>
    public static async Task<TypedConversation> StartedAsync(IServiceProvider services, string locale = "nl-NL", string channel = "directline")
    {
        var conversation = new TypedConversation(services, locale, channel);
        await conversation.StartAsync();
        return conversation;
    }

    /// <summary>A neighbour worried about the woman next door and her husband, at the signs: about a partner.</summary>
    public static async Task<TypedConversation> NeighbourOfACoupleAsync(IServiceProvider services, string locale)
    {
        var dutch = locale == "nl-NL";
        var conversation = await StartedAsync(services, locale);
        await conversation.SayAsync(dutch ? "ik maak me zorgen om mijn buren" : "i'm worried about my neighbours");
        await conversation.SayAsync(dutch ? "de vrouw en haar man" : "the woman and her husband");
        Assert.Equal(["partner"], conversation.State.Values.GetValueOrDefault("about") ?? []);
        return conversation;
    }

    /// <summary>A neighbour of a couple at the serious things, with a threat to kill already ticked there.</summary>
    public static async Task<TypedConversation> AtTheSeriousThingsWithAThreatTickedAsync(IServiceProvider services, string locale)
    {
        var conversation = await StartedAsync(services, locale);
        await conversation.SayAsync(locale == "nl-NL" ? "buur" : "neighbour");
        await conversation.SayAsync(locale == "nl-NL" ? "een vrouw en haar man" : "a couple");
        await conversation.SayAsync("1, 2");
        await conversation.SayAsync(locale == "nl-NL" ? "vaak" : "often");
        await conversation.SayAsync(locale == "nl-NL" ? "hij dreigt haar te vermoorden" : "he threatens to kill her");
        Assert.Equal("ask_serious", conversation.State.Top!.Step);
        return conversation;
    }

    /// <summary>A woman pushed by her husband who asked for a person, at "Vind je het goed dat we dit naar Moviera sturen?".</summary>
    public static async Task<TypedConversation> AtTheConsentQuestionAsync(IServiceProvider services, string locale)
    {
        var conversation = await StartedAsync(services, locale);
        var dutch = locale == "nl-NL";
        var reached = await conversation.TypeUntilAsync(
            dutch ? "Vind je het goed dat we dit naar Moviera sturen?" : "Do you agree that we send this to Moviera?",
            dutch ? ["het gaat over mij", "mijn man duwt me", "ik wil een mens spreken"] : ["it is about me", "my husband pushes me", "i want to talk to a person"]);
        Assert.True(reached is not null, string.Join("\n", conversation.AllTexts.TakeLast(6)));
        return conversation;
    }

    public Task<IReadOnlyList<DialogReply>> StartAsync() => RunTurnAsync(DialogInput.Started(locale, channel));

    public Task<IReadOnlyList<DialogReply>> SayAsync(string text)
    {
        TypedTurns++;
        return RunTurnAsync(DialogInput.Message(text, locale, channel: channel));
    }

    /// <summary>Types the messages between '|' one by one ("ik ben de buurvrouw|een stel|klaar"); the replies to the last one.</summary>
    public async Task<IReadOnlyList<DialogReply>> SayEachAsync(string messages)
    {
        IReadOnlyList<DialogReply> replies = [];
        foreach (var message in messages.Split('|'))
        {
            replies = await SayAsync(message);
        }

        return replies;
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
