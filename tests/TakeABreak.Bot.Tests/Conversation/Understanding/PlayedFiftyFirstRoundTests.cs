namespace TakeABreak.Bot.Tests.Conversation.Understanding;

/// <summary>
/// What playing the published host found in the fifty-first round: someone who called 112 was told that they may call, and
/// "wat nu?" then was not understood; a fear that he finds out or gets angry about seeking help was not understood.
/// </summary>
public sealed class PlayedFiftyFirstRoundTests(ConversationHostFixture fixture) : IClassFixture<ConversationHostFixture>
{
    private static bool Dutch(string locale) => locale == "nl-NL";

    private static string Texts(IEnumerable<TakeABreak.BotFramework.Schema.Activity> replies) => string.Join("\n", replies.Select(reply => reply.Text ?? ""));

    private static string NotUnderstood(string locale) => Dutch(locale) ? "begrijp ik niet" : "do not quite understand";

    /// <summary>
    /// A neighbour who heard "Bel nu 112" and says they called (or that help is there): it is good that they did, help is coming,
    /// stay where it is safest and let them in if that is safe, and afterwards Veilig Thuis and a question to Moviera. It was
    /// "Yes, you may always do that" ("called" read by its stem as "call 112"). "wat nu?" right after is answered, with no
    /// second "Bel nu 112" and no "not understood".
    /// </summary>
    [Theory]
    [InlineData("nl-NL", "ik ben de buurvrouw", "hij slaat haar nu", "ik heb 112 gebeld", "wat nu?")]
    [InlineData("nl-NL", "ik ben de buurvrouw", "hij slaat haar nu", "de politie komt eraan", "en nu?")]
    [InlineData("en-GB", "i'm a neighbour", "he is hitting her right now", "i called 112", "what now?")]
    [InlineData("en-GB", "i'm a neighbour", "he is hitting her right now", "the police are on their way", "what do i do now")]
    [InlineData("en-GB", "i'm a neighbour", "he is hitting her right now", "ambulance is here", "what now")]
    public async Task Having_called_112_is_acknowledged_with_what_happens_next_and_what_now_is_answered(string locale, string role, string danger, string called, string whatNow)
    {
        var conversation = await HostedConversation.StartedAsync(fixture.Host.Services, locale, "webchat");
        await conversation.SayAsync(role);
        var call112 = Dutch(locale) ? "Bel nu 112" : "Call 112 now";
        Assert.Contains(call112, Texts(await conversation.SayAsync(danger)), StringComparison.Ordinal);

        var replies = Texts(await conversation.SayAsync(called));
        var next = Texts(await conversation.SayAsync(whatNow));

        Assert.Contains(Dutch(locale) ? "Goed dat je hulp hebt gevraagd." : "Good that you called for help.", replies, StringComparison.Ordinal);
        Assert.Contains(Dutch(locale) ? "Blijf op de plek waar het voor jou het veiligst is." : "Stay where it is safest for you.", replies, StringComparison.Ordinal);
        Assert.Contains("0800-2000", replies, StringComparison.Ordinal);
        Assert.Contains("Moviera", replies, StringComparison.Ordinal);
        Assert.DoesNotContain(Dutch(locale) ? "Ja, dat mag altijd." : "Yes, you may always do that.", replies, StringComparison.Ordinal);
        Assert.Contains(Dutch(locale) ? "Wacht op de hulp" : "Wait for help", next, StringComparison.Ordinal);
        Assert.DoesNotContain(NotUnderstood(locale), next, StringComparison.Ordinal);
        Assert.DoesNotContain(call112, next, StringComparison.Ordinal);
    }

    /// <summary>Told in the first turn after "Bel nu 112", before any role: the same answer, and "wat nu?" gets one too.</summary>
    [Theory]
    [InlineData("nl-NL", "hij slaat haar nu", "ik heb 112 gebeld", "wat nu?")]
    [InlineData("en-GB", "he is hitting her right now", "i called 112", "what now?")]
    public async Task Having_called_112_right_after_the_112_answer_is_acknowledged_and_what_now_answered(string locale, string danger, string called, string whatNow)
    {
        var conversation = await HostedConversation.StartedAsync(fixture.Host.Services, locale, "webchat");
        await conversation.SayAsync(danger);

        var replies = Texts(await conversation.SayAsync(called));
        var next = Texts(await conversation.SayAsync(whatNow));

        Assert.Contains(Dutch(locale) ? "De hulp komt eraan of is er al." : "Help is on its way or is already there.", replies, StringComparison.Ordinal);
        Assert.Contains(Dutch(locale) ? "Wacht op de hulp" : "Wait for help", next, StringComparison.Ordinal);
        Assert.DoesNotContain(NotUnderstood(locale), next, StringComparison.Ordinal);
    }

    /// <summary>Danger told again after calling ("hij is terug, wat nu?") is still answered with 112, not with what to do while waiting.</summary>
    [Theory]
    [InlineData("nl-NL", "hij slaat haar nu", "ik heb 112 gebeld", "hij is terug, wat nu?")]
    [InlineData("en-GB", "he is hitting her right now", "i called 112", "he's back, what now")]
    public async Task Danger_again_after_calling_still_gets_112(string locale, string danger, string called, string again)
    {
        var conversation = await HostedConversation.StartedAsync(fixture.Host.Services, locale, "webchat");
        await conversation.SayAsync(danger);
        await conversation.SayAsync(called);

        var replies = Texts(await conversation.SayAsync(again));

        Assert.Contains(Dutch(locale) ? "Bel nu 112" : "Call 112 now", replies, StringComparison.Ordinal);
    }

    /// <summary>
    /// "wat nu?" with no 112 called before is no answer about waiting for help: it is what it was (here not understood at the
    /// role question), so the answer after 112 is only said after a call.
    /// </summary>
    [Fact]
    public async Task What_now_without_a_call_before_gets_no_answer_about_waiting_for_help()
    {
        var conversation = await HostedConversation.StartedAsync(fixture.Host.Services, "nl-NL", "webchat");

        var replies = Texts(await conversation.SayAsync("wat nu?"));

        Assert.DoesNotContain("Wacht op de hulp", replies, StringComparison.Ordinal);
    }

    /// <summary>
    /// Someone it happens to, at a question, afraid that he finds out or gets angry when she seeks help: a calm answer (advice
    /// from Veilig Thuis can be anonymous and they help think about a safe next step; on the website the quick exit and that
    /// the chat is not kept on the device), then the question again. It was "Dat begrijp ik niet goed".
    /// </summary>
    [Theory]
    [InlineData("nl-NL", "mijn vriend slaat me", "ik wil niet dat hij boos wordt als ik hulp zoek")]
    [InlineData("nl-NL", "mijn vriend slaat me", "hij mag niet weten dat ik dit doe")]
    [InlineData("nl-NL", "mijn man duwt me", "wat als hij erachter komt dat ik hulp zoek?")]
    [InlineData("en-GB", "my boyfriend hits me", "what if he finds out I'm asking for help")]
    [InlineData("en-GB", "my boyfriend hits me", "he can't know i'm doing this")]
    [InlineData("en-GB", "my husband pushes me", "he will be angry if he finds out")]
    public async Task A_fear_that_he_finds_out_is_answered_and_the_question_asked_again(string locale, string story, string fear)
    {
        var conversation = await HostedConversation.StartedAsync(fixture.Host.Services, locale, "webchat");
        var atSigns = Texts(await conversation.SayAsync(story));
        var question = Dutch(locale) ? "Wat gebeurt er bij jou?" : "What is happening to you?";
        Assert.Contains(question, atSigns, StringComparison.Ordinal);

        var replies = Texts(await conversation.SayAsync(fear));

        Assert.Contains(Dutch(locale) ? "Het is begrijpelijk dat je daar bang voor bent." : "It is understandable that you are afraid of that.", replies, StringComparison.Ordinal);
        Assert.Contains("0800-2000", replies, StringComparison.Ordinal);
        Assert.Contains(Dutch(locale) ? "anoniem" : "anonymously", replies, StringComparison.Ordinal);
        Assert.Contains(Dutch(locale) ? "Snel weg" : "Leave now", replies, StringComparison.Ordinal);
        Assert.DoesNotContain(NotUnderstood(locale), replies, StringComparison.Ordinal);
        Assert.Contains(Dutch(locale) ? "Is er nog meer?" : "Anything else?", replies, StringComparison.Ordinal);
    }

    /// <summary>The same fear at the first question, before anything is known: answered, and the first question comes again.</summary>
    [Theory]
    [InlineData("nl-NL", "hij mag niet weten dat ik dit doe", "Wat past het best bij jou?")]
    [InlineData("en-GB", "what if he finds out i'm asking for help", "What fits you best?")]
    public async Task A_fear_that_he_finds_out_at_the_first_question_is_answered_and_asked_again(string locale, string fear, string question)
    {
        var conversation = await HostedConversation.StartedAsync(fixture.Host.Services, locale, "webchat");

        var replies = Texts(await conversation.SayAsync(fear));

        Assert.Contains(Dutch(locale) ? "Het is begrijpelijk dat je daar bang voor bent." : "It is understandable that you are afraid of that.", replies, StringComparison.Ordinal);
        Assert.Contains(question, replies, StringComparison.Ordinal);
        Assert.DoesNotContain(NotUnderstood(locale), replies, StringComparison.Ordinal);
    }
}
