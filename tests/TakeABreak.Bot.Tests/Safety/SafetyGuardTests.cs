using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using TakeABreak.Bot.Testing;
using TakeABreak.Bot.Testing.Conversations;
using TakeABreak.BotFramework.Schema;
using TakeABreak.Signalering.Assessment;
using TakeABreak.Signalering.Safety;

namespace TakeABreak.Bot.Tests.Safety;

public sealed class SafetyGuardTests : IDisposable
{
    private const string AcuteMessage = "help hij slaat haar nu met een mes";

    private readonly TestBotHost _host = new();

    private SafetyMessages Messages => _host.Services.GetRequiredService<SafetyContent>().Messages;

    [Fact]
    public async Task Acute_danger_as_the_very_first_message_is_answered_with_112_before_anything_else()
    {
        await AssertAcuteAnswer(new TestFlow(_host, locale: "nl-NL").Send(AcuteMessage), "nl")
            .AssertNoReply()
            .StartTestAsync();
    }

    [Fact]
    public async Task Acute_danger_in_the_middle_of_a_choice_prompt_interrupts_and_the_user_can_go_on_where_they_were()
    {
        Activity? question = null;
        await AssertAcuteAnswer(
                new TestFlow(_host, locale: "nl-NL")
                    .SendConversationUpdate()
                    .AssertReplyEventually(reply => (question = reply).SuggestedActions is { Actions.Count: > 0 }, "the first question")
                    .Send(AcuteMessage),
                "nl")
            .Send(Messages.Get(SafetyMessages.AcuteContinue, "nl"))
            .AssertReply(reply => Assert.StartsWith("Ik begrijp: het gaat om een partner", reply.Text, StringComparison.Ordinal), "what the message told (it did not say who the user is)")
            .AssertReply(reply => Assert.Equal(question!.Text, reply.Text), "the same question again")
            .StartTestAsync();
    }

    [Fact]
    public async Task Acute_danger_in_English_is_answered_in_English_and_the_user_can_start_again()
    {
        await AssertAcuteAnswer(
                new TestFlow(_host, locale: "en-GB").SendConversationUpdate().SkipReplies().Send("he is choking her right now"),
                "en")
            .Send(Messages.Get(SafetyMessages.AcuteRestart, "en"))
            .AssertReplyContains("Moviera")
            .StartTestAsync();
    }

    [Fact]
    public async Task Acute_danger_in_the_free_text_after_the_checklist_interrupts_the_dialog()
    {
        await AssertAcuteAnswer(
                ToTheFreeTextAfterTheChecklist(new TestFlow(_host, locale: "nl-NL")).Send("hij heeft nu een mes en zegt dat hij haar vanavond vermoordt"),
                "nl")
            .AssertNoReply()
            .StartTestAsync();
    }

    [Fact]
    public async Task Acute_danger_typed_into_a_submitted_card_interrupts_the_dialog()
    {
        await AssertAcuteAnswer(
                new TestFlow(_host, locale: "nl-NL").SendConversationUpdate().SkipReplies()
                    .SendSubmit(new JsonObject { ["note"] = "ze wordt nu gewurgd" }),
                "nl")
            .AssertNoReply()
            .StartTestAsync();
    }

    [Fact]
    public async Task A_message_about_the_past_or_a_general_question_does_not_raise_the_alarm()
    {
        await new TestFlow(_host, locale: "nl-NL")
            .SendConversationUpdate().SkipReplies()
            .Send("vorig jaar sloeg hij haar")
            .Send("wat zijn signalen van kindermishandeling?")
            .Send("in de film sloeg hij haar nu met een mes")
            .AssertNoReplyMatching(reply => reply.IsType(ActivityTypes.Event), "safety alert")
            .StartTestAsync();
    }

    [Fact]
    public async Task Urgent_red_flags_in_free_text_raise_the_urgency_for_follow_up_without_the_alarm()
    {
        var urgent = _host.Services.GetRequiredService<AssessmentContent>().Urgency.Describe(UrgencyLevel.Urgent).Label.In("nl");
        var flow = ToTheFreeTextAfterTheChecklist(new TestFlow(_host, locale: "nl-NL"))
            .Send("vorig jaar heeft hij haar gewurgd")
            .AssertNoReplyMatching(reply => reply.IsType(ActivityTypes.Event), "safety alert");
        for (var question = 0; question < 10; question++)
        {
            flow.Send("weet ik niet");
        }

        await flow
            .AssertReplyEventually(reply => reply.Text?.StartsWith(urgent + ":", StringComparison.Ordinal) == true, $"the urgency '{urgent}'")
            .StartTestAsync();
    }

    // A helper's tries, session 17: "he has a knife i think" was answered with 112, and the conversation that went on ended
    // with the urgency "Concern".
    [Fact]
    public async Task After_danger_now_the_urgency_for_follow_up_is_at_least_urgent()
    {
        var urgent = _host.Services.GetRequiredService<AssessmentContent>().Urgency.Describe(UrgencyLevel.Urgent).Label.In("nl");
        var flow = ToTheFreeTextAfterTheChecklist(new TestFlow(_host, locale: "nl-NL"))
            .Send("hij heeft een mes denk ik")
            .AssertReply(reply => Assert.Equal(Messages.Get(SafetyMessages.AcuteDanger, "nl"), reply.Text), "112 first")
            .SkipReplies()
            .Send(Messages.Get(SafetyMessages.AcuteContinue, "nl"));
        for (var question = 0; question < 10; question++)
        {
            flow.Send("weet ik niet");
        }

        await flow
            .AssertReplyEventually(reply => reply.Text?.StartsWith(urgent + ":", StringComparison.Ordinal) == true, $"the urgency '{urgent}'")
            .StartTestAsync();
    }

    [Fact]
    public async Task An_urgent_message_at_a_choice_prompt_gets_the_acknowledgement_and_the_conversation_takes_what_it_says()
    {
        await new TestFlow(_host, locale: "nl-NL")
            .SendConversationUpdate()
            .AssertReplyEventually(reply => reply.SuggestedActions is { Actions.Count: > 0 }, "the first question")
            .Send("mijn man heeft me vorige week gewurgd")
            .AssertReply(
                reply =>
                {
                    Assert.StartsWith(Messages.Get(SafetyMessages.UrgentDisclosure, "nl"), reply.Text, StringComparison.Ordinal);
                    Assert.Contains("0800-2000", reply.Text, StringComparison.Ordinal);
                },
                "the acknowledgement with Veilig Thuis")
            .AssertReply(reply => Assert.StartsWith("Ik begrijp: het gaat over jezelf; het gaat om je partner of ex-partner", reply.Text, StringComparison.Ordinal), "what the bot took from the message")
            .AssertReplyEventually(reply => reply.SuggestedActions is { Actions.Count: > 0 } || reply.Attachments is { Count: > 0 }, "the next question")
            .AssertNoReply()
            .StartTestAsync();
    }

    // In the lead's tries of session 17, "it's happening right now" after "my husband hits me when he drinks" was answered
    // with "I do not quite understand that."
    [Fact]
    public async Task Saying_it_is_happening_now_after_a_disclosure_is_answered_with_112()
    {
        await AssertAcuteAnswer(
                new TestFlow(_host, locale: "en-GB")
                    .SendConversationUpdate()
                    .SkipReplies()
                    .Send("my husband hits me when he drinks")
                    .AssertReplyEventually(reply => reply.Attachments is { Count: > 0 } || reply.SuggestedActions is { Actions.Count: > 0 }, "the next question")
                    .SkipReplies()
                    .Send("it's happening right now"),
                "en")
            .AssertNoReply()
            .StartTestAsync();
    }

    [Fact]
    public async Task Saying_it_is_over_now_after_a_disclosure_raises_no_alarm()
    {
        await new TestFlow(_host, locale: "nl-NL")
            .SendConversationUpdate()
            .SkipReplies()
            .Send("mijn vriend slaat me als hij drinkt")
            .AssertReplyEventually(reply => reply.Attachments is { Count: > 0 } || reply.SuggestedActions is { Actions.Count: > 0 }, "the next question")
            .SkipReplies()
            .Send("nee, nu is hij weg en is het rustig")
            .AssertReply(reply => Assert.NotEqual(Messages.Get(SafetyMessages.AcuteDanger, "nl"), reply.Text), "no call for 112")
            .StartTestAsync();
    }

    [Fact]
    public async Task An_urgent_message_that_answers_nothing_gets_the_acknowledgement_and_the_same_question_without_not_understood()
    {
        Activity? question = null;
        await new TestFlow(_host, locale: "nl-NL")
            .SendConversationUpdate()
            .AssertReplyEventually(reply => (question = reply).SuggestedActions is { Actions.Count: > 0 }, "the first question")
            .Send("ik wil dood")
            .AssertReply(reply => Assert.Contains("113", reply.Text, StringComparison.Ordinal), "113 Zelfmoordpreventie")
            .AssertReply(
                reply =>
                {
                    Assert.Equal(question!.Text, reply.Text);
                    Assert.Equal(
                        question.SuggestedActions!.Actions.Select(action => action.Title),
                        reply.SuggestedActions?.Actions.Select(action => action.Title) ?? []);
                },
                "the same question again")
            .AssertNoReply()
            .StartTestAsync();
    }

    [Fact]
    public async Task An_urgent_message_at_a_free_text_question_is_acknowledged_and_taken_as_the_answer()
    {
        Activity? question = null;
        await ToTheFreeTextAfterTheChecklist(new TestFlow(_host, locale: "nl-NL"))
            .Send("hij zei dat hij me vermoordt als ik wegga")
            .AssertReply(reply => Assert.StartsWith(Messages.Get(SafetyMessages.UrgentDisclosure, "nl"), reply.Text, StringComparison.Ordinal), "the acknowledgement")
            .AssertReply(reply => Assert.DoesNotContain("begrijp ik niet", (question = reply).Text ?? string.Empty, StringComparison.OrdinalIgnoreCase), "the dialog going on")
            .AssertNoReplyMatching(reply => reply.IsType(ActivityTypes.Event), "safety alert")
            .StartTestAsync();
    }

    [Fact]
    public async Task An_acute_English_message_while_the_conversation_is_Dutch_is_answered_with_112_in_English()
    {
        await AssertAcuteAnswer(
                new TestFlow(_host, locale: "nl-NL").SendConversationUpdate().SkipReplies().Send("he has a knife and says he will kill me"),
                "en")
            .AssertNoReply()
            .StartTestAsync();
    }

    /// <summary>Danger now that the guard reads from the parts of a situation (something grabbed and going after someone, climbing in at the house, a death threat with a means at hand, children watching violence), not from a phrase it knows.</summary>
    [Theory]
    [InlineData("he grabbed the iron and is going after my mum")]
    [InlineData("my ex climbed over the fence and is in the back garden")]
    [InlineData("he says I won't see tomorrow and he has a hammer")]
    [InlineData("the kids are watching while he kicks her")]
    public async Task Danger_now_read_from_the_parts_of_a_situation_in_English_while_the_conversation_is_Dutch_gets_112_in_English(string message)
    {
        await AssertAcuteAnswer(new TestFlow(_host, locale: "nl-NL").SendConversationUpdate().SkipReplies().Send(message), "en")
            .AssertNoReply()
            .StartTestAsync();
    }

    [Fact]
    public async Task Wanting_to_die_is_answered_with_113_and_the_conversation_goes_on()
    {
        Activity? question = null;
        await new TestFlow(_host, locale: "nl-NL")
            .SendConversationUpdate()
            .AssertReplyEventually(reply => (question = reply).SuggestedActions is { Actions.Count: > 0 }, "the first question")
            .Send("ik wil dood")
            .AssertReply(
                reply =>
                {
                    Assert.StartsWith(Messages.Get("suicide_thoughts", "nl"), reply.Text, StringComparison.Ordinal);
                    Assert.Contains("113", reply.Text, StringComparison.Ordinal);
                    Assert.Contains("0800-0113", reply.Text, StringComparison.Ordinal);
                },
                "113 Zelfmoordpreventie")
            .AssertReply(reply => Assert.Equal(question!.Text, reply.Text), "the same question again")
            .AssertNoReply()
            .StartTestAsync();
    }

    [Fact]
    public async Task Suicide_with_danger_now_is_answered_with_112_and_113()
    {
        await new TestFlow(_host, locale: "nl-NL")
            .SendConversationUpdate().SkipReplies()
            .Send("ik heb net alle pillen genomen, ik wil dood")
            .AssertReply(
                reply =>
                {
                    Assert.Contains("112", reply.Text!.Split('\n')[0], StringComparison.Ordinal);
                    Assert.Contains("0800-0113", reply.Text, StringComparison.Ordinal);
                },
                "112 first, then 113")
            .AssertReply(reply => Assert.Equal("takeabreak.safetyAlert", reply.Name), "the safety alert event")
            .StartTestAsync();
    }

    [Fact]
    public async Task A_button_of_the_waiting_question_is_not_read_as_a_disclosure_but_the_same_words_typed_with_more_are()
    {
        const string ParentHarmedByChild = "Een ouder die wordt mishandeld door een kind";
        await new TestFlow(_host, locale: "nl-NL")
            .SendConversationUpdate()
            .Send("Buur, familie, vriend of collega")
            .Send("buur")
            .SkipReplies()
            .Send(ParentHarmedByChild)
            .AssertNoReplyMatching(reply => reply.Text?.Contains("0800-2000", StringComparison.Ordinal) == true, "safety answer to a button")
            .Send("nu wordt mijn moeder mishandeld door mijn broer, hij slaat haar nu")
            .AssertReply(reply => Assert.Equal(Messages.Get(SafetyMessages.AcuteDanger, "nl"), reply.Text), "typed text is always read")
            .StartTestAsync();
    }

    [Fact]
    public async Task Option_ids_in_a_submitted_checklist_are_not_read_as_a_disclosure()
    {
        var about = new JsonObject();
        var signals = new JsonObject();
        await new TestFlow(_host, locale: "nl-NL")
            .SendConversationUpdate()
            .Send("Buur")
            .AssertReplyEventually(reply => Checklist(reply, about, "parent_harmed_by_child"), "the card: about whom")
            .SendSubmit(about)
            .AssertReplyEventually(reply => Checklist(reply, signals, "child_attacks_parent,child_threatens_parent"), "the card: the signs")
            .SendSubmit(signals)
            .AssertNoReplyMatching(
                reply => reply.IsType(ActivityTypes.Event) || reply.Text?.Contains("0800-2000", StringComparison.Ordinal) == true,
                "safety answer to option ids")
            .StartTestAsync();
    }

    [Fact]
    public async Task An_urgent_disclosure_at_the_serious_checklist_says_112_and_0800_2000_once_and_the_urgent_advice_follows_when_it_closes()
    {
        await ToTheFreeTextAfterTheChecklist(new TestFlow(_host, locale: "nl-NL"))
            .Send("een keer")
            .SkipReplies()
            .Send("hij heeft haar vorige week gewurgd")
            .AssertReplies(
                replies =>
                {
                    var messages = replies.Where(reply => reply.IsType(ActivityTypes.Message)).ToList();
                    var said = string.Join("\n", messages.Select(reply => reply.Text));
                    Assert.StartsWith("Dit is ernstig. Goed dat je het vertelt.", messages[0].Text, StringComparison.Ordinal);
                    Assert.Equal(1, Occurrences(said, "0800-2000"));
                    Assert.Equal(1, Occurrences(said, "112"));
                    Assert.InRange(messages.Count, 1, 3);
                },
                "the acknowledgement and the checklist kept open")
            .Send("klaar")
            .AssertReplies(
                replies =>
                {
                    var said = string.Join("\n", replies.Where(reply => reply.IsType(ActivityTypes.Message)).Select(reply => reply.Text));
                    Assert.Contains("Dringend", said, StringComparison.Ordinal);
                    Assert.DoesNotContain("Dit is ernstig. Goed dat je het vertelt.", said, StringComparison.Ordinal);
                },
                "the urgent advice, without the acknowledgement again")
            .StartTestAsync();
    }

    [Fact]
    public async Task A_first_English_message_about_shouting_and_a_smash_yesterday_gets_the_welcome_and_no_acknowledgement()
    {
        await new TestFlow(_host, locale: "en-GB")
            .Send("My neighbour's husband screams at her and I heard things smash yesterday")
            .AssertReplies(
                replies =>
                {
                    Assert.Contains("Moviera", replies[0].Text, StringComparison.Ordinal);
                    Assert.DoesNotContain(replies, reply => reply.Text?.Contains("This is serious", StringComparison.Ordinal) == true);
                    Assert.DoesNotContain(replies, reply => reply.IsType(ActivityTypes.Event));
                },
                "the welcome and the conversation")
            .StartTestAsync();
    }

    [Fact]
    public async Task An_urgent_first_message_gets_the_welcome_first_and_then_the_acknowledgement()
    {
        await new TestFlow(_host, locale: "en-GB")
            .Send("my husband beats me")
            .AssertReplies(
                replies =>
                {
                    var messages = replies.Where(reply => reply.IsType(ActivityTypes.Message)).ToList();
                    Assert.Contains("Moviera", messages[0].Text, StringComparison.Ordinal);
                    Assert.StartsWith("This is serious.", messages[1].Text, StringComparison.Ordinal);
                    Assert.Equal(1, Occurrences(string.Join("\n", messages.Select(reply => reply.Text)), "0800-2000"));
                    Assert.InRange(messages.Count, 2, 3);
                    Assert.DoesNotContain(replies, reply => reply.IsType(ActivityTypes.Event));
                },
                "the welcome, then the acknowledgement")
            .StartTestAsync();
    }

    [Fact]
    public async Task An_urgent_English_message_at_a_Dutch_choice_prompt_is_acknowledged_in_English_and_the_conversation_goes_on_with_a_question()
    {
        Activity? question = null;
        await new TestFlow(_host, locale: "nl-NL")
            .SendConversationUpdate()
            .AssertReplyEventually(reply => (question = reply).SuggestedActions is { Actions.Count: > 0 }, "the first question")
            .Send("my boyfriend hits me")
            .AssertReply(
                reply =>
                {
                    Assert.StartsWith("You are writing in English, so I will speak English with you now.", reply.Text, StringComparison.Ordinal);
                    Assert.Contains("This is serious.", reply.Text, StringComparison.Ordinal);
                },
                "the language line, then the acknowledgement in English")
            .AssertReplies(
                replies =>
                {
                    Assert.Contains(replies, reply => reply.SuggestedActions is { Actions.Count: > 0 } || reply.Attachments is { Count: > 0 });
                    Assert.DoesNotContain(replies, reply => reply.Text?.Contains("begrijp ik niet", StringComparison.OrdinalIgnoreCase) == true);
                    Assert.DoesNotContain(replies, reply => reply.IsType(ActivityTypes.Event));
                },
                "the conversation going on with a question")
            .StartTestAsync();
    }

    [Theory]
    [InlineData("nl-NL", "nl", "papa slaat mij", "child_disclosure")]
    [InlineData("nl-NL", "nl", "ik ben 12 en mijn stiefvader slaat me", "child_disclosure_young")]
    [InlineData("en-GB", "en", "my mum hits me", "child_disclosure")]
    public async Task A_child_telling_about_their_own_home_hears_of_De_Kindertelefoon_and_the_conversation_goes_on(string conversationLocale, string locale, string text, string answer)
    {
        Activity? question = null;
        await new TestFlow(_host, locale: conversationLocale)
            .SendConversationUpdate()
            .AssertReplyEventually(reply => (question = reply).SuggestedActions is { Actions.Count: > 0 }, "the first question")
            .Send(text)
            .AssertReplies(
                replies =>
                {
                    var messages = replies.Where(reply => reply.IsType(ActivityTypes.Message)).ToList();
                    var said = string.Join("\n", messages.Select(reply => reply.Text));
                    Assert.StartsWith(Messages.Get(answer, locale), messages[0].Text, StringComparison.Ordinal);
                    Assert.Equal(1, Occurrences(said, "0800-0432"));
                    Assert.Equal(1, Occurrences(said, "0800-2000"));
                    Assert.Equal(1, Occurrences(said, "112"));
                    Assert.InRange(messages.Count, 2, 3);
                    Assert.Contains(messages, reply => reply.SuggestedActions is { Actions.Count: > 0 } || reply.Attachments is { Count: > 0 });
                    Assert.DoesNotContain(replies, reply => reply.IsType(ActivityTypes.Event));
                },
                "De Kindertelefoon, Veilig Thuis and the conversation going on")
            .StartTestAsync();
    }

    [Theory]
    [InlineData("nl-NL", "nl", "mijn man heeft me vorige week gewurgd")]
    [InlineData("en-GB", "en", "my husband strangled me last week")]
    public async Task The_acknowledgement_leads_into_the_question_that_follows_without_asking_one_of_its_own(string conversationLocale, string locale, string text)
    {
        await new TestFlow(_host, locale: conversationLocale)
            .SendConversationUpdate()
            .AssertReplyEventually(reply => reply.SuggestedActions is { Actions.Count: > 0 }, "the first question")
            .Send(text)
            .AssertReply(
                reply =>
                {
                    var lines = reply.Text!.Split('\n');
                    Assert.Equal(Messages.Get(SafetyMessages.UrgentGoingOn, locale), lines[^1]);
                    Assert.DoesNotContain("?", lines[^1], StringComparison.Ordinal);
                },
                "the acknowledgement, ending with going on where we were")
            .AssertReplyEventually(reply => !string.IsNullOrEmpty(reply.Text), "the dialog going on")
            .StartTestAsync();
    }

    [Fact]
    public async Task An_acknowledgement_of_the_first_message_does_not_say_we_go_on_where_we_were()
    {
        await new TestFlow(_host, locale: "nl-NL")
            .Send("mijn man slaat me")
            .AssertReplies(
                replies =>
                {
                    var said = string.Join("\n", replies.Where(reply => reply.IsType(ActivityTypes.Message)).Select(reply => reply.Text));
                    Assert.Contains(Messages.Get(SafetyMessages.UrgentGoingOnFirst, "nl"), said, StringComparison.Ordinal);
                    Assert.DoesNotContain(Messages.Get(SafetyMessages.UrgentGoingOn, "nl"), said, StringComparison.Ordinal);
                },
                "the welcome, the acknowledgement and the conversation")
            .StartTestAsync();
    }

    private static int Occurrences(string text, string number) =>
        System.Text.RegularExpressions.Regex.Matches(text, $@"(?<![\w-]){System.Text.RegularExpressions.Regex.Escape(number)}(?![\w-])").Count;

    private static bool Checklist(Activity reply, JsonObject submit, string selection)
    {
        var key = reply.Attachments?.FirstOrDefault()?.Content?["actions"]?[0]?["data"]?["checklist"]?.GetValue<string>();
        if (key is null)
        {
            return false;
        }

        submit["checklist"] = key;
        submit["selection"] = selection;
        return true;
    }

    public void Dispose() => _host.Dispose();

    private static TestFlow ToTheFreeTextAfterTheChecklist(TestFlow flow) => flow
        .SendConversationUpdate()
        .Send("Buur, familie, vriend of collega")
        .Send("buur")
        .Send("1")
        .Send("2, 9")
        .SkipReplies();

    private TestFlow AssertAcuteAnswer(TestFlow flow, string locale) => flow
        .AssertReply(
            reply =>
            {
                Assert.Equal(ActivityTypes.Message, reply.Type);
                Assert.Equal(Messages.Get(SafetyMessages.AcuteDanger, locale), reply.Text);
                Assert.Contains("112", reply.Text!.Split('\n')[0], StringComparison.Ordinal);
            },
            "the acute-danger message first")
        .AssertReply(
            reply =>
            {
                Assert.Equal(ActivityTypes.Event, reply.Type);
                Assert.Equal("takeabreak.safetyAlert", reply.Name);
                Assert.Equal("acute", reply.Value?["level"]?.GetValue<string>());
            },
            "the safety alert event")
        .AssertReply(
            reply =>
            {
                Assert.Equal(Messages.Get(SafetyMessages.AcuteContinueOffer, locale), reply.Text);
                Assert.Equal(
                    [Messages.Get(SafetyMessages.AcuteContinue, locale), Messages.Get(SafetyMessages.AcuteRestart, locale)],
                    reply.SuggestedActions?.Actions.Select(action => action.Title ?? string.Empty) ?? []);
            },
            "the offer to go on or start again");
}
