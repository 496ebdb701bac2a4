namespace TakeABreak.Bot.Tests.Conversation.Understanding;

/// <summary>
/// What playing English-speaking residents of Utrecht (an expat neighbour, an international student, an au pair, a parent at
/// school) typing full sentences in the widget found in the forty-eighth round: "do I need to speak Dutch?" switched the
/// conversation to Dutch, a question about a residence permit was not understood (or closed the signs), "is it anonymous?"
/// was not understood, an au pair was asked her work field, an international student made it about a child, and "can we go
/// back to English" got "I cannot go back one question".
/// </summary>
public sealed class PlayedFortyEighthRoundTests(ConversationHostFixture fixture) : IClassFixture<ConversationHostFixture>
{
    private static bool Dutch(string locale) => locale == "nl-NL";

    private static string Texts(IEnumerable<TakeABreak.BotFramework.Schema.Activity> replies) => string.Join("\n", replies.Select(reply => reply.Text ?? ""));

    /// <summary>The signs list is asked again: neither closed ("I will go on with what you have told me so far") nor left for how often.</summary>
    private static void StaysAtTheSigns(string locale, string replies)
    {
        Assert.True(replies.Contains(Dutch(locale) ? "Is er nog meer?" : "Anything else?", StringComparison.Ordinal)
            || replies.Contains(Dutch(locale) ? "Wat heb je gemerkt?" : "What have you noticed?", StringComparison.Ordinal), replies);
        Assert.DoesNotContain(Dutch(locale) ? "Ik ga verder met wat je tot nu toe vertelde" : "I will go on with what you have told me so far", replies, StringComparison.Ordinal);
        Assert.DoesNotContain(Dutch(locale) ? "Hoe vaak gebeurt het?" : "How often does it happen?", replies, StringComparison.Ordinal);
    }

    /// <summary>A neighbour who told of hitting heard through the wall, at the open signs list.</summary>
    private async Task<HostedConversation> NeighbourAtTheSignsAsync(string locale)
    {
        var conversation = await HostedConversation.StartedAsync(fixture.Host.Services, locale, "webchat");
        await conversation.SayAsync(Dutch(locale)
            ? "de man van mijn buurvrouw slaat haar, ik hoorde het gisteravond door de muur"
            : "my neighbour's husband hits her, i heard it through the wall last night");
        return conversation;
    }

    /// <summary>
    /// Whether one needs to speak Dutch with Veilig Thuis is a question, not a request for Dutch: the conversation keeps its
    /// language, the bot says it does not know for sure which languages Veilig Thuis and Moviera speak (the domain facts do not
    /// say) and how to ask them, and the signs list stays open.
    /// </summary>
    [Theory]
    [InlineData("en-GB", "Do I need to speak Dutch if I call them?")]
    [InlineData("en-GB", "Is it true that I will need to speak Dutch with Veilig Thuis?")]
    [InlineData("en-GB", "can i call veilig thuis in english?")]
    [InlineData("nl-NL", "moet ik nederlands spreken met veilig thuis?")]
    [InlineData("nl-NL", "spreken ze daar ook engels?")]
    public async Task Asking_whether_Dutch_is_needed_is_answered_in_the_same_language(string locale, string asked)
    {
        var conversation = await NeighbourAtTheSignsAsync(locale);

        var replies = Texts(await conversation.SayAsync(asked));

        Assert.Contains(Dutch(locale) ? "Welke talen Veilig Thuis en Moviera spreken, weet ik niet zeker" : "I do not know for sure which languages Veilig Thuis and Moviera speak", replies, StringComparison.Ordinal);
        Assert.Contains("0800-2000", replies, StringComparison.Ordinal);
        Assert.DoesNotContain(Dutch(locale) ? "I will speak English" : "Ik praat nu Nederlands", replies, StringComparison.Ordinal);
        StaysAtTheSigns(locale, replies);
    }

    /// <summary>
    /// A question about a residence permit or a visa is answered honestly: the bot cannot answer it; Veilig Thuis (advice can be
    /// anonymous) or Moviera can. At the signs the list stays open, at the offer the offer is asked again instead of "yes or no?".
    /// </summary>
    [Theory]
    [InlineData("en-GB", "Can they help people without a residence permit? She has no papers")]
    [InlineData("en-GB", "will reporting this affect her visa?")]
    [InlineData("nl-NL", "heeft dit gevolgen voor haar verblijfsvergunning?")]
    public async Task A_question_about_a_residence_permit_is_referred_to_Veilig_Thuis_and_Moviera(string locale, string asked)
    {
        var conversation = await NeighbourAtTheSignsAsync(locale);

        var replies = Texts(await conversation.SayAsync(asked));

        Assert.Contains(Dutch(locale) ? "Vragen over een verblijfsvergunning of een visum kan ik niet beantwoorden" : "I cannot answer questions about a residence permit or a visa", replies, StringComparison.Ordinal);
        Assert.Contains("0800-2000", replies, StringComparison.Ordinal);
        Assert.Contains("Moviera", replies, StringComparison.Ordinal);
        StaysAtTheSigns(locale, replies);
    }

    [Theory]
    [InlineData("en-GB", "i live next door to a couple and i often hear him shouting at her and things breaking|done|done", "Will this affect her residence permit? She is from outside the EU and her visa depends on him", "I cannot answer questions about a residence permit", "I am not sure whether you mean yes or no")]
    [InlineData("nl-NL", "ik woon naast een stel en ik hoor hem vaak tegen haar schreeuwen en dingen breken|klaar|klaar", "is dat slecht voor haar verblijfsvergunning?", "Vragen over een verblijfsvergunning", "Ik weet niet zeker of je ja of nee bedoelt")]
    public async Task A_residence_permit_question_at_the_offer_is_answered_and_the_offer_asked_again(string locale, string before, string asked, string answer, string notUnderstood)
    {
        var conversation = await HostedConversation.StartedAsync(fixture.Host.Services, locale, "webchat");
        await conversation.SayEachAsync((Dutch(locale) ? "ik ben de buurvrouw|" : "i'm a neighbour|") + before);

        var replies = Texts(await conversation.SayAsync(asked));

        Assert.Contains(answer, replies, StringComparison.Ordinal);
        Assert.DoesNotContain(notUnderstood, replies, StringComparison.Ordinal);
    }

    /// <summary>"Is it anonymous?" is the question whether this chat is anonymous, at the first question and at the signs.</summary>
    [Theory]
    [InlineData("en-GB", "Is it anonymous?", "Yes. You do not have to give your name.")]
    [InlineData("en-GB", "is it really anonymous", "Yes. You do not have to give your name.")]
    [InlineData("nl-NL", "is het anoniem?", "Ja. Je hoeft je naam niet te geven.")]
    public async Task Is_it_anonymous_is_answered(string locale, string asked, string answer)
    {
        var atStart = await HostedConversation.StartedAsync(fixture.Host.Services, locale, "webchat");
        var atSigns = await NeighbourAtTheSignsAsync(locale);

        var first = Texts(await atStart.SayAsync(asked));
        var later = Texts(await atSigns.SayAsync(asked));

        Assert.Contains(answer, first, StringComparison.Ordinal);
        Assert.Contains(answer, later, StringComparison.Ordinal);
        StaysAtTheSigns(locale, later);
    }

    /// <summary>An au pair, nanny or babysitter is close to the family, not a professional who is asked for a work field.</summary>
    [Theory]
    [InlineData("en-GB", "Hi there. I work as an au pair for a family in Utrecht.")]
    [InlineData("en-GB", "i work as a nanny for a family with two kids")]
    [InlineData("nl-NL", "ik werk als au pair bij een gezin in Utrecht")]
    public async Task An_au_pair_is_close_to_the_family_not_a_professional(string locale, string said)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale, "webchat");

        await conversation.SayAsync(said);

        Assert.Equal(["family_friend"], conversation.State.Values.GetValueOrDefault("role") ?? []);
        Assert.False(conversation.State.Values.ContainsKey("field"));
    }

    /// <summary>
    /// An international student who worries about a flatmate tells about themselves: no child is read, the flatmate is someone
    /// close (family or friend), and her boyfriend's shouting then makes it about a partner.
    /// </summary>
    [Theory]
    [InlineData("en-GB", "Hello, I'm an international student in Utrecht and I'm worried about my flatmate", "Her boyfriend comes over and I hear him screaming at her")]
    [InlineData("en-GB", "i am a student and my housemate has bruises", "her boyfriend pushes her around")]
    [InlineData("nl-NL", "ik ben een internationale student en ik maak me zorgen om mijn huisgenote", "haar vriend schreeuwt tegen haar")]
    public async Task A_student_worried_about_a_flatmate_is_no_child(string locale, string first, string second)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale, "webchat");

        await conversation.SayEachAsync(first + "|" + second);

        Assert.Equal(["family_friend"], conversation.State.Values.GetValueOrDefault("role") ?? []);
        Assert.Equal(["partner"], conversation.State.Values.GetValueOrDefault("about") ?? []);
    }

    /// <summary>A teacher's "a student of mine" is still a child.</summary>
    [Fact]
    public async Task A_teachers_student_is_still_a_child()
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, "en-GB", "webchat");

        await conversation.SayAsync("i'm a teacher and a student in my class has bruises");

        Assert.Contains("child", conversation.State.Values.GetValueOrDefault("about") ?? []);
    }

    /// <summary>"Can we go back to English?" switches back to English and is no request to go one question back.</summary>
    [Theory]
    [InlineData("nl-NL", "Sorry, can we go back to English please", "I will speak English with you now", "I cannot go back one question")]
    [InlineData("en-GB", "kunnen we terug naar het nederlands?", "Ik praat nu Nederlands met je", "Een vraag terug gaan kan hier niet")]
    public async Task Going_back_to_a_language_switches_it_and_goes_no_question_back(string locale, string said, string switched, string back)
    {
        var conversation = await NeighbourAtTheSignsAsync(locale);

        var replies = Texts(await conversation.SayAsync(said));

        Assert.Contains(switched, replies, StringComparison.Ordinal);
        Assert.DoesNotContain(back, replies, StringComparison.Ordinal);
    }

    /// <summary>"Heeft dit gevolgen voor haar?" asks about consequences: "gevolgen" holds "volgen", but no phone is checked.</summary>
    [Theory]
    [InlineData("heeft dit gevolgen voor haar?")]
    [InlineData("wat zijn de gevolgen voor haar verblijfsvergunning?")]
    public async Task Asking_about_consequences_ticks_no_phone_checked(string asked)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, "nl-NL", "webchat");
        await conversation.SayAsync("de man van mijn buurvrouw slaat haar, ik hoorde het gisteravond door de muur");

        await conversation.SayAsync(asked);

        Assert.DoesNotContain("controls_phone", conversation.State.Values.GetValueOrDefault("signals") ?? []);
        Assert.Contains("physical_violence", conversation.State.Values.GetValueOrDefault("signals") ?? []);
    }

    /// <summary>
    /// "Will they take the children away?" at the serious things asks what Veilig Thuis does after a report (weighs it first,
    /// then advice, help or an investigation), and ticks no threat; the partner's own threat to take the children still does.
    /// </summary>
    [Theory]
    [InlineData("en-GB", "Will they take the children away from the parents?", "Then comes advice, help or an investigation", false)]
    [InlineData("nl-NL", "halen ze de kinderen weg bij de ouders?", "Daarna volgt advies, hulp of een onderzoek", false)]
    [InlineData("en-GB", "he threatens to take the children away", null, true)]
    [InlineData("nl-NL", "hij dreigt dat hij de kinderen meeneemt", null, true)]
    public async Task Asking_whether_the_children_are_taken_away_is_no_threat(string locale, string said, string? answer, bool threat)
    {
        var conversation = await HostedConversation.StartedAsync(fixture.Host.Services, locale, "webchat");
        await conversation.SayEachAsync(Dutch(locale)
            ? "ik maak me zorgen om een kind bij mijn dochter op school, hij heeft steeds blauwe plekken|ik ben ouder van een klasgenoot|klaar|vaak"
            : "i'm worried about a child at my daughter's school, he always has bruises|i'm a parent of a classmate|done|often");

        var replies = Texts(await conversation.SayAsync(said));

        if (answer is not null)
        {
            Assert.Contains(answer, replies, StringComparison.Ordinal);
        }

        var understoodThreat = Dutch(locale) ? "op een andere manier gedreigd" : "other threats";
        Assert.Equal(threat, replies.Contains(understoodThreat, StringComparison.Ordinal));
    }
}
