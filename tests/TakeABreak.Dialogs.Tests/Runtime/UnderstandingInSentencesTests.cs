using TakeABreak.Dialogs.Tests.Fixtures;

namespace TakeABreak.Dialogs.Tests.Runtime;

/// <summary>Answers inside sentences, answers given before the question, and correcting a guess with "nee, …".</summary>
public sealed class UnderstandingInSentencesTests : IDisposable
{
    private readonly TestContentFolder _folder = new();
    private readonly DialogRunner _runner;

    public UnderstandingInSentencesTests()
    {
        _folder.Replace("flows/main.yaml", "into: colour\n", "into: colour\n          fill_early: skip\n");
        _folder.Replace("flows/main.yaml", "into: fruit\n", "into: fruit\n          fill_early: skip\n");
        _runner = DialogRunner.Load(_folder.Path);
    }

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task An_answer_inside_a_sentence_is_taken_and_said_in_one_line()
    {
        await _runner.StartAsync();

        var replies = await _runner.SayAsync("ik denk dat het lichtblauw was");

        Assert.Equal(["Ik begrijp: blauw.", "Welk fruit?"], replies.Select(r => r.Text));
        Assert.Equal(["blue"], _runner.State.Values["colour"]);
    }

    [Fact]
    public async Task Two_options_in_one_sentence_ask_which_one_showing_only_those_two()
    {
        await _runner.StartAsync();

        var replies = await _runner.SayAsync("rood of groen, dat weet ik niet meer");

        Assert.Equal("Welke bedoel je?", replies.Single().Text);
        Assert.Equal(["red", "green"], replies[0].Choices.Select(c => c.Id));
        Assert.False(_runner.State.Values.ContainsKey("colour"));
        Assert.Equal("Welk fruit?", (await _runner.SayAsync("groen")).Single().Text);
    }

    [Fact]
    public async Task A_story_as_the_first_message_gets_the_welcome_then_the_first_open_question()
    {
        var replies = await _runner.SayAsync("ik wil blauw en een peer");

        Assert.Equal(["Hallo.", "Ik begrijp: blauw; peer.", "Zeker?"], replies.Select(r => r.Text));
        Assert.Equal(["pear"], _runner.State.Values["fruit"]);
    }

    [Fact]
    public async Task A_message_at_one_question_also_answers_later_ones_which_are_then_skipped()
    {
        await _runner.StartAsync();

        var replies = await _runner.SayAsync("rood, en ik wil een appel en een pruim");

        Assert.Equal(["Ik begrijp: rood; appel, pruim.", "Hoe oud?"], replies.Select(r => r.Text));
        Assert.Equal(["apple", "plum"], _runner.State.Values["fruit"]);
    }

    [Fact]
    public async Task No_with_the_right_answer_corrects_a_wrong_guess()
    {
        await _runner.StartAsync();
        await _runner.SayAsync("ik denk lichtblauw");

        var replies = await _runner.SayAsync("nee, groen");

        Assert.Equal(["Ik begrijp: groen.", "Welk fruit?"], replies.Select(r => r.Text));
        Assert.Equal(["green"], _runner.State.Values["colour"]);
    }

    [Fact]
    public async Task Saying_the_guess_is_wrong_forgets_it_and_asks_again()
    {
        await _runner.StartAsync();
        await _runner.SayAsync("ik denk lichtblauw");

        var replies = await _runner.SayAsync("dat klopt niet");

        Assert.Equal("Welke kleur?", replies.Single().Text);
        Assert.False(_runner.State.Values.ContainsKey("colour"));
    }

    [Fact]
    public async Task A_button_answer_says_nothing_extra_and_is_not_taken_back_by_a_later_no()
    {
        await _runner.StartAsync();
        Assert.Equal("Welk fruit?", (await _runner.SayAsync("Rood")).Single().Text);

        var replies = await _runner.SayAsync("nee, groen");

        Assert.DoesNotContain(replies, reply => reply.Text.StartsWith("Ik begrijp", StringComparison.Ordinal));
        Assert.Equal(["red"], _runner.State.Values["colour"]);
    }
}
