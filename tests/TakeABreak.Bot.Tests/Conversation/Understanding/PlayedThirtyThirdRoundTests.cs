using Microsoft.Extensions.DependencyInjection;
using TakeABreak.Signalering.Safety;

namespace TakeABreak.Bot.Tests.Conversation.Understanding;

/// <summary>
/// What playing whole typed conversations in the published widget and in Teams found in the thirty-third round: a bare
/// "ja" at the signs read as none of them, the guard's acknowledgement opening with a question, a teacher's child
/// disclosure, "bijna elke nacht" next to another count, an age said and asked again, "stop maar" during the Meldcode
/// steps, "often" at the serious things, scolding read as shouting, "vaak" of a child's sign, a question after a stop,
/// and thanks at the feedback question.
/// </summary>
public sealed class PlayedThirtyThirdRoundTests(ConversationHostFixture fixture) : IClassFixture<ConversationHostFixture>
{
    private SafetyMessages GuardMessages => fixture.Host.Services.GetRequiredService<SafetyContent>().Messages;

    /// <summary>Every answer of the guard to a serious disclosure acknowledges it in plain words; none asks what was just told.</summary>
    [Theory]
    [InlineData("nl")]
    [InlineData("en")]
    public void The_guards_answers_to_a_disclosure_ask_no_question(string language)
    {
        var answers = GuardMessages.Ids.Where(id => !id.StartsWith("acute", StringComparison.Ordinal) && id != "suicide_danger"
            && GuardMessages.Get(id, language).Contains("0800-", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(answers);
        foreach (var id in answers)
        {
            Assert.False(GuardMessages.Get(id, language).Contains('?', StringComparison.Ordinal), $"{id} ({language}) asks: {GuardMessages.Get(id, language)}");
        }
    }

    [Theory]
    [InlineData("nl-NL", "directline", "ik ben de buurvrouw|een stel|hij komt bijna elke nacht dronken thuis en dan gaat het mis")]
    [InlineData("nl-NL", "directline", "mijn man slaat me")]
    [InlineData("en-GB", "directline", "i'm a neighbour|a couple|i wake up almost every night from the screaming")]
    [InlineData("en-GB", "directline", "my husband hits me")]
    [InlineData("nl-NL", "msteams", "ik ben leerkracht|een leerling zei vandaag dat papa mama pijn deed")]
    [InlineData("nl-NL", "msteams", "ik ben huisarts|een patiënte vertelt dat haar man haar slaat")]
    [InlineData("en-GB", "msteams", "i'm a teacher|a pupil told me today that her dad hurt her mum")]
    public async Task The_acknowledgement_of_a_disclosure_says_it_is_serious_first_and_gives_Veilig_Thuis(string locale, string channel, string messages)
    {
        var conversation = await HostedConversation.StartedAsync(fixture.Host.Services, locale, channel);
        var replies = await conversation.SayEachAsync(messages);

        var acknowledgement = replies[0].Text ?? string.Empty;
        Assert.Contains(locale == "nl-NL" ? "ernstig" : "serious", acknowledgement.Split('\n')[0], StringComparison.Ordinal);
        Assert.DoesNotContain("?", acknowledgement, StringComparison.Ordinal);
        Assert.Contains(replies, reply => reply.Text!.Contains("0800-2000", StringComparison.Ordinal));
        Assert.DoesNotContain(replies, reply => reply.Text!.Contains(locale == "nl-NL" ? "Vertelt een kind" : "Does a child tell", StringComparison.Ordinal));
    }

    /// <summary>An age said is the answer: a young person who said it is never asked "Ben je jonger dan 18?" afterwards.</summary>
    [Theory]
    [InlineData("en-GB", "im 14|my dad hits me|done|often|no")]
    [InlineData("en-GB", "i'm 14|my dad hits me|done|often|no")]
    [InlineData("nl-NL", "ik ben 14|mijn vader slaat me|klaar|vaak|nee")]
    [InlineData("nl-NL", "14 jaar|mijn vader slaat me|klaar|vaak|nee")]
    [InlineData("nl-NL", "ik ben 15 en mijn vriend slaat me|klaar|vaak|nee")]
    [InlineData("en-GB", "im 15 and my boyfriend hits me|done|often|no")]
    [InlineData("nl-NL", "ik ben 14|mijn moeder slaat me en niemand gelooft me|klaar|vaak|nee")]
    public async Task An_age_said_is_never_asked_again(string locale, string messages)
    {
        var dutch = locale == "nl-NL";
        var said = await HostedConversation.PlayedAsync(fixture.Host.Services, locale, messages);

        Assert.DoesNotContain(said, text => text.Contains(dutch ? "Ben je jonger dan 18?" : "Are you under 18?", StringComparison.Ordinal));
        Assert.Contains(said, text => text.Contains("0800-0432", StringComparison.Ordinal));
        Assert.DoesNotContain(said, text => text.Contains(dutch ? "Wil je dit bespreken met iemand van Moviera?" : "Would you like to talk this through with someone from Moviera?", StringComparison.Ordinal));
    }

    /// <summary>A teacher passing on what a pupil told about home: the child's own words and the violence it sees are signs.</summary>
    [Theory]
    [InlineData("nl-NL", "msteams", "ik ben leerkracht|een leerling zei vandaag dat papa mama pijn deed")]
    [InlineData("nl-NL", "msteams", "een leerling vertelde vanochtend dat papa mama sloeg")]
    [InlineData("nl-NL", "directline", "ik ben juf op een basisschool|signalen bespreken|een kind uit mijn klas zei dat papa mama pijn deed")]
    [InlineData("en-GB", "msteams", "i'm a teacher|a pupil told me today that daddy hurt mummy")]
    [InlineData("en-GB", "msteams", "a student said her dad hit her mum")]
    public async Task A_child_telling_a_teacher_what_happens_at_home_is_recorded_as_signs(string locale, string channel, string messages)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale, channel);
        await conversation.SayEachAsync(messages);

        var signals = conversation.State.Values.GetValueOrDefault("signals") ?? [];
        Assert.Contains("tells_they_are_hurt", signals);
        Assert.Contains("child_hears_fighting", signals);
    }

    /// <summary>... and the guard answers with what a child's own words mean for a professional (acute unsafety in the Meldcode).</summary>
    [Theory]
    [InlineData("nl-NL", "msteams", "ik ben leerkracht|een leerling zei vandaag dat papa mama pijn deed")]
    [InlineData("nl-NL", "msteams", "een leerling vertelde vanochtend dat papa mama sloeg")]
    [InlineData("nl-NL", "directline", "ik ben juf op een basisschool|signalen bespreken|een kind uit mijn klas zei dat papa mama pijn deed")]
    [InlineData("en-GB", "msteams", "i'm a teacher|a pupil told me today that daddy hurt mummy")]
    [InlineData("en-GB", "msteams", "a student said her dad hit her mum")]
    public async Task A_child_telling_a_teacher_gets_the_professionals_answer_for_a_childs_disclosure(string locale, string channel, string messages)
    {
        var dutch = locale == "nl-NL";
        var conversation = await HostedConversation.StartedAsync(fixture.Host.Services, locale, channel);
        var replies = await conversation.SayEachAsync(messages);

        var turn = string.Join("\n", replies.Select(reply => reply.Text));
        Assert.StartsWith(GuardMessages.Get("child_disclosure_professional", locale).Split('\n')[0], replies[0].Text, StringComparison.Ordinal);
        Assert.Contains(dutch ? "acute onveiligheid" : "acute unsafety", turn, StringComparison.Ordinal);
        Assert.DoesNotContain(dutch ? "Volg de Meldcode huiselijk geweld" : "Follow the Meldcode (the Dutch", turn, StringComparison.Ordinal);
    }

    /// <summary>A bare yes at a checklist with nothing ticked says something fits, not what: the list again, never "none of these".</summary>
    [Theory]
    [InlineData("nl-NL", "ik ben de buurvrouw|een stel", "ja", "Welke bedoel je?")]
    [InlineData("nl-NL", "ik ben de buurvrouw|een stel", "ja hoor", "Welke bedoel je?")]
    [InlineData("nl-NL", "ik ben de buurvrouw|een kind", "jawel", "Welke bedoel je?")]
    [InlineData("nl-NL", "het gaat over mijzelf|mijn partner", "ja", "Welke bedoel je?")]
    [InlineData("en-GB", "i am a neighbour|a couple", "yes", "Which ones do you mean?")]
    [InlineData("en-GB", "i am a neighbour|a couple", "yeah", "Which ones do you mean?")]
    [InlineData("en-GB", "it is about myself|my partner", "yep", "Which ones do you mean?")]
    public async Task A_bare_yes_at_the_signs_with_nothing_ticked_asks_which(string locale, string before, string yes, string which)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        await conversation.SayEachAsync(before);

        var step = conversation.State.Top!.Step;
        var replies = await conversation.SayAsync(yes);

        Assert.Equal(step, conversation.State.Top!.Step);
        Assert.Contains(replies, reply => reply.Text.StartsWith(which, StringComparison.Ordinal));
        Assert.Contains(replies, reply => reply.Checklist is not null);
        Assert.DoesNotContain(replies, reply => reply.Text.StartsWith(locale == "nl-NL" ? "Geen van deze past" : "None of these fit", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("nl-NL", "ja", "2")]
    [InlineData("en-GB", "yes", "2")]
    public async Task After_the_list_again_an_answer_ticks_and_a_second_yes_is_never_a_loop(string locale, string yes, string number)
    {
        var dutch = locale == "nl-NL";
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        await conversation.SayAsync(dutch ? "ik ben de buurvrouw" : "i am a neighbour");
        await conversation.SayAsync(dutch ? "een stel" : "a couple");
        await conversation.SayAsync(yes);

        await conversation.SayAsync(number);
        Assert.NotEmpty(conversation.State.Values.GetValueOrDefault("signals") ?? []);

        var again = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        await again.SayAsync(dutch ? "ik ben de buurvrouw" : "i am a neighbour");
        await again.SayAsync(dutch ? "een stel" : "a couple");
        await again.SayAsync(yes);
        await again.SayAsync(yes);
        Assert.NotEqual("ask_signals", again.State.Top!.Step);
    }

    [Theory]
    [InlineData("nl-NL", "ja")]
    [InlineData("en-GB", "yes")]
    public async Task A_bare_yes_at_the_serious_things_with_nothing_ticked_asks_which(string locale, string yes)
    {
        var dutch = locale == "nl-NL";
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        foreach (var message in dutch ? new[] { "ik ben de buurvrouw", "een stel", "ik hoor geschreeuw", "klaar", "soms" } : ["i am a neighbour", "a couple", "i hear shouting", "done", "sometimes"])
        {
            await conversation.SayAsync(message);
        }

        Assert.Equal("ask_serious", conversation.State.Top!.Step);

        await conversation.SayAsync(yes);

        Assert.Equal("ask_serious", conversation.State.Top!.Step);
    }

    [Theory]
    [InlineData("nl-NL", "ja")]
    [InlineData("en-GB", "yes")]
    public async Task A_bare_yes_after_a_sign_was_ticked_still_closes_the_list(string locale, string yes)
    {
        var dutch = locale == "nl-NL";
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        await conversation.SayAsync(dutch ? "ik ben de buurvrouw" : "i am a neighbour");
        await conversation.SayAsync(dutch ? "een stel" : "a couple");
        await conversation.SayAsync(dutch ? "ik hoor geschreeuw" : "i hear shouting");

        await conversation.SayAsync(yes);

        Assert.NotEqual("ask_signals", conversation.State.Top!.Step);
    }

    /// <summary>"bijna elke nacht" in a story is how often, also next to an act seen once or a few times.</summary>
    [Theory]
    [InlineData("nl-NL", "ik ben de buurvrouw|een stel|ik heb een keer gezien dat hij haar duwde en ik hoor bijna elke nacht geschreeuw", "frequency_often")]
    [InlineData("nl-NL", "ik ben de buurvrouw|een stel|soms zie ik blauwe plekken en ik hoor bijna elke nacht geschreeuw", "frequency_often")]
    [InlineData("nl-NL", "ik ben de buurvrouw|een stel|twee keer heb ik politie gezien en ik hoor haast elke week geschreeuw", "frequency_often")]
    [InlineData("nl-NL", "mijn man heeft me een keer geslagen en hij scheldt me bijna elke dag uit", "frequency_often")]
    [InlineData("en-GB", "i am a neighbour|a couple|i once saw him push her and i hear shouting almost every night", "frequency_often")]
    [InlineData("en-GB", "my husband hit me once and he shouts at me almost every day", "frequency_often")]
    [InlineData("nl-NL", "ik ben de buurvrouw|een stel|ik hoor hem bijna elke nacht tegen haar schreeuwen", "frequency_often")]
    [InlineData("nl-NL", "ik ben de buurvrouw|een stel|ik heb een keer gezien dat hij haar duwde", "frequency_once")]
    [InlineData("nl-NL", "ik ben de buurvrouw|een stel|ik heb een keer gezien dat hij haar duwde en soms hoor ik geschreeuw", "frequency_sometimes")]
    public async Task How_often_in_a_story_is_the_most_often_it_names(string locale, string messages, string expected)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        await conversation.SayEachAsync(messages);

        Assert.Equal([expected], conversation.State.Values.GetValueOrDefault("frequency") ?? []);
    }

    private async Task<TypedConversation> AtTheMeldcodeStepsAsync(string locale)
    {
        var dutch = locale == "nl-NL";
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale, "msteams");
        await conversation.SayAsync(dutch ? "ik wil de stappen van de meldcode weten" : "i'd like to see the steps of the meldcode");
        await conversation.SayAsync(dutch ? "ja graag" : "yes please");
        Assert.Equal("step_1", conversation.State.Top!.Step);
        return conversation;
    }

    /// <summary>"stop maar" during the Meldcode steps stops the steps and offers what next; it does not end the conversation.</summary>
    [Theory]
    [InlineData("nl-NL", "stop maar")]
    [InlineData("nl-NL", "stop")]
    [InlineData("nl-NL", "laat maar")]
    [InlineData("en-GB", "stop there")]
    [InlineData("en-GB", "stop")]
    [InlineData("en-GB", "that's enough")]
    public async Task Stop_during_the_meldcode_steps_stops_the_steps(string locale, string stop)
    {
        var conversation = await AtTheMeldcodeStepsAsync(locale);

        var replies = await conversation.SayAsync(stop);

        Assert.Equal(["stop_steps"], conversation.State.Values.GetValueOrDefault("meldcode_progress") ?? []);
        Assert.NotNull(conversation.State.Top);
        Assert.True(replies[^1].ExpectsAnswer);
        Assert.DoesNotContain(replies, reply => reply.Text.StartsWith(locale == "nl-NL" ? "Het gesprek is gestopt" : "The conversation has stopped", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("nl-NL", "stop het gesprek")]
    [InlineData("nl-NL", "ik wil stoppen")]
    [InlineData("en-GB", "i want to stop")]
    [InlineData("en-GB", "stop the conversation")]
    public async Task A_clear_stop_during_the_meldcode_steps_still_ends_the_conversation(string locale, string stop)
    {
        var conversation = await AtTheMeldcodeStepsAsync(locale);

        var replies = await conversation.SayAsync(stop);

        Assert.Contains(replies, reply => reply.Text.StartsWith(locale == "nl-NL" ? "Het gesprek is gestopt" : "The conversation has stopped", StringComparison.Ordinal));
    }

    /// <summary>"often" at the serious things is how often, not "it happens more often or gets worse".</summary>
    [Theory]
    [InlineData("en-GB", "often")]
    [InlineData("en-GB", "very often")]
    [InlineData("en-GB", "quite often")]
    [InlineData("nl-NL", "vaak")]
    [InlineData("nl-NL", "heel vaak")]
    public async Task Often_at_the_serious_things_is_how_often(string locale, string often)
    {
        var dutch = locale == "nl-NL";
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        foreach (var message in dutch ? new[] { "ik ben de buurvrouw", "een stel", "ik hoor geschreeuw", "klaar", "soms" } : ["i am a neighbour", "a couple", "i hear shouting", "done", "sometimes"])
        {
            await conversation.SayAsync(message);
        }

        await conversation.SayAsync(often);

        Assert.DoesNotContain("trend_worse", conversation.State.Values.GetValueOrDefault("serious_factors") ?? []);
        Assert.Equal(["frequency_often"], conversation.State.Values.GetValueOrDefault("frequency") ?? []);
    }

    [Theory]
    [InlineData("en-GB", "it happens more often")]
    [InlineData("en-GB", "it's getting worse")]
    [InlineData("nl-NL", "het gebeurt steeds vaker")]
    [InlineData("nl-NL", "het wordt erger")]
    public async Task More_often_or_worse_at_the_serious_things_is_still_getting_worse(string locale, string worse)
    {
        var dutch = locale == "nl-NL";
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        foreach (var message in dutch ? new[] { "ik ben de buurvrouw", "een stel", "ik hoor geschreeuw", "klaar", "soms" } : ["i am a neighbour", "a couple", "i hear shouting", "done", "sometimes"])
        {
            await conversation.SayAsync(message);
        }

        await conversation.SayAsync(worse);

        Assert.Contains("trend_worse", conversation.State.Values.GetValueOrDefault("serious_factors") ?? []);
    }

    /// <summary>Scolding and calling names is being put down (belittled_or_humiliated); shouting is schreeuwen.</summary>
    [Theory]
    [InlineData("nl-NL", "", "mijn vriend scheldt soms")]
    [InlineData("nl-NL", "", "hij scheldt me de hele dag uit")]
    [InlineData("nl-NL", "ik ben de buurvrouw|een stel", "ik hoor hem haar uitschelden")]
    [InlineData("nl-NL", "ik ben de buurvrouw|een stel", "hij schold haar uit voor alles")]
    [InlineData("en-GB", "", "my boyfriend calls me names")]
    [InlineData("en-GB", "i am a neighbour|a couple", "i hear him calling her names")]
    public async Task Scolding_is_being_put_down_not_shouting(string locale, string before, string story)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        foreach (var message in before.Split('|', StringSplitOptions.RemoveEmptyEntries))
        {
            await conversation.SayAsync(message);
        }

        await conversation.SayAsync(story);

        var signals = conversation.State.Values.GetValueOrDefault("signals") ?? [];
        Assert.Contains("belittled_or_humiliated", signals);
        Assert.DoesNotContain("shouting_or_screaming", signals);
    }

    [Theory]
    [InlineData("nl-NL", "hij schreeuwt soms tegen haar")]
    [InlineData("en-GB", "he yells at her sometimes")]
    public async Task Shouting_is_still_shouting(string locale, string story)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        await conversation.SayAsync(locale == "nl-NL" ? "ik ben de buurvrouw" : "i am a neighbour");
        await conversation.SayAsync(locale == "nl-NL" ? "een stel" : "a couple");

        await conversation.SayAsync(story);

        Assert.Contains("shouting_or_screaming", conversation.State.Values.GetValueOrDefault("signals") ?? []);
    }

    /// <summary>A how-often word inside a sign about a child is part of the sign: "Hoe vaak gebeurt het?" is still asked.</summary>
    [Theory]
    [InlineData("nl-NL", "msteams", "ik ben leerkracht|een kind uit mijn klas", "hij komt vaak zonder ontbijt naar school", "child_hungry_or_neglected")]
    [InlineData("nl-NL", "msteams", "ik ben leerkracht|een kind uit mijn klas", "ze heeft vaak honger", "child_hungry_or_neglected")]
    [InlineData("nl-NL", "directline", "ik ben de buurvrouw|een kind", "het kind loopt soms in vieze kleren", "child_hungry_or_neglected")]
    [InlineData("nl-NL", "msteams", "ik ben leerkracht|een kind uit mijn klas", "hij komt elke dag zonder eten naar school", "child_hungry_or_neglected")]
    [InlineData("en-GB", "msteams", "i'm a teacher|a child in my class", "he often comes to school without breakfast", "child_hungry_or_neglected")]
    [InlineData("en-GB", "msteams", "i'm a teacher|a child in my class", "she is often hungry", "child_hungry_or_neglected")]
    public async Task How_often_inside_a_sign_about_a_child_is_no_answer_to_how_often(string locale, string channel, string before, string sign, string expected)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale, channel);
        await conversation.SayEachAsync(before);

        await conversation.SayAsync(sign);
        var replies = await conversation.SayAsync(locale == "nl-NL" ? "klaar" : "done");

        Assert.Contains(expected, conversation.State.Values.GetValueOrDefault("signals") ?? []);
        Assert.Null(conversation.State.Values.GetValueOrDefault("frequency"));
        Assert.Contains(replies, reply => reply.Text.StartsWith(locale == "nl-NL" ? "Hoe vaak gebeurt het?" : "How often does it happen?", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("nl-NL", "ik hoor vaak geschreeuw", "frequency_often")]
    [InlineData("en-GB", "i often hear shouting", "frequency_often")]
    public async Task How_often_with_what_is_heard_is_still_how_often(string locale, string story, string expected)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        await conversation.SayAsync(locale == "nl-NL" ? "ik ben de buurvrouw" : "i am a neighbour");
        await conversation.SayAsync(locale == "nl-NL" ? "een gezin met kinderen" : "a family with kids");

        await conversation.SayAsync(story);

        Assert.Equal([expected], conversation.State.Values.GetValueOrDefault("frequency") ?? []);
    }

    /// <summary>After a stop, a question about the duty to report is answered (the Meldcode for professionals); nothing starts again.</summary>
    [Theory]
    [InlineData("nl-NL", "msteams", "hoe zit het met de meldplicht?", "Als professional volg je de Meldcode")]
    [InlineData("nl-NL", "msteams", "is er een meldplicht?", "Als professional volg je de Meldcode")]
    [InlineData("nl-NL", "msteams", "moet ik dit melden?", "Als professional volg je de Meldcode")]
    [InlineData("en-GB", "msteams", "do i have a duty to report?", "As a professional you follow the Meldcode")]
    [InlineData("en-GB", "msteams", "is reporting mandatory?", "As a professional you follow the Meldcode")]
    [InlineData("nl-NL", "directline", "moet ik dit melden?", "Advies vragen bij Veilig Thuis kan anoniem")]
    public async Task A_question_after_a_stop_is_answered_without_starting_again(string locale, string channel, string question, string expected)
    {
        var dutch = locale == "nl-NL";
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale, channel);
        await conversation.SayAsync(dutch ? "ik ben leerkracht" : "i'm a teacher");
        await conversation.SayAsync("stop");
        Assert.Null(conversation.State.Top);

        var replies = await conversation.SayAsync(question);

        var said = string.Join(" ", replies.Select(reply => reply.Text));
        Assert.True(said.Contains(expected, StringComparison.Ordinal), said);
        Assert.DoesNotContain(dutch ? "Ik ben de digitale assistent" : "I am Moviera's digital assistant", said, StringComparison.Ordinal);
        Assert.Null(conversation.State.Top);
    }

    [Fact]
    public async Task A_new_story_after_a_stop_starts_again()
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, "nl-NL");
        await conversation.SayAsync("stop");

        await conversation.SayAsync("mijn buurman slaat zijn vrouw");

        Assert.NotNull(conversation.State.Top);
    }

    /// <summary>Thanks at the feedback question is a kind closing: no mark, no question again, the conversation ends.</summary>
    [Theory]
    [InlineData("nl-NL", "dankjewel")]
    [InlineData("nl-NL", "bedankt")]
    [InlineData("nl-NL", "ok bedankt")]
    [InlineData("en-GB", "thanks")]
    [InlineData("en-GB", "thank you")]
    [InlineData("en-GB", "ok thanks")]
    public async Task Thanks_at_the_feedback_question_closes_the_conversation(string locale, string thanks)
    {
        var dutch = locale == "nl-NL";
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        await conversation.TypeANeighbourUpToTheOfferAsync();
        await conversation.SayAsync(dutch ? "nee" : "no");

        var replies = await conversation.SayAsync(thanks);

        Assert.Null(conversation.State.Top);
        Assert.DoesNotContain(replies, reply => reply.Text.StartsWith(dutch ? "Graag gedaan" : "You are welcome", StringComparison.Ordinal) && reply.ExpectsAnswer);
        Assert.DoesNotContain(replies, reply => reply.Text.StartsWith(dutch ? "Had je iets aan dit gesprek?" : "Was this conversation helpful?", StringComparison.Ordinal));
        Assert.Contains(replies, reply => reply.Text.StartsWith(dutch ? "Dank je wel." : "Thank you.", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("nl-NL", "ok bedankt")]
    [InlineData("en-GB", "ok thanks")]
    public async Task Thanks_at_the_offer_to_talk_with_Moviera_is_still_no_yes(string locale, string thanks)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        await conversation.TypeANeighbourUpToTheOfferAsync();

        await conversation.SayAsync(thanks);

        Assert.Null(conversation.State.Values.GetValueOrDefault("consultation_wanted"));
    }

    /// <summary>Played: a number typed at a yes/no question (a mark given too early) never changes an earlier answer by its position.</summary>
    [Theory]
    [InlineData("nl-NL", "5")]
    [InlineData("nl-NL", "4")]
    [InlineData("en-GB", "5")]
    [InlineData("en-GB", "3")]
    public async Task A_number_at_the_offer_to_talk_with_Moviera_changes_no_earlier_answer(string locale, string number)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        await conversation.TypeANeighbourUpToTheOfferAsync();

        var replies = await conversation.SayAsync(number);

        Assert.Equal(["neighbour"], conversation.State.Values.GetValueOrDefault("role") ?? []);
        Assert.Equal("offer", conversation.State.Top!.Step);
        Assert.True(replies[^1].ExpectsAnswer);
    }

    /// <summary>Played: a neighbour woken by the noise next door ("ik word … wakker van") is no one it happens to.</summary>
    [Theory]
    [InlineData("nl-NL", "", "ik ben de buurvrouw, ik word bijna elke nacht wakker van geschreeuw bij de buren")]
    [InlineData("nl-NL", "ik ben de buurvrouw|een stel", "ik word bijna elke nacht wakker van het geschreeuw")]
    [InlineData("nl-NL", "ik ben de buurman|een stel", "ik word er steeds wakker van, hij schreeuwt tegen haar")]
    [InlineData("en-GB", "", "i'm a neighbour and i get woken up by screaming next door almost every night")]
    [InlineData("en-GB", "i am a neighbour|a couple", "i get woken up by the shouting most nights")]
    public async Task A_neighbour_woken_by_the_noise_stays_a_neighbour(string locale, string before, string story)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        foreach (var message in before.Split('|', StringSplitOptions.RemoveEmptyEntries))
        {
            await conversation.SayAsync(message);
        }

        await conversation.SayAsync(story);

        Assert.Equal(["neighbour"], conversation.State.Values.GetValueOrDefault("role") ?? []);
        Assert.Contains("shouting_or_screaming", conversation.State.Values.GetValueOrDefault("signals") ?? []);
    }

    /// <summary>Played: a 14-year-old whose mum's boyfriend hits her mum tells about her own home: a young person who sees violence.</summary>
    [Theory]
    [InlineData("en-GB", "i'm 14 and my mum's boyfriend hits her")]
    [InlineData("en-GB", "im 14, my mums boyfriend hits her")]
    [InlineData("en-GB", "i am 15 and my mom's boyfriend beats my mom")]
    [InlineData("nl-NL", "ik ben 14 en de vriend van mijn moeder slaat haar")]
    [InlineData("nl-NL", "ik ben 15 en de vriend van mijn moeder slaat mijn moeder")]
    public async Task A_young_person_whose_mothers_boyfriend_hits_her_tells_about_their_own_home(string locale, string story)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);

        await conversation.SayAsync(story);

        Assert.Equal(["self"], conversation.State.Values.GetValueOrDefault("role") ?? []);
        Assert.Contains("child", conversation.State.Values.GetValueOrDefault("about") ?? []);
        Assert.Contains("child_hears_fighting", conversation.State.Values.GetValueOrDefault("signals") ?? []);
    }
}
