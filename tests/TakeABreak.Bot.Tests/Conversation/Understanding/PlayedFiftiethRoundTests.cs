namespace TakeABreak.Bot.Tests.Conversation.Understanding;

/// <summary>
/// What playing residents, someone it happens to and a young person found in the fiftieth round: a doubt about getting
/// involved and a wish that it stops without trouble for him were not understood, "wat nu?" after calling 112, a name kept
/// as the safe moment, "ja" with a new sign at "Is er nog meer?", a young person after 112, three questions without an answer,
/// and an international student's story that lost its child.
/// </summary>
public sealed class PlayedFiftiethRoundTests(ConversationHostFixture fixture) : IClassFixture<ConversationHostFixture>
{
    private static bool Dutch(string locale) => locale == "nl-NL";

    private static string Texts(IEnumerable<TakeABreak.BotFramework.Schema.Activity> replies) => string.Join("\n", replies.Select(reply => reply.Text ?? ""));

    private static string NotUnderstood(string locale) => Dutch(locale) ? "begrijp ik niet" : "do not quite understand";

    /// <summary>
    /// A neighbour who doubts whether to get involved, at "Over wie maak je je zorgen?": heard calmly (it is good to think about
    /// it; Veilig Thuis gives advice, also anonymously) and the question comes again; it was "Dat begrijp ik niet goed".
    /// </summary>
    [Theory]
    [InlineData("nl-NL", "ik weet niet of ik me ermee moet bemoeien")]
    [InlineData("nl-NL", "moet ik me er wel mee bemoeien? het gaat me eigenlijk niks aan")]
    [InlineData("en-GB", "i don't know if i should get involved")]
    [InlineData("en-GB", "maybe it's none of my business")]
    public async Task A_doubt_about_getting_involved_is_answered_and_the_question_asked_again(string locale, string doubt)
    {
        var conversation = await HostedConversation.StartedAsync(fixture.Host.Services, locale, "webchat");
        await conversation.SayAsync(Dutch(locale) ? "ik ben de buurvrouw" : "i'm a neighbour");

        var replies = Texts(await conversation.SayAsync(doubt));

        Assert.Contains(Dutch(locale) ? "Het is goed dat je erover nadenkt." : "It is good that you are thinking about it.", replies, StringComparison.Ordinal);
        Assert.Contains("0800-2000", replies, StringComparison.Ordinal);
        Assert.Contains(Dutch(locale) ? "anoniem" : "anonymously", replies, StringComparison.Ordinal);
        Assert.Contains(Dutch(locale) ? "Over wie maak je je zorgen?" : "Who are you worried about?", replies, StringComparison.Ordinal);
        Assert.DoesNotContain(NotUnderstood(locale), replies, StringComparison.Ordinal);
    }

    /// <summary>
    /// Someone it happens to, at the signs of her own ("Wat gebeurt er bij jou?"), who does not want him to get in trouble:
    /// asking for advice is no report, Veilig Thuis advises anonymously and helps decide the next step; the list stays open and
    /// "klaar" goes on. It was "I do not quite understand that".
    /// </summary>
    [Theory]
    [InlineData("en-GB", "my boyfriend hits me", "i dont want him to get in trouble, i just want it to stop")]
    [InlineData("en-GB", "my husband pushes me", "I don't want to get him in trouble")]
    [InlineData("nl-NL", "mijn vriend slaat me", "ik wil niet dat hij in de problemen komt, ik wil gewoon dat het stopt")]
    [InlineData("nl-NL", "mijn man duwt me", "ik wil hem niet in de problemen brengen")]
    public async Task Not_wanting_him_in_trouble_at_her_own_signs_is_answered_and_the_list_goes_on(string locale, string story, string worry)
    {
        var conversation = await HostedConversation.StartedAsync(fixture.Host.Services, locale, "webchat");
        var atSigns = Texts(await conversation.SayAsync(story));
        Assert.Contains(Dutch(locale) ? "Wat gebeurt er bij jou?" : "What is happening to you?", atSigns, StringComparison.Ordinal);

        var replies = Texts(await conversation.SayAsync(worry));
        var done = Texts(await conversation.SayAsync(Dutch(locale) ? "klaar" : "done"));

        Assert.Contains(Dutch(locale) ? "Advies vragen is geen melding." : "Asking for advice is not a report.", replies, StringComparison.Ordinal);
        Assert.Contains("0800-2000", replies, StringComparison.Ordinal);
        Assert.Contains(Dutch(locale) ? "Is er nog meer?" : "Anything else?", replies, StringComparison.Ordinal);
        Assert.DoesNotContain(NotUnderstood(locale), replies, StringComparison.Ordinal);
        Assert.Contains(Dutch(locale) ? "Hoe vaak gebeurt het?" : "How often does it happen?", done, StringComparison.Ordinal);
    }

    /// <summary>The same worry told with a sign in one message ticks the sign and is answered as well.</summary>
    [Fact]
    public async Task Not_wanting_him_in_trouble_next_to_a_sign_ticks_the_sign_too()
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, "nl-NL", "webchat");
        await conversation.SayAsync("mijn vriend slaat me");

        var replies = string.Join("\n", (await conversation.SayAsync("hij controleert ook mijn telefoon, maar ik wil niet dat hij in de problemen komt")).Select(reply => reply.Text));

        Assert.Contains("Advies vragen is geen melding.", replies, StringComparison.Ordinal);
        Assert.Contains("controls_phone", conversation.State.Values.GetValueOrDefault("signals") ?? []);
    }

    /// <summary>
    /// A name typed at "Wanneer is het veilig om contact met je op te nemen?" ("Fatima", "je kunt vragen naar Sanne") is no
    /// moment: the bot says the name is asked later and asks for the moment again; a moment then goes on, and the name question
    /// takes the name. It was kept as the moment.
    /// </summary>
    [Theory]
    [InlineData("nl-NL", "Fatima")]
    [InlineData("nl-NL", "je kunt vragen naar Sanne")]
    [InlineData("en-GB", "Fatima")]
    [InlineData("en-GB", "my name is Sanne")]
    public async Task A_name_at_the_safe_moment_question_is_no_moment(string locale, string name)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale, "webchat");
        await conversation.SayEachAsync(Dutch(locale) ? "mijn man slaat me|ik wil met iemand van moviera praten|ja|bellen|0612345678" : "my husband hits me|i want to talk to someone from moviera|yes|phone|0612345678");
        Assert.StartsWith("ask_safe_time", conversation.State.Top!.Step, StringComparison.Ordinal);

        var replies = string.Join("\n", (await conversation.SayAsync(name)).Select(reply => reply.Text));

        Assert.Contains(Dutch(locale) ? "Dat lijkt een naam. Naar je naam vraag ik straks." : "That looks like a name. I will ask for your name later.", replies, StringComparison.Ordinal);
        Assert.Contains(Dutch(locale) ? "Wanneer is het veilig om contact met je op te nemen?" : "When is it safe to contact you?", replies, StringComparison.Ordinal);
        Assert.False(conversation.State.Values.ContainsKey("contact_safe_time"));
        await conversation.SayAsync(Dutch(locale) ? "doordeweeks na 18 uur" : "weekdays after 6 pm");
        Assert.Equal([Dutch(locale) ? "doordeweeks na 18 uur" : "weekdays after 6 pm"], conversation.State.Values.GetValueOrDefault("contact_safe_time") ?? []);
    }

    /// <summary>A moment the finder does not know ("als de kust veilig is") is still kept, also capitalised words that are no name.</summary>
    [Theory]
    [InlineData("nl-NL", "Straks")]
    [InlineData("nl-NL", "als de kust veilig is")]
    [InlineData("en-GB", "Whenever")]
    public async Task A_moment_in_other_words_is_still_kept(string locale, string moment)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale, "webchat");
        await conversation.SayEachAsync(Dutch(locale) ? "mijn man slaat me|ik wil met iemand van moviera praten|ja|bellen|0612345678" : "my husband hits me|i want to talk to someone from moviera|yes|phone|0612345678");

        await conversation.SayAsync(moment);

        Assert.Equal([moment], conversation.State.Values.GetValueOrDefault("contact_safe_time") ?? []);
    }

    /// <summary>
    /// "ja ik hoor ook geschreeuw van een man" at "Is er nog meer?": a yes with a sign says there is more, so the sign is added
    /// and the list stays open (it closed the list). "nee" and "dat was het" still close it.
    /// </summary>
    [Theory]
    [InlineData("nl-NL", "ik hoor vaak geschreeuw", "ja ik hoor ook geschreeuw van een man", "nee")]
    [InlineData("nl-NL", "ik hoor vaak geschreeuw", "ja, en ze heeft blauwe plekken", "dat was het")]
    [InlineData("en-GB", "i hear shouting a lot", "yes she also has bruises", "that's all")]
    public async Task A_yes_with_a_sign_at_anything_else_keeps_the_list_open(string locale, string first, string more, string closing)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale, "webchat");
        await conversation.SayEachAsync((Dutch(locale) ? "ik ben de buurvrouw|een stel|" : "i'm a neighbour|a couple|") + first);
        Assert.Equal("ask_signals", conversation.State.Top!.Step);

        var replies = string.Join("\n", (await conversation.SayAsync(more)).Select(reply => reply.Text));

        Assert.Equal("ask_signals", conversation.State.Top!.Step);
        Assert.Contains(Dutch(locale) ? "Is er nog meer?" : "Anything else?", replies, StringComparison.Ordinal);
        Assert.Contains("shouting_or_screaming", conversation.State.Values.GetValueOrDefault("signals") ?? []);
        await conversation.SayAsync(closing);
        Assert.NotEqual("ask_signals", conversation.State.Top!.Step);
    }

    /// <summary>A bare "ja" or "ja klaar" after signs were ticked still closes the list.</summary>
    [Theory]
    [InlineData("ja")]
    [InlineData("ja klaar")]
    public async Task A_bare_yes_after_signs_still_closes_the_list(string yes)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, "nl-NL", "webchat");
        await conversation.SayEachAsync("ik ben de buurvrouw|een stel|ik hoor vaak geschreeuw");

        await conversation.SayAsync(yes);

        Assert.NotEqual("ask_signals", conversation.State.Top!.Step);
    }
}
