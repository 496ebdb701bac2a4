using TakeABreak.Dialogs.Runtime;

namespace TakeABreak.Bot.Tests.Conversation.Understanding;

/// <summary>
/// What people typed in the lead's tries of the eighth session: hesitating at the offer to talk with Moviera and at the
/// consent to send, an unclear answer to a yes/no question, and crying that is not children crying.
/// </summary>
public sealed class HesitationTests(ConversationHostFixture fixture) : IClassFixture<ConversationHostFixture>
{
    private static readonly string[] NeighbourStoryNl =
    [
        "ik maak me zorgen om mijn buurvrouw",
        "haar man schreeuwt vaak tegen haar en laatst hoorde ik iets kapot vallen",
        "ze had ook een blauw oog",
        "nee dat was het",
        "nee",
    ];

    private static readonly string[] NeighbourStoryEn =
    [
        "i'm worried about my neighbour",
        "her husband shouts at her a lot and last week i heard things breaking",
        "she had a black eye too",
        "no that's it",
        "no",
    ];

    [Theory]
    [InlineData("nl-NL", "weet ik niet", "Twijfel je? Dat mag.", "Wil je dit bespreken met iemand van Moviera?")]
    [InlineData("nl-NL", "misschien", "Twijfel je? Dat mag.", "Wil je dit bespreken met iemand van Moviera?")]
    [InlineData("nl-NL", "ja misschien", "Twijfel je? Dat mag.", "Wil je dit bespreken met iemand van Moviera?")]
    [InlineData("en-US", "not sure", "Not sure? That is all right.", "Would you like to talk this through with someone from Moviera?")]
    [InlineData("en-US", "i'm not sure really", "Not sure? That is all right.", "Would you like to talk this through with someone from Moviera?")]
    public async Task Hesitating_at_the_offer_to_talk_with_Moviera_hears_what_it_means_and_the_question_again(string locale, string hesitation, string explanation, string question)
    {
        var conversation = await AtTheOfferAsync(locale);

        var replies = await conversation.SayAsync(hesitation);

        Assert.Contains(replies, reply => reply.Text.StartsWith(explanation, StringComparison.Ordinal) && reply.Text.Contains("0800-2000", StringComparison.Ordinal));
        Assert.Contains(replies, reply => reply.Text.StartsWith(question, StringComparison.Ordinal));
        Assert.DoesNotContain(replies, reply => reply.Text.Contains("begrijp", StringComparison.Ordinal) || reply.Text.Contains("understand", StringComparison.Ordinal));
        Assert.False(conversation.State.Values.ContainsKey("consultation_wanted"));
    }

    [Theory]
    [InlineData("nl-NL", "ja", "ik weet het niet", "je ziet alles voordat het wordt verstuurd", "Vind je het goed dat we dit naar Moviera sturen?")]
    [InlineData("en-US", "yes", "not sure", "you see everything before it is sent", "Do you agree that we send this to Moviera?")]
    public async Task Hesitating_at_the_consent_to_send_is_never_taken_for_consent(string locale, string yes, string hesitation, string explanation, string question)
    {
        var conversation = await AtTheOfferAsync(locale);
        await conversation.SayAsync(yes);

        var replies = await conversation.SayAsync(hesitation);

        Assert.Contains(replies, reply => reply.Text.Contains(explanation, StringComparison.Ordinal));
        Assert.Contains(replies, reply => reply.Text.StartsWith(question, StringComparison.Ordinal));
        Assert.False(conversation.State.Values.ContainsKey("consultation_consent"));
    }

    [Theory]
    [InlineData("nl-NL", "hmm lastig", "Kies 'Ja' of 'Nee'.")]
    [InlineData("en-US", "hmm hard to say", "Choose 'Yes' or 'No'.")]
    public async Task An_unclear_answer_to_a_yes_or_no_question_is_told_which_two_answers_it_takes(string locale, string unclear, string expected)
    {
        var conversation = await AtTheOfferAsync(locale);

        var replies = await conversation.SayAsync(unclear);

        Assert.Contains(replies, reply => reply.Text.Contains(expected, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("nl-NL", "ik hoor hem vaak schreeuwen en dan hoor ik haar huilen")]
    [InlineData("en-US", "i often hear him yelling and then i hear her crying")]
    public async Task A_woman_crying_is_not_children_crying(string locale, string story)
    {
        var conversation = new TypedConversation(fixture.Host.Services, locale);
        await conversation.StartAsync();
        await conversation.SayAsync("1");

        await conversation.SayAsync(story);

        Assert.Contains("shouting_or_screaming", conversation.State.Values["signals"]);
        Assert.DoesNotContain("children_crying", conversation.State.Values["signals"]);
    }

    [Theory]
    [InlineData("nl-NL", "de kleine huilt heel vaak")]
    [InlineData("en-US", "the little one cries all the time")]
    public async Task A_child_crying_is_still_children_crying(string locale, string story)
    {
        var conversation = new TypedConversation(fixture.Host.Services, locale);
        await conversation.StartAsync();
        await conversation.SayAsync("1");
        await conversation.SayAsync("2");

        await conversation.SayAsync(story);

        Assert.Contains("children_crying", conversation.State.Values["signals"]);
    }

    [Theory]
    [InlineData("nl-NL", "hij heeft haar vorige week ook bij de keel gegrepen", "Wat je nu vertelt, maakt het ernstiger.", "Dringend:")]
    [InlineData("en-US", "he also grabbed her by the throat last week", "What you tell me now makes it more serious.", "Urgent:")]
    public async Task A_serious_sign_told_after_the_urgency_raises_it_and_says_so(string locale, string lateSign, string raised, string level)
    {
        var conversation = await AtTheOfferAsync(locale);
        Assert.Equal("concern", conversation.State.Values["urgency"].Single());

        var replies = await conversation.SayAsync(lateSign);

        var reassessed = Assert.Single(replies, reply => reply.Text.StartsWith(raised, StringComparison.Ordinal));
        Assert.Contains(level, reassessed.Text, StringComparison.Ordinal);
        Assert.Equal("urgent", conversation.State.Values["urgency"].Single());
        Assert.Contains("strangulation_yes", conversation.State.Values["serious_factors"]);
    }

    [Fact]
    public async Task A_late_sign_that_does_not_raise_the_urgency_does_not_repeat_it()
    {
        var conversation = await AtTheOfferAsync("nl-NL");

        var replies = await conversation.SayAsync("ze is ook vaak bang");

        Assert.DoesNotContain(replies, reply => reply.Text.Contains("ernstiger", StringComparison.Ordinal) || reply.Text.StartsWith("Zorgelijk", StringComparison.Ordinal));
        Assert.Equal("concern", conversation.State.Values["urgency"].Single());
    }

    [Theory]
    [InlineData("nl-NL", "nee", "weet ik niet", "Dank je wel.")]
    [InlineData("en-US", "no", "not sure", "Thank you.")]
    public async Task Not_knowing_what_mark_to_give_skips_the_mark(string locale, string no, string unsure, string goodbye)
    {
        var conversation = await AtTheOfferAsync(locale);
        await conversation.SayAsync(no);

        var replies = await conversation.SayAsync(unsure);

        Assert.Contains(replies, reply => reply.Text.Contains(goodbye, StringComparison.Ordinal));
        Assert.DoesNotContain(replies, reply => reply.Text.Contains("begrijp", StringComparison.Ordinal) || reply.Text.Contains("understand", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("nl-NL", "hallo ik weet niet zo goed of dit hier hoort", "Je hoeft het niet zeker te weten")]
    [InlineData("en-US", "hi, not sure if this belongs here", "You do not need to be sure")]
    public async Task Someone_unsure_whether_they_are_in_the_right_place_is_told_they_need_not_be_sure(string locale, string unsure, string expected)
    {
        var conversation = new TypedConversation(fixture.Host.Services, locale);
        await conversation.StartAsync();

        var replies = await conversation.SayAsync(unsure);

        Assert.Contains(replies, reply => reply.Text.Contains(expected, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("en-US", "i don't know how often")]
    [InlineData("nl-NL", "ik weet niet hoe vaak")]
    public async Task Not_knowing_how_often_is_not_often(string locale, string unsure)
    {
        var conversation = new TypedConversation(fixture.Host.Services, locale);
        await conversation.StartAsync();
        await conversation.SayAsync("1");

        await conversation.SayAsync(unsure);

        // Not knowing how often may be kept as such (round 47), never as often.
        Assert.DoesNotContain("frequency_often", conversation.State.Values.GetValueOrDefault("frequency") ?? []);
    }

    private async Task<TypedConversation> AtTheOfferAsync(string locale)
    {
        var conversation = new TypedConversation(fixture.Host.Services, locale);
        await conversation.StartAsync();
        IReadOnlyList<DialogReply> replies = [];
        foreach (var message in locale.StartsWith("en", StringComparison.Ordinal) ? NeighbourStoryEn : NeighbourStoryNl)
        {
            replies = await conversation.SayAsync(message);
        }

        Assert.Contains(replies, reply => reply.Text.Contains("Moviera?", StringComparison.Ordinal));
        return conversation;
    }
}
