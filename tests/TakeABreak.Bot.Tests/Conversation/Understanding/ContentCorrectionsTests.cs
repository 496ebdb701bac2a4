using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using TakeABreak.Bot.Conversation.Sources;
using TakeABreak.Dialogs.Content;
using TakeABreak.Dialogs.Runtime;
using TakeABreak.Signalering.Assessment;

namespace TakeABreak.Bot.Tests.Conversation.Understanding;

/// <summary>The corrections of the domain review (issue 9, item 5), each checked against the real content.</summary>
public sealed class ContentCorrectionsTests(ConversationHostFixture fixture) : IClassFixture<ConversationHostFixture>
{
    private IServiceProvider Services => fixture.Host.Services;

    [Fact]
    public async Task A_threat_to_kill_is_urgent_on_its_own()
    {
        var conversation = await ToSeriousChecklistAsync("ik ben de buurman", "een partner", "blauwe plekken", "soms");

        await conversation.SayAsync("hij heeft gedreigd haar te vermoorden");
        var replies = await conversation.SayAsync("klaar");

        Assert.Contains(replies, reply => reply.Text.StartsWith("Dringend:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_child_telling_they_are_hurt_is_urgent_and_points_professionals_to_step_5()
    {
        var conversation = await ToSeriousChecklistAsync("ik ben leerkracht", "een leerling", "hij vertelde dat zijn vader hem slaat", "een keer");

        var replies = await conversation.SayAsync("geen van deze");

        Assert.StartsWith("Dringend:", replies[0].Text, StringComparison.Ordinal);
        Assert.Contains(replies, reply => reply.Text.Contains("Ga naar stap 5 van de Meldcode", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("shouting_or_screaming")]
    [InlineData("banging_or_breaking")]
    [InlineData("children_crying")]
    [InlineData("calling_for_help")]
    public void Signals_that_neighbours_notice_are_in_the_checklist_for_a_partner(string signal)
    {
        var values = new DialogValues(new Dictionary<string, List<string>> { ["about"] = ["partner"] });

        var options = Services.GetServices<IDialogOptionSource>().Single(source => source.Name == SignalOptionSource.SourceName).GetOptions(values, "nl");

        Assert.Contains(options, option => option.Id == signal);
    }

    [Fact]
    public async Task Someone_telling_about_themselves_gets_their_own_voice_and_validation_and_never_information_or_one_sign_is_no_proof()
    {
        var conversation = new TypedConversation(Services);
        await conversation.StartAsync();
        await conversation.SayAsync("het gaat over mijzelf");
        await conversation.SayAsync("mijn partner");
        await conversation.SayAsync("hij kijkt in mijn telefoon");
        await conversation.SayAsync("een keer");
        await conversation.SayAsync("geen van deze");

        var said = string.Join("\n", conversation.AllTexts);
        Assert.Contains("Wat gebeurt er bij jou?", said, StringComparison.Ordinal);
        Assert.Contains("Goed dat je dit vertelt. Het is niet jouw schuld.", said, StringComparison.Ordinal);
        Assert.DoesNotContain("Eén signaal is geen bewijs", said, StringComparison.Ordinal);
        Assert.DoesNotContain("Informatie:", said, StringComparison.Ordinal);
        Assert.Contains("Jouw veiligheid gaat voor.", said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("msteams", false, false)]
    [InlineData("directline", true, true)]
    [InlineData("emulator", false, false)]
    public async Task Anonymity_and_the_quick_exit_are_only_mentioned_where_they_are_true(string channel, bool anonymous, bool quickExit)
    {
        var welcome = (await new TypedConversation(Services, channel: channel).StartAsync())[0].Text;

        Assert.Equal(anonymous, welcome.Contains("anoniem", StringComparison.Ordinal));
        Assert.Equal(quickExit, welcome.Contains("Snel weg", StringComparison.Ordinal));
        Assert.Equal(channel == "msteams", welcome.Contains("cliënten", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("wat moet ik zeggen?", "Begin klein")]
    [InlineData("wat doe ik als een kind iets vertelt?", "Beloof niet dat je het geheimhoudt")]
    [InlineData("hoort de familie wie het gemeld heeft?", "om je naam niet aan de familie te vertellen")]
    [InlineData("wat is moviera?", "Moviera werkt tegen huiselijk en seksueel geweld")]
    [InlineData("stalking", "dwingende controle")]
    [InlineData("seksueel geweld", "nooit de schuld")]
    [InlineData("overbelaste mantelzorger", "mantelzorger overbelast is")]
    [InlineData("ik sla mijn partner", "Veilig Thuis is er ook voor mensen die geweld gebruiken")]
    [InlineData("ik wil niet meer leven", "Bel 113 of 0800-0113")]
    [InlineData("wat is het buurtteam?", "buurtteam in Utrecht")]
    [InlineData("wat gebeurt er als ik bel?", "Doe je een melding")]
    [InlineData("verwaarlozing van ouderen", "Ouderenmishandeling kan bewust gebeuren")]
    [InlineData("digitale controle", "dwingende controle")]
    public async Task Questions_people_ask_are_answered_at_any_question(string question, string answer)
    {
        var conversation = new TypedConversation(Services);
        await conversation.StartAsync();

        var replies = await conversation.SayAsync(question);

        Assert.Contains(replies, reply => reply.Text.Contains(answer, StringComparison.Ordinal));
        Assert.Equal("Wat past het best bij jou?", replies[^1].Text);
    }

    /// <summary>The same questions as people type them: inside a sentence, with other words between.</summary>
    [Theory]
    [InlineData("ik vraag me af wat ik moet zeggen tegen haar", "Begin klein")]
    [InlineData("ik wil weten wat het buurtteam precies doet", "buurtteam in Utrecht")]
    [InlineData("weten ze dan dat ik het gemeld heb?", "om je naam niet aan de familie te vertellen")]
    [InlineData("ik vroeg me af hoe ik erover begin met haar", "Begin klein")]
    public async Task Questions_people_ask_are_answered_when_typed_in_a_sentence(string question, string answer)
    {
        var conversation = new TypedConversation(Services);
        await conversation.StartAsync();
        await conversation.SayAsync("ik ben de buurman");

        var replies = await conversation.SayAsync(question);

        Assert.Contains(replies, reply => reply.Text.Contains(answer, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("een oudere", new[] { "pregnancy_yes", "separation_recent_or_planned", "children_hurt" })]
    [InlineData("een kind", new[] { "pregnancy_yes", "separation_recent_or_planned", "children_present", "isolated_or_dependent" })]
    [InlineData("een partner", new string[0])]
    public async Task The_serious_checklist_shows_only_the_items_that_fit_whom_it_is_about(string about, string[] notShown)
    {
        var conversation = await ToSeriousChecklistAsync("ik ben de buurman", about, "blauwe plekken", "soms");

        var shown = conversation.Turns[^1][^1].Checklist!.Options.Select(choice => choice.Id).ToList();

        Assert.Contains("threats_to_kill", shown);
        Assert.Empty(shown.Intersect(notShown));
        Assert.Equal(about == "een partner" ? 11 : 11 - notShown.Length, shown.Count);
    }

    [Fact]
    public async Task A_child_who_witnesses_violence_is_told_that_this_is_child_abuse_too()
    {
        var conversation = await ToSeriousChecklistAsync("ik ben de buurvrouw", "een partner", "ik hoor schreeuwen", "vaak");

        await conversation.SayAsync("de kinderen zien en horen het");
        var replies = await conversation.SayAsync("nee");

        Assert.Contains(replies, reply => reply.Text.Contains("Dat is ook kindermishandeling.", StringComparison.Ordinal));
    }

    [Fact]
    public void The_wording_says_tense_not_excited_and_the_concern_level_is_not_just_care()
    {
        var assessment = Services.GetRequiredService<AssessmentContent>();

        Assert.Contains("gespannen", assessment.Signals.Signals.Single(signal => signal.Id == "agitated").Label.Nl, StringComparison.Ordinal);
        Assert.NotEqual("Zorg", assessment.Urgency.Describe(UrgencyLevel.Concern).Label.Nl);
    }

    [Theory]
    [InlineData("nl")]
    [InlineData("en")]
    public void Someone_it_is_about_themselves_also_hears_of_De_Kindertelefoon_for_children(string locale)
    {
        var strings = Services.GetRequiredService<DialogContent>().Strings;

        var advice = strings.Text("advice_self", locale);

        Assert.Contains("De Kindertelefoon", advice, StringComparison.Ordinal);
        Assert.Contains("0800-0432", advice, StringComparison.Ordinal);
    }

    [Fact]
    public void No_promise_that_Moviera_contacts_you_the_same_working_day_before_the_request_exists()
    {
        var assessment = Services.GetRequiredService<AssessmentContent>();
        var strings = Services.GetRequiredService<DialogContent>().Strings;
        var said = Enum.GetValues<UrgencyLevel>().Select(level => assessment.Urgency.Describe(level).Description.Nl)
            .Concat(new[] { "advice_resident", "advice_volunteer", "advice_self" }.Select(id => strings.Text(id, "nl")));

        Assert.DoesNotContain(said, text => text.Contains("dezelfde werkdag", StringComparison.Ordinal));
    }

    public static TheoryData<string, string[]> Walks() => new()
    {
        { "directline", ["ik maak me zorgen om mijn buurvrouw, ik hoor haar man vaak schreeuwen", "de kinderen horen alles", "nee", "4"] },
        { "msteams", ["ik ben huisarts", "een partner", "blauwe plekken", "vaak", "hij heeft haar vorige week gewurgd", "nee", "nee", "5"] },
        { "directline", ["het gaat om mij zelf", "mijn man", "hij schreeuwt en ik ben bang", "soms", "nee", "nee", "overslaan"] },
        { "directline", ["ik ben vrijwilliger", "een oudere", "de mantelzorger is uitgeput", "weet ik niet", "geen van deze", "overslaan"] },
    };

    [Theory]
    [MemberData(nameof(Walks))]
    public async Task No_turn_is_a_wall_of_text(string channel, string[] messages)
    {
        var conversation = new TypedConversation(Services, channel: channel);
        await conversation.StartAsync();
        foreach (var message in messages)
        {
            await conversation.SayAsync(message);
        }

        foreach (var turn in conversation.Turns)
        {
            var text = string.Join("\n", turn.Select(reply => reply.Text));
            Assert.True(turn.Count <= 3, $"{turn.Count} messages in one turn: {text}");
            Assert.True(Regex.Count(text, @"\b112\b") <= 1, $"112 more than once in one turn: {text}");
            Assert.True(Regex.Count(text, "0800-2000") <= 1, $"0800-2000 more than once in one turn: {text}");
        }
    }

    [Theory]
    [InlineData("ik maak me zorgen om mijn buurvrouw, ik hoor haar man vaak schreeuwen")]
    [InlineData("mijn man slaat me soms en ik durf niet naar huis")]
    public async Task A_story_as_the_first_message_is_answered_in_at_most_three_messages(string story)
    {
        var replies = await new TypedConversation(Services).SayAsync(story);

        Assert.InRange(replies.Count, 2, 3);
        Assert.StartsWith("Hallo.", replies[0].Text, StringComparison.Ordinal);
        Assert.Contains(replies, reply => reply.Text.Contains("Ik begrijp:", StringComparison.Ordinal));
        Assert.True(replies[^1].ExpectsAnswer);
    }

    [Theory]
    [InlineData("nl-NL", "ik ben mantelzorger voor mijn moeder", "ze is 84 en mijn broer woont bij haar", "Een oudere")]
    [InlineData("nl-NL", "ik ben haar buurvrouw", "een mevrouw van 91 die alleen woont", "Een oudere")]
    [InlineData("en-US", "I'm her neighbour", "she is 88 and her son lives with her", "An older person")]
    public async Task An_age_from_65_tells_that_it_is_about_an_older_person(string locale, string role, string about, string understood)
    {
        var conversation = new TypedConversation(Services, locale);
        await conversation.StartAsync();
        await conversation.SayAsync(role);

        var replies = await conversation.SayAsync(about);

        Assert.Contains(replies, reply => reply.Text.Contains(understood, StringComparison.OrdinalIgnoreCase));
    }

    private async Task<TypedConversation> ToSeriousChecklistAsync(params string[] messages)
    {
        var conversation = new TypedConversation(Services);
        await conversation.StartAsync();
        foreach (var message in messages)
        {
            await conversation.SayAsync(message);
        }

        Assert.StartsWith("Is een van deze dingen gebeurd?", conversation.Turns[^1][^1].Text, StringComparison.Ordinal);
        return conversation;
    }
}
