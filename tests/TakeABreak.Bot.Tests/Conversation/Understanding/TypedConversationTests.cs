using Xunit.Abstractions;

namespace TakeABreak.Bot.Tests.Conversation.Understanding;

/// <summary>People who only type sentences reach advice within the turn target; guesses can be corrected; ambiguity is asked.</summary>
public sealed class TypedConversationTests(ConversationHostFixture fixture, ITestOutputHelper output) : IClassFixture<ConversationHostFixture>
{
    private const int MaxTypedTurnsToAdvice = 8;

    public static TheoryData<string, string, string[]> Audiences() => new()
    {
        { "neighbour, partner", "Wat kun je doen?", ["ik ben de buurvrouw", "de vrouw van hiernaast en haar man", "ik hoor vaak geschreeuw en gebonk", "bijna elke dag", "klaar", "nee, niks van dat"] },
        { "neighbour, partner, story first", "Wat kun je doen?", ["ik maak me zorgen om mijn buurvrouw, ik hoor haar man vaak schreeuwen", "verder niks", "nee, niks van dat"] },
        { "professional, older person", "Meldcode huiselijk geweld", ["ik werk als wijkverpleegkundige", "een oudere mevrouw", "ze heeft blauwe plekken en lijkt bang", "een paar keer", "weet ik niet"] },
        { "about themselves, partner", "Jouw veiligheid gaat voor.", ["het gaat om mij zelf", "mijn man", "hij controleert mijn telefoon en schreeuwt vaak", "klaar", "nee"] },
        { "volunteer, child (English)", "As a volunteer", ["I volunteer at a sports club", "a boy from my team", "he is always hungry and doesn't want to go home", "every week", "done", "none of these"] },
    };

    [Theory]
    [MemberData(nameof(Audiences))]
    public async Task Typed_sentences_reach_advice_within_eight_turns(string audience, string advice, string[] messages)
    {
        var locale = audience.Contains("English", StringComparison.Ordinal) ? "en-US" : "nl-NL";
        var conversation = new TypedConversation(fixture.Host.Services, locale);
        await conversation.StartAsync();

        var turns = await conversation.TypeUntilAsync(advice, messages);

        output.WriteLine($"{audience}: advice after {turns} typed turns");
        Assert.NotNull(turns);
        Assert.InRange(turns.Value, 1, MaxTypedTurnsToAdvice);
    }

    [Fact]
    public async Task A_story_as_the_first_message_gets_the_welcome_what_was_understood_and_the_signs_checklist_to_add_more()
    {
        var conversation = new TypedConversation(fixture.Host.Services);

        var replies = await conversation.SayAsync("ik maak me zorgen om mijn buurvrouw, ik hoor haar man vaak schreeuwen");

        Assert.StartsWith("Hallo. Ik ben de digitale assistent van Moviera.", replies[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("Ik begrijp: je bent een buur; het gaat om een partner of ex-partner; je merkte: schreeuwen of gillen; het gebeurt vaak. Klopt dat niet? Typ 'nee' en wat wel klopt.", replies[1].Text, StringComparison.Ordinal);
        Assert.StartsWith("Wat heb je gemerkt?", replies[^1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task I_alone_is_not_about_myself()
    {
        var conversation = new TypedConversation(fixture.Host.Services);
        await conversation.StartAsync();

        var replies = await conversation.SayAsync("ik");

        Assert.StartsWith("Dat begrijp ik niet goed.", replies[0].Text, StringComparison.Ordinal);
        Assert.False(conversation.State.Values.ContainsKey("role"));
    }

    [Fact]
    public async Task Two_roles_in_one_sentence_ask_which_one_showing_only_those_two()
    {
        var conversation = new TypedConversation(fixture.Host.Services);
        await conversation.StartAsync();

        var replies = await conversation.SayAsync("ik ben buurvrouw en ook collega");

        Assert.Equal(["neighbour", "colleague"], replies.Single().Choices.Select(choice => choice.Id));
    }

    [Fact]
    public async Task A_plain_no_picks_the_plain_no_where_other_options_start_with_no()
    {
        var conversation = new TypedConversation(fixture.Host.Services);
        await conversation.StartAsync();
        await conversation.SayAsync("ik ben de buurman");
        await conversation.SayAsync("een partner");
        await conversation.SayAsync("blauwe plekken");
        await conversation.SayAsync("soms");

        var replies = await conversation.SayAsync("nee");

        Assert.Contains(replies, reply => reply.Text.StartsWith("Informatie:", StringComparison.Ordinal) || reply.Text.StartsWith("Zorgelijk:", StringComparison.Ordinal));
        Assert.Empty(conversation.State.Values["serious_factors"]);
    }

    [Fact]
    public async Task A_wrong_guess_is_corrected_with_no_and_the_right_answer()
    {
        var conversation = new TypedConversation(fixture.Host.Services);
        await conversation.StartAsync();
        await conversation.SayAsync("ik ben de buurvrouw");

        var replies = await conversation.SayAsync("nee, ik ben haar zus");

        Assert.StartsWith("Ik begrijp: je bent familie of een vriend(in).", replies[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("Over wie maak je je zorgen?", replies[^1].Text, StringComparison.Ordinal);
        Assert.Equal(["family_friend"], conversation.State.Values["role"]);
    }
}
