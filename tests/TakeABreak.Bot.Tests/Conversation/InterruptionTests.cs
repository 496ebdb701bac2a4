using Microsoft.Extensions.DependencyInjection;
using TakeABreak.Bot.Testing.Conversations;

namespace TakeABreak.Bot.Tests.Conversation;

public sealed class InterruptionTests(ConversationHostFixture fixture) : IClassFixture<ConversationHostFixture>
{
    private readonly ConversationTestHost _host = fixture.Host;

    /// <summary>Every kind of question in the conversation, with the way to get there and the question's text.</summary>
    public static TheoryData<string, string> Prompts() => new()
    {
        { "role", "Wat past het best bij jou?" },
        { "field", "In welk werkveld werk je?" },
        { "about", "Over wie maak je je zorgen? Je kunt meer dan één kiezen." },
        { "signals", "Wat heb je gemerkt? Kies alles wat past" },
        { "frequency", "Hoe vaak gebeurt het?" },
        { "serious", "Is een van deze dingen gebeurd?" },
        { "meldcode", "Wil je de stappen één voor één zien?" },
        { "offer", "Wil je dit bespreken met iemand van Moviera?" },
        { "feedback", "Had je iets aan dit gesprek?" },
    };

    /// <summary>The names of <see cref="Prompts"/>, for tests that do not need the question's text.</summary>
    public static TheoryData<string> PromptNames() => [.. Prompts().Select(row => (string)row[0])];

    public static TheoryData<string, string, string> PromptsAndInterruptions()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var prompt in Prompts())
        {
            foreach (var (typed, answer) in new[]
            {
                ("help", "Ik stel je steeds één vraag."),
                ("wat doet veilig thuis?", "Veilig Thuis is er voor slachtoffers"),
                ("ik wil een mens spreken", "Vind je het goed dat we dit naar Moviera sturen?"),
            })
            {
                data.Add((string)prompt[0], (string)prompt[1], $"{typed}|{answer}");
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(PromptsAndInterruptions))]
    public async Task Interruptions_work_at_every_question_and_then_ask_it_again(string prompt, string question, string interruption)
    {
        var (typed, answer) = (interruption.Split('|')[0], interruption.Split('|')[1]);

        var flow = To(prompt, $"{prompt}-{typed}");
        if (typed == "ik wil een mens spreken" && prompt == "field")
        {
            // A professional whose request names no one is first asked whom it is about.
            flow.Expect(typed, "Over wie gaat je vraag aan Moviera?").Expect("over een kind", answer);
        }
        else
        {
            flow.Expect(typed, answer);
        }

        if (typed == "ik wil een mens spreken")
        {
            flow.Expect("nee", "Er wordt niets verstuurd.");
        }

        // At the offer to talk with Moviera, asking for a person is its yes: after "nee" to sending, the offer is not asked again.
        var then = typed == "ik wil een mens spreken" && prompt == "offer" ? "Had je iets aan dit gesprek?" : question;
        await flow
            .AssertReplyEventually(r => r.Text!.StartsWith(then, StringComparison.Ordinal), $"the question '{then}'")
            .StartTestAsync();
    }

    [Theory]
    [MemberData(nameof(PromptNames))]
    public async Task Restart_at_every_question_goes_back_to_the_welcome(string prompt)
    {
        await To(prompt, $"{prompt}-restart")
            .Expect("opnieuw", "Hallo. Ik ben de digitale assistent van Moviera.")
            .AssertReplyEventually(r => r.Text == "Wat past het best bij jou?", "the first question")
            .StartTestAsync();
    }

    [Theory]
    [MemberData(nameof(PromptNames))]
    public async Task Stop_at_every_question_ends_calmly(string prompt)
    {
        await To(prompt, $"{prompt}-stop")
            .Expect("stop", "Het gesprek is gestopt.")
            .AssertNoReply()
            .StartTestAsync();
    }

    [Theory]
    [MemberData(nameof(Prompts))]
    public async Task Switching_to_English_at_every_question_asks_it_again_in_English(string prompt, string question)
    {
        await To(prompt, $"{prompt}-english")
            .Expect("English", "I will speak English with you now.")
            .AssertReply(r => Assert.False(string.IsNullOrEmpty(r.Text)), "the question again")
            .SkipReplies()
            .Send("nederlands")
            .AssertReply("Ik praat nu Nederlands met je.")
            .AssertReply(r => Assert.StartsWith(question, r.Text, StringComparison.Ordinal), question)
            .StartTestAsync();
    }

    [Fact]
    public async Task After_two_misses_the_choices_come_again_with_112_and_Veilig_Thuis_and_an_answer_is_still_taken()
    {
        await new TestFlow(_host, "nl-NL", conversationId: "unrecognised")
            .Start()
            .Send("blauw")
            .AssertReply("Dat begrijp ik niet goed. Probeer het nog een keer, of kies een knop.")
            .AssertReply("Wat past het best bij jou?")
            .Send("groen")
            .AssertReply(r => Assert.Contains("Bel 112", r.Text, StringComparison.Ordinal), "112")
            .AssertReply(r => Assert.Equal(7, r.SuggestedActions!.Actions.Count), "the choices again")
            .Send("geel")
            .AssertReply("Dat begrijp ik niet goed. Probeer het nog een keer, of kies een knop.")
            .AssertReply("Wat past het best bij jou?")
            .Expect("ik ben de buurvrouw", "Over wie maak je je zorgen?")
            .StartTestAsync();
    }

    [Fact]
    public async Task The_not_understood_help_names_112_and_Veilig_Thuis_once_each()
    {
        var text = _host.Services.GetRequiredService<TakeABreak.Dialogs.Content.DialogContent>().Strings.Text(TakeABreak.Dialogs.Content.EngineStrings.NotUnderstoodHelp, "nl");

        Assert.Single(System.Text.RegularExpressions.Regex.Matches(text, "112"));
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(text, "0800-2000"));
    }

    [Fact]
    public async Task Typed_answers_are_recognised_by_number_label_and_close_spelling_in_both_languages()
    {
        await new TestFlow(_host, "nl-NL", conversationId: "recognition")
            .Start()
            .Expect("Profesionel", "In welk werkveld werk je?")
            .Expect("school", "Waar wil je mee beginnen?")
            .Expect("signalen bespreeken", "Over wie maak je je zorgen?")
            .Expect("an older person, Een kind", "Wat heb je gemerkt?")
            .StartTestAsync();
    }

    private TestFlow To(string prompt, string conversationId)
    {
        var flow = new TestFlow(_host, "nl-NL", conversationId: conversationId).Start();
        return prompt switch
        {
            "role" => flow,
            "field" => flow.Expect("5", "In welk werkveld werk je?"),
            "about" => flow.Expect("4", "Over wie maak je je zorgen?"),
            "signals" => flow.Expect("4", "Over wie maak je je zorgen?").Expect("1", "Wat heb je gemerkt?"),
            "frequency" => flow.Expect("4", "Over wie maak je je zorgen?").Expect("1", "Wat heb je gemerkt?").Expect("2", "Hoe vaak gebeurt het?"),
            "serious" => flow.Expect("4", "Over wie maak je je zorgen?").Expect("1", "Wat heb je gemerkt?").Expect("2", "Hoe vaak gebeurt het?")
                .Expect("weet ik niet", "Is een van deze dingen gebeurd?"),
            "meldcode" => flow.Expect("5", "In welk werkveld werk je?").Expect("1", "Waar wil je mee beginnen?").Expect("2", "Over wie maak je je zorgen?").Expect("2", "Wat heb je gemerkt?")
                .ToAssessment("1", "weet ik niet", "geen van deze", "Wil je de stappen één voor één zien?"),
            "offer" => flow.Expect("4", "Over wie maak je je zorgen?").Expect("1", "Wat heb je gemerkt?")
                .ToAssessment("1, 2, 3", "weet ik niet", "geen van deze", "Wil je dit bespreken met iemand van Moviera?"),
            "feedback" => flow.Expect("1", "Over wie maak je je zorgen?").Expect("5", "Had je iets aan dit gesprek?"),
            _ => throw new ArgumentOutOfRangeException(nameof(prompt), prompt, "Unknown prompt."),
        };
    }
}
