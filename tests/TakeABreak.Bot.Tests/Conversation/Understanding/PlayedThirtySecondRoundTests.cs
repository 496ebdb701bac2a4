namespace TakeABreak.Bot.Tests.Conversation.Understanding;

/// <summary>
/// What playing whole typed conversations found in the thirty-second round: "een man en een vrouw" taken as an older
/// person by the beginning of "een man van {old_age}", a quiet house taken as a withdrawn person, behaviour that changes
/// around someone counted only for a carer, "overslaan" at the offer to talk to Moviera, the advice given twice, and the
/// language line after the guard's English answer.
/// </summary>
public sealed class PlayedThirtySecondRoundTests(ConversationHostFixture fixture) : IClassFixture<ConversationHostFixture>
{
    private async Task<TypedConversation> NeighbourAnsweringWhoAsync(string locale, string about)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        await conversation.SayAsync(locale == "nl-NL" ? "ik ben de buurvrouw" : "i am a neighbour");
        await conversation.SayAsync(about);
        return conversation;
    }

    /// <summary>"een man van {old_age}" is among the older person's words again; a man named without an age is no older person.</summary>
    [Theory]
    [InlineData("nl-NL", "een man en een vrouw")]
    [InlineData("nl-NL", "een man")]
    [InlineData("nl-NL", "een man en zijn vrouw")]
    [InlineData("nl-NL", "een man van hier verderop en zijn vrouw")]
    [InlineData("en-GB", "a man and a woman")]
    [InlineData("en-GB", "a man")]
    [InlineData("en-GB", "a woman and her husband")]
    public async Task A_man_or_a_couple_without_an_age_is_no_older_person(string locale, string about)
    {
        var conversation = await NeighbourAnsweringWhoAsync(locale, about);

        Assert.DoesNotContain("older_person", conversation.State.Values.GetValueOrDefault("about") ?? []);
    }

    [Theory]
    [InlineData("nl-NL", "een man van 84")]
    [InlineData("nl-NL", "een man van 90 jaar")]
    [InlineData("en-GB", "a man of 84")]
    [InlineData("en-GB", "a man aged 79")]
    [InlineData("en-GB", "a woman of 88")]
    public async Task A_man_or_woman_with_an_old_age_is_an_older_person(string locale, string about)
    {
        var conversation = await NeighbourAnsweringWhoAsync(locale, about);

        Assert.Contains("older_person", conversation.State.Values.GetValueOrDefault("about") ?? []);
    }

    private async Task<TypedConversation> AtAnythingElseAsync(string locale)
    {
        var dutch = locale == "nl-NL";
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        await conversation.SayAsync(dutch ? "ik maak me zorgen om mijn buren" : "i'm worried about my neighbours");
        await conversation.SayAsync(dutch ? "de vrouw en haar man" : "the woman and her husband");
        await conversation.SayAsync(dutch ? "hij schreeuwt tegen haar" : "he shouts at her");
        Assert.Equal("ask_signals", conversation.State.Top!.Step);
        return conversation;
    }

    /// <summary>A quiet house is no withdrawn person: "nee nu is het stil" at "Is er nog meer?" closes the list.</summary>
    [Theory]
    [InlineData("nl-NL", "nee nu is het stil")]
    [InlineData("nl-NL", "nee, het is nu weer stil")]
    [InlineData("nl-NL", "nee verder niks, het is nu stil daar")]
    [InlineData("en-GB", "no it's quiet now")]
    [InlineData("en-GB", "no, it has gone quiet")]
    [InlineData("en-GB", "nah its all quiet now")]
    public async Task A_quiet_house_at_anything_else_closes_the_list_without_a_withdrawn_person(string locale, string answer)
    {
        var conversation = await AtAnythingElseAsync(locale);

        await conversation.SayAsync(answer);

        Assert.Equal(["shouting_or_screaming"], conversation.State.Values.GetValueOrDefault("signals") ?? []);
        Assert.NotEqual("ask_signals", conversation.State.Top!.Step);
    }

    [Theory]
    [InlineData("nl-NL", "ze is zo stil geworden")]
    [InlineData("nl-NL", "ze is veel stiller dan vroeger")]
    [InlineData("en-GB", "she's gone really quiet")]
    [InlineData("en-GB", "she is so quiet these days")]
    public async Task A_person_who_became_quiet_is_still_withdrawn(string locale, string answer)
    {
        var conversation = await AtAnythingElseAsync(locale);

        await conversation.SayAsync(answer);

        Assert.Contains("withdrawn", conversation.State.Values.GetValueOrDefault("signals") ?? []);
    }

    private async Task<TypedConversation> AtTheConsultationOfferAsync(string locale)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        await conversation.TypeANeighbourUpToTheOfferAsync();
        Assert.Equal("offer", conversation.State.Top!.Step);
        return conversation;
    }

    /// <summary>Skipping or declining the offer to talk to Moviera is its no, not "Kies 'Ja' of 'Nee'".</summary>
    [Theory]
    [InlineData("nl-NL", "overslaan")]
    [InlineData("nl-NL", "sla maar over")]
    [InlineData("nl-NL", "liever niet")]
    [InlineData("nl-NL", "hoeft niet")]
    [InlineData("nl-NL", "nu even niet")]
    [InlineData("en-GB", "skip")]
    [InlineData("en-GB", "rather not")]
    [InlineData("en-GB", "i'd rather not")]
    [InlineData("en-GB", "i'll pass")]
    [InlineData("en-GB", "not now")]
    public async Task Skipping_or_declining_the_consultation_offer_is_no(string locale, string answer)
    {
        var conversation = await AtTheConsultationOfferAsync(locale);

        var replies = await conversation.SayAsync(answer);

        Assert.Equal(["no"], conversation.State.Values.GetValueOrDefault("consultation_wanted") ?? []);
        Assert.Contains(replies, reply => reply.Text == (locale == "nl-NL" ? "Goed. Je kunt het later altijd nog vragen." : "All right. You can always ask later."));
    }

    [Theory]
    [InlineData("nl-NL", "ja graag")]
    [InlineData("en-GB", "yes please")]
    public async Task Yes_at_the_consultation_offer_still_asks_for_the_request(string locale, string answer)
    {
        var conversation = await AtTheConsultationOfferAsync(locale);

        await conversation.SayAsync(answer);

        Assert.Equal(["yes"], conversation.State.Values.GetValueOrDefault("consultation_wanted") ?? []);
    }

    /// <summary>"What can I do?" asked before the advice gets the advice then; where the dialog gives it, it is not given again.</summary>
    [Theory]
    [InlineData("nl-NL", "wat kan ik doen?")]
    [InlineData("nl-NL", "wat moet ik hiermee doen")]
    [InlineData("en-GB", "what can I do?")]
    [InlineData("en-GB", "what should i do about it")]
    public async Task What_can_I_do_before_the_advice_gives_the_advice_once(string locale, string question)
    {
        var dutch = locale == "nl-NL";
        var advice = dutch ? "Wat kun je doen?" : "What can you do?";
        var conversation = await AtAnythingElseAsync(locale);

        var early = await conversation.SayAsync(question);
        await conversation.SayAsync(dutch ? "klaar" : "done");
        await conversation.SayAsync(dutch ? "soms" : "sometimes");
        var later = await conversation.SayAsync(dutch ? "nee" : "no");

        Assert.Contains(early, reply => reply.Text.StartsWith(advice, StringComparison.Ordinal));
        Assert.NotNull(conversation.State.Values.GetValueOrDefault("urgency"));
        Assert.DoesNotContain(later, reply => reply.Text.StartsWith(advice, StringComparison.Ordinal));
        Assert.Contains(later, reply => reply.Text.Contains(dutch ? "staat hierboven" : "is above", StringComparison.Ordinal));
        Assert.Equal(1, conversation.Turns.SelectMany(turn => turn).Count(reply => reply.Text.StartsWith(advice, StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("nl-NL")]
    [InlineData("en-GB")]
    public async Task Without_the_question_the_advice_is_given_where_the_dialog_gives_it(string locale)
    {
        var dutch = locale == "nl-NL";
        var conversation = await AtAnythingElseAsync(locale);

        await conversation.SayAsync(dutch ? "klaar" : "done");
        await conversation.SayAsync(dutch ? "soms" : "sometimes");
        var later = await conversation.SayAsync(dutch ? "nee" : "no");

        Assert.Contains(later, reply => reply.Text.StartsWith(dutch ? "Wat kun je doen?" : "What can you do?", StringComparison.Ordinal));
    }

    private async Task<TypedConversation> AtTheSignsAsync(string locale, string about)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        await conversation.SayAsync(locale == "nl-NL" ? "ik ben de buurvrouw" : "i am a neighbour");
        await conversation.SayAsync(about);
        Assert.Equal("ask_signals", conversation.State.Top!.Step);
        return conversation;
    }

    /// <summary>Someone who acts differently when he is around shows fear of him: a sign for a partner too, not only when a carer is named.</summary>
    [Theory]
    [InlineData("nl-NL", "een stel", "als hij er is doet ze heel anders")]
    [InlineData("nl-NL", "een stel", "ze doet heel anders als hij thuis is")]
    [InlineData("nl-NL", "een stel", "als haar man er is gedraagt ze zich anders")]
    [InlineData("en-GB", "a couple", "she acts completely different when he's around")]
    [InlineData("en-GB", "a couple", "she behaves differently when he is there")]
    [InlineData("en-GB", "a couple", "she's a different person around him")]
    [InlineData("nl-NL", "een oudere vrouw", "als hij er is doet ze heel anders")]
    [InlineData("en-GB", "an older lady", "she acts completely different when he's around")]
    public async Task Acting_differently_when_he_is_around_is_a_sign(string locale, string about, string story)
    {
        var conversation = await AtTheSignsAsync(locale, about);

        await conversation.SayAsync(story);

        var signals = conversation.State.Values.GetValueOrDefault("signals") ?? [];
        Assert.True(signals.Contains("fearful_or_jumpy") || signals.Contains("different_when_carer_present"), string.Join(", ", signals));
    }

    [Theory]
    [InlineData("nl-NL", "als haar zoon er is doet ze heel anders")]
    [InlineData("en-GB", "she acts completely different when her carer is around")]
    public async Task Acting_differently_when_the_carer_is_around_is_still_the_carer_sign(string locale, string story)
    {
        var conversation = await AtTheSignsAsync(locale, locale == "nl-NL" ? "een oudere vrouw" : "an older lady");

        await conversation.SayAsync(story);

        Assert.Contains("different_when_carer_present", conversation.State.Values.GetValueOrDefault("signals") ?? []);
    }

    /// <summary>A teacher in Teams asking for the Meldcode steps right after the overview gets the first step, not the overview again.</summary>
    [Theory]
    [InlineData("nl-NL", "wat zijn de stappen van de meldcode?")]
    [InlineData("nl-NL", "wat zijn de stappen?")]
    [InlineData("en-US", "what are the steps of the meldcode?")]
    public async Task Asking_for_the_steps_after_the_overview_gives_the_first_step(string locale, string question)
    {
        var dutch = locale == "nl-NL";
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale, "msteams");
        await conversation.SayAsync(dutch ? "hoi, ik ben leerkracht groep 4" : "hi, i'm a year 2 teacher");
        await conversation.SayAsync(dutch ? "een leerling zei vanochtend papa was weer boos, en hij keek heel bang" : "a pupil said this morning daddy was angry again, and he looked really scared");
        await conversation.SayAsync(dutch ? "hij is de laatste tijd ook heel stil in de klas en komt vaak zonder ontbijt" : "he's also very quiet in class lately and often comes without breakfast");
        await conversation.SayAsync(dutch ? "dat was het" : "that's it");
        await conversation.SayAsync(dutch ? "een paar keer" : "a few times");
        var overview = await conversation.SayAsync(dutch ? "nee" : "no");
        Assert.Contains(overview, reply => reply.Text.Contains("5. ", StringComparison.Ordinal));

        var replies = await conversation.SayAsync(question);

        Assert.DoesNotContain(replies, reply => reply.Text.Contains("5. ", StringComparison.Ordinal));
        Assert.Contains(replies, reply => reply.Text.Contains(dutch ? "Stap 1" : "Step 1", StringComparison.Ordinal));
    }

    /// <summary>A man whose wife hits him when she drinks: "meestal in het weekend" says how often, it is no "Dat begrijp ik niet goed".</summary>
    [Theory]
    [InlineData("nl-NL", "mijn vrouw slaat me als ze gedronken heeft", "meestal in het weekend, dan wordt ze agressief")]
    [InlineData("nl-NL", "mijn vrouw slaat me als ze gedronken heeft", "meestal op zaterdag")]
    [InlineData("en-GB", "my wife hits me when she's been drinking", "usually at the weekend, then she gets aggressive")]
    [InlineData("en-GB", "my wife hits me when she's been drinking", "mostly on weekends")]
    public async Task Usually_at_the_weekend_says_how_often(string locale, string story, string often)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        await conversation.SayAsync(story);

        await conversation.SayAsync(often);

        Assert.Equal(["frequency_often"], conversation.State.Values.GetValueOrDefault("frequency") ?? []);
    }

    /// <summary>Chat thanks at "Had je iets aan dit gesprek?" is no mark and no "I do not quite understand": the conversation closes.</summary>
    [Theory]
    [InlineData("en-GB", "k thx")]
    [InlineData("en-GB", "ty")]
    public async Task Chat_thanks_at_the_feedback_question_closes_without_a_mark(string locale, string thanks)
    {
        var conversation = await AtTheConsultationOfferAsync(locale);
        await conversation.SayAsync(locale == "nl-NL" ? "nee" : "no");

        var replies = await conversation.SayAsync(thanks);

        Assert.Null(conversation.State.Top);
        Assert.Contains(replies, reply => reply.Text.StartsWith(locale == "nl-NL" ? "Waar kun je terecht?" : "Where can you go?", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("nl-NL", "dankjewel")]
    [InlineData("en-GB", "ok thanks")]
    public async Task Plain_thanks_at_the_feedback_question_is_answered_and_never_not_understood(string locale, string thanks)
    {
        var conversation = await AtTheConsultationOfferAsync(locale);
        await conversation.SayAsync(locale == "nl-NL" ? "nee" : "no");

        var replies = await conversation.SayAsync(thanks);

        Assert.DoesNotContain(replies, reply => reply.Text.StartsWith(locale == "nl-NL" ? "Dat begrijp ik niet" : "I do not quite understand", StringComparison.Ordinal));
    }

    /// <summary>A wijkagent going through the Meldcode steps who asks "wat moet ik doen …" gets the next step in short, not the overview again.</summary>
    [Theory]
    [InlineData("nl-NL", "wat moet ik doen als het kind niet wil praten", "De volgende stap in de Meldcode")]
    [InlineData("nl-NL", "wat kan ik nu doen?", "De volgende stap in de Meldcode")]
    [InlineData("en-US", "what can i do if the child won't talk", "The next step in the Meldcode")]
    public async Task What_can_I_do_during_the_meldcode_steps_gives_the_next_step_in_short(string locale, string question, string expected)
    {
        var dutch = locale == "nl-NL";
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale, "msteams");
        await conversation.SayAsync(dutch ? "goedemiddag, ik ben wijkagent" : "good afternoon, i'm a community police officer");
        await conversation.SayAsync(dutch ? "ik wil graag weten welke stappen ik moet volgen volgens de meldcode" : "i'd like to know which steps of the meldcode i should follow");
        await conversation.SayAsync(dutch ? "ja graag" : "yes please");

        var replies = await conversation.SayAsync(question);

        Assert.DoesNotContain(replies, reply => reply.Text.Contains("5. ", StringComparison.Ordinal));
        Assert.Contains(replies, reply => reply.Text.StartsWith(expected, StringComparison.Ordinal));
    }

    /// <summary>"He calls me stupid all the time" is being put down, not a partner who keeps phoning.</summary>
    [Theory]
    [InlineData("en-GB", "he also calls me stupid all the time", "belittled_or_humiliated", "stalking")]
    [InlineData("en-GB", "he calls me names all the time", "belittled_or_humiliated", "stalking")]
    [InlineData("en-GB", "he calls me all the time even at work", "stalking", "belittled_or_humiliated")]
    public async Task Calling_her_names_all_the_time_is_being_put_down(string locale, string story, string expected, string notExpected)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        await conversation.SayAsync("my boyfriend checks my phone and wont let me see my friends");

        await conversation.SayAsync(story);

        Assert.Contains(expected, conversation.State.Values.GetValueOrDefault("signals") ?? []);
        Assert.DoesNotContain(notExpected, conversation.State.Values.GetValueOrDefault("signals") ?? []);
    }
}
