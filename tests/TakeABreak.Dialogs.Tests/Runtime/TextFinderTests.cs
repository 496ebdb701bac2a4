using System.Text.RegularExpressions;
using TakeABreak.Dialogs.Content;
using TakeABreak.Dialogs.Runtime;
using TakeABreak.Dialogs.Tests.Fixtures;

namespace TakeABreak.Dialogs.Tests.Runtime;

/// <summary>
/// A <c>text</c> question that <c>finds</c> a value (a number inside "ja, bel me op …") keeps what it finds, and with
/// <c>fill_early: skip</c> takes it from any message on the way: at a yes/no question before it, or at a single choice
/// whose option leads to it. And <c>end: all</c> ends the conversation, also below a dialog begun by an interruption.
/// </summary>
public sealed partial class TextFinderTests : IDisposable
{
    private const string Flow = """
        $schema: ../schemas/flow.schema.json
        version: 1
        dialogs:
          main:
            steps:
              - id: ask_sure
                confirm:
                  prompt: ask_sure
                  into: sure
                  yes: ask_way
                  no: bye
              - id: ask_way
                choice:
                  prompt: ask_way
                  into: way
                  fill_early: skip
                  options:
                    - { id: word, label: way_word, next: ask_word }
                    - { id: number, label: way_number, next: ask_number }
              - id: ask_word
                text:
                  prompt: ask_word
                  into: word
                next: bye
              - id: ask_number
                text:
                  prompt: ask_number
                  into: number
                  finds: digits
                  fill_early: skip
                  understood: understood_number
              - id: bye
                say: [bye]
          help:
            steps:
              - id: explain
                say: [help_text]
              - id: close
                end: all
        """;

    private const string Strings = """
        $schema: ../schemas/strings.schema.json
        version: 1
        strings:
          ask_way: { nl: Hoe?, en: How? }
          way_word: { nl: Een woord, en: A word }
          way_number: { nl: Een nummer, en: A number }
          ask_word: { nl: Welk woord?, en: Which word? }
          ask_number: { nl: Welk nummer?, en: Which number? }
          understood_number: { nl: "nummer {0}", en: "number {0}" }
        """;

    private readonly TestContentFolder _folder = new();
    private readonly DialogRunner _runner;

    public TextFinderTests()
    {
        _folder.Write("flows/main.yaml", Flow);
        _folder.Write("strings/finder.yaml", Strings);
        var registry = new DialogExtensionRegistry([], [], [], [new DigitsFinder()]);
        _runner = new DialogRunner(DialogContentLoader.Load(_folder.Path, registry.Names), registry);
    }

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task A_yes_that_holds_what_a_question_ahead_finds_answers_the_way_to_it_and_the_question()
    {
        await _runner.StartAsync();

        var replies = await _runner.SayAsync("ja, het is 123456");

        Assert.Equal(["Ik begrijp: nummer 123456.", "Doei."], replies.Select(r => r.Text));
        Assert.Equal(["number"], _runner.State.Values["way"]);
        Assert.Equal(["123456"], _runner.State.Values["number"]);
    }

    [Fact]
    public async Task A_choice_answered_with_only_what_one_option_leads_to_takes_that_option()
    {
        await _runner.StartAsync();
        await _runner.SayAsync("ja");

        var replies = await _runner.SayAsync("123456");

        Assert.Equal("Doei.", replies[^1].Text);
        Assert.Equal(["number"], _runner.State.Values["way"]);
        Assert.Equal(["123456"], _runner.State.Values["number"]);
    }

    [Fact]
    public async Task The_question_that_finds_keeps_only_what_it_finds_in_a_sentence()
    {
        await _runner.StartAsync();
        await _runner.SayAsync("ja");
        await _runner.SayAsync("een nummer");

        await _runner.SayAsync("dat is 123456 denk ik");

        Assert.Equal(["123456"], _runner.State.Values["number"]);
    }

    [Fact]
    public async Task A_message_that_holds_nothing_to_find_leaves_the_questions_to_be_asked()
    {
        await _runner.StartAsync();

        var replies = await _runner.SayAsync("ja");

        Assert.Equal("Hoe?", replies[^1].Text);
        Assert.False(_runner.State.Values.ContainsKey("number"));
    }

    [Fact]
    public async Task An_end_all_in_a_dialog_begun_at_a_question_ends_the_conversation_instead_of_asking_again()
    {
        await _runner.StartAsync();

        var replies = await _runner.SayAsync("help");

        Assert.Equal(["Dit is hulp."], replies.Select(r => r.Text));
        Assert.Empty(_runner.State.Stack);
    }

    private sealed partial class DigitsFinder : IDialogTextFinder
    {
        public string Name => "digits";

        public string? Find(string text, string locale, DialogContent content) => Digits().Match(text) is { Success: true } match ? match.Value : null;

        [GeneratedRegex(@"\d{4,}")]
        private static partial Regex Digits();
    }
}
