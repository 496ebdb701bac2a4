using TakeABreak.Bot.Testing.Conversations;

namespace TakeABreak.Bot.Tests.Conversation;

/// <summary>
/// What people type besides answers, in their own sentences: asking for a person, a language, a question about how
/// things work, small talk. Through the whole bot (safety guard included), Dutch and English.
/// </summary>
public sealed class IntentConversationTests(ConversationHostFixture fixture) : IClassFixture<ConversationHostFixture>
{
    private const string RoleQuestion = "Wat past het best bij jou?";
    private const string RoleQuestionEnglish = "What fits you best?";
    private const string Heard = "Dank je dat je dat vertelt.";
    private readonly ConversationTestHost _host = fixture.Host;

    [Theory]
    [InlineData("nl-NL", "ik wil met iemand praten", "Ik ben een digitale assistent, geen mens.")]
    [InlineData("nl-NL", "ik wil overleggen met iemand van moviera", "Ik ben een digitale assistent, geen mens.")]
    [InlineData("nl-NL", "ik wil graag met iemand van moviera praten", "Ik ben een digitale assistent, geen mens.")]
    [InlineData("en-US", "I want to talk to someone at Moviera", "I am a digital assistant, not a person.")]
    [InlineData("en-US", "can I talk to a real person please", "I am a digital assistant, not a person.")]
    public async Task Asking_for_a_person_in_a_sentence_starts_the_talk_to_a_person_dialog(string locale, string typed, string intro)
    {
        await Opened(locale, $"person-{typed}")
            .Send(typed)
            .AssertReply(intro)
            .StartTestAsync();
    }

    [Theory]
    [InlineData("ik wil geen mens spreken")]
    [InlineData("ik wil niet met iemand praten")]
    public async Task A_negated_request_for_a_person_is_not_the_request(string typed)
    {
        await Opened("nl-NL", $"not-person-{typed}")
            .Send(typed)
            .AssertReply(Heard)
            .AssertReply(RoleQuestion)
            .StartTestAsync();
    }

    [Theory]
    [InlineData("ik wil niet stoppen")]
    [InlineData("hij wil niet stoppen met slaan")]
    [InlineData("ze riep om hulp")]
    [InlineData("haar man is Engels")]
    public async Task Stories_and_negations_with_request_words_do_not_stop_help_or_switch(string typed)
    {
        await Opened("nl-NL", $"no-request-{typed}")
            .Send(typed)
            .AssertNoReplyMatching(
                reply => reply.Text is { } text && (text.StartsWith("Het gesprek is gestopt", StringComparison.Ordinal) || text.StartsWith("Ik stel je steeds", StringComparison.Ordinal) || text.Contains("English", StringComparison.Ordinal)),
                "stop, help or a language switch")
            .StartTestAsync();
    }

    [Fact]
    public async Task A_request_for_a_person_wins_over_an_answer_in_the_same_sentence()
    {
        await Opened("nl-NL", "person-and-answer")
            .Send("ik ben de buurvrouw, maar ik wil eigenlijk met iemand praten")
            .AssertReplyEventually(reply => reply.Text == "Ik ben een digitale assistent, geen mens.", "the talk-to-a-person dialog")
            .StartTestAsync();
    }

    [Theory]
    [InlineData("english please")]
    [InlineData("can we speak english")]
    [InlineData("kunnen we in het Engels praten")]
    public async Task Asking_for_English_in_a_sentence_switches_and_asks_the_question_again(string typed)
    {
        await Opened("nl-NL", $"english-{typed}")
            .Send(typed)
            .AssertReply("I will speak English with you now.")
            .AssertReply(RoleQuestionEnglish)
            .StartTestAsync();
    }

    [Fact]
    public async Task An_English_story_in_a_Dutch_conversation_switches_to_English_and_is_read_as_English()
    {
        await Opened("nl-NL", "english-story")
            .Send("Hi, I think my friend is being hurt by her boyfriend")
            // The guard acknowledges the disclosure too: the line that the bot goes on in English comes first, before it.
            .AssertReplyEventually(
                reply => reply.Text?.StartsWith("You are writing in English, so I will speak English with you now.", StringComparison.Ordinal) == true,
                "one line that the bot goes on in English, first")
            .AssertReplyEventually(
                reply => reply.Text?.Contains("you are family or a friend", StringComparison.Ordinal) == true,
                "the role read from the English sentence")
            .StartTestAsync();
    }

    [Fact]
    public async Task English_signs_at_a_Dutch_question_are_read_with_English_stems()
    {
        await Opened("nl-NL", "english-signs")
            .Send("1").Send("partner").SkipReplies()
            .Send("she had bruises on her arms")
            // The guard's disclosure reading acknowledges it, in the language it was written in, after the line that the bot goes on in English.
            .AssertReplyEventually(
                reply => reply.Text?.StartsWith("You are writing in English, so I will speak English with you now.", StringComparison.Ordinal) == true
                    && reply.Text.Contains("0800-2000", StringComparison.Ordinal) && reply.Text.Contains("That sounds serious.", StringComparison.Ordinal),
                "one line that the bot goes on in English, then the disclosure acknowledged in English")
            .AssertReplyEventually(reply => reply.Text?.Contains("I understood", StringComparison.Ordinal) == true, "the signs read from the English sentence")
            .AssertReplyEventually(reply => reply.Text?.StartsWith("Anything else?", StringComparison.Ordinal) == true, "more signs asked for, in English")
            .StartTestAsync();
    }

    [Fact]
    public async Task A_clearly_Dutch_message_in_an_English_conversation_switches_to_Dutch()
    {
        await Opened("en-US", "dutch-story")
            .Send("ik maak me zorgen om mijn buurvrouw")
            .AssertReply("Je schrijft Nederlands, dus ik praat nu Nederlands met je.")
            .StartTestAsync();
    }

    [Theory]
    [InlineData("ok")]
    [InlineData("nee")]
    [InlineData("Jan")]
    [InlineData("my neighbour")]
    public async Task One_ambiguous_word_never_switches_the_language(string typed)
    {
        await Opened("nl-NL", $"no-switch-{typed}")
            .Send(typed)
            .AssertNoReplyMatching(reply => reply.Locale != "nl" || reply.Text?.Contains("English", StringComparison.Ordinal) == true, "an English reply")
            .StartTestAsync();
    }

    [Fact]
    public async Task A_language_the_user_chose_is_kept_when_they_write_the_other_one()
    {
        await Opened("en-US", "chosen-language")
            .Send("Nederlands").SkipReplies()
            // A sign the guard does not answer itself: its answer to a serious disclosure is in the language of the message.
            .Send("she seems scared of him and she never goes out alone")
            .AssertNoReplyMatching(reply => reply.Text?.StartsWith("You are writing in English", StringComparison.Ordinal) == true || reply.Locale != "nl", "a switch to English")
            .StartTestAsync();
    }

    [Fact]
    public async Task What_can_I_do_gets_what_a_resident_can_do_and_the_question_again()
    {
        await Opened("nl-NL", "what-can-i-do")
            .Send("wat kan ik doen?")
            .AssertReply(reply => Assert.StartsWith("Wat kun je doen?", reply.Text, StringComparison.Ordinal), "what a resident can do")
            .AssertReply(RoleQuestion)
            .StartTestAsync();
    }

    [Fact]
    public async Task A_professional_asking_which_steps_gets_the_Meldcode_steps_the_offer_to_go_through_them_and_then_the_signs_offered()
    {
        // In the web chat, as in Teams, the Meldcode is offered as a question with buttons (since the thirty-first round).
        // The question asked there answers that offer (since the thirty-seventh round): the steps are not offered again.
        await Opened("nl-NL", "meldcode-steps")
            .Send("5").Send("1").SkipReplies()
            .Send("welke stappen moet ik nu zetten?")
            .AssertReply(reply => Assert.Contains("Die heeft vijf stappen", reply.Text, StringComparison.Ordinal), "the five Meldcode steps")
            .SkipReplies()
            .Send("nee")
            .AssertReply(reply => Assert.StartsWith("Wil je nu ook de signalen die je ziet met mij doorlopen?", reply.Text, StringComparison.Ordinal), "the signs offered")
            .StartTestAsync();
    }

    [Theory]
    [InlineData("nl-NL", "kan ik anoniem bellen?", "Advies vragen bij Veilig Thuis kan anoniem")]
    [InlineData("nl-NL", "wat gebeurt er als ik veilig thuis bel, horen ze dat ik het ben?", "Veilig Thuis weet wie er meldt")]
    [InlineData("en-US", "what should I say to her?", "Find a quiet moment")]
    public async Task A_question_in_a_sentence_gets_its_own_answer_and_then_the_question_again(string locale, string typed, string answer)
    {
        await Opened(locale, $"topic-{typed}")
            .Send(typed)
            .AssertReply(reply => Assert.Contains(answer, reply.Text, StringComparison.Ordinal), answer)
            .AssertReply(locale == "en-US" ? RoleQuestionEnglish : RoleQuestion)
            .StartTestAsync();
    }

    [Fact]
    public async Task Whether_the_family_hears_who_called_is_not_answered_with_what_Veilig_Thuis_is()
    {
        await Opened("nl-NL", "after-report-not-generic")
            .Send("wat gebeurt er als ik veilig thuis bel, horen ze dat ik het ben?")
            .AssertNoReplyMatching(reply => reply.Text?.StartsWith("Veilig Thuis is er voor slachtoffers", StringComparison.Ordinal) == true, "the generic Veilig Thuis answer")
            .StartTestAsync();
    }

    [Fact]
    public async Task A_question_inside_a_story_does_not_swallow_the_answers_in_it()
    {
        await Opened("nl-NL", "topic-in-story")
            .Send("1").Send("partner").SkipReplies()
            .Send("ik hoor haar schreeuwen, wat moet ik doen?")
            .AssertReply(reply => Assert.StartsWith("Ik begrijp", reply.Text, StringComparison.Ordinal), "what was understood from the story")
            .AssertReply(reply => Assert.StartsWith("Is er nog meer?", reply.Text, StringComparison.Ordinal), "the signs asked again for more")
            .StartTestAsync();
    }

    [Theory]
    [InlineData("hallo")]
    [InlineData("hoi")]
    [InlineData("goedemiddag")]
    public async Task A_greeting_at_the_first_question_gets_a_kind_reply_and_the_question(string typed)
    {
        await Opened("nl-NL", $"greeting-{typed}")
            .Send(typed)
            .AssertReply("Hallo, fijn dat je er bent.")
            .AssertReply(RoleQuestion)
            .StartTestAsync();
    }

    [Fact]
    public async Task Someone_unsure_whether_to_worry_is_reassured_and_asked_the_question()
    {
        await Opened("nl-NL", "unsure")
            .Send("hoi, ik weet niet goed of ik me zorgen moet maken")
            .AssertReply(reply => Assert.StartsWith("Goed dat je het uitzoekt.", reply.Text, StringComparison.Ordinal), "a short reassurance")
            .AssertReply(RoleQuestion)
            .StartTestAsync();
    }

    [Theory]
    [InlineData("nl-NL", "ok bedankt", "Graag gedaan.")]
    [InlineData("en-US", "thanks", "You are welcome.")]
    public async Task Thanks_is_acknowledged_not_misunderstood(string locale, string typed, string acknowledgement)
    {
        await Opened(locale, $"thanks-{typed}")
            .Send(typed)
            .AssertReply(acknowledgement)
            .AssertReply(locale == "en-US" ? RoleQuestionEnglish : RoleQuestion)
            .StartTestAsync();
    }

    [Theory]
    [InlineData("ok")]
    [InlineData("ja")]
    [InlineData("verder")]
    public async Task After_an_acute_answer_ok_yes_or_verder_goes_on_where_the_user_was(string typed)
    {
        await Opened("nl-NL", $"acute-then-{typed}")
            .Send("hij heeft nu een mes en zegt dat hij haar vanavond vermoordt")
            .AssertReplyEventually(reply => reply.Text?.StartsWith("Wil je verdergaan waar je was?", StringComparison.Ordinal) == true, "the offer to go on")
            .Send(typed)
            .AssertReply("Goed, we gaan verder.")
            .AssertReply(reply => Assert.StartsWith("Ik begrijp: er is gedreigd", reply.Text, StringComparison.Ordinal), "what the message with the danger told")
            .AssertReply(RoleQuestion)
            .StartTestAsync();
    }

    private TestFlow Opened(string locale, string conversationId) =>
        new TestFlow(_host, locale, conversationId: conversationId)
            .SendConversationUpdate()
            .AssertReplyEventually(reply => reply.Text == (locale.StartsWith("en", StringComparison.Ordinal) ? RoleQuestionEnglish : RoleQuestion), "the first question");
}
