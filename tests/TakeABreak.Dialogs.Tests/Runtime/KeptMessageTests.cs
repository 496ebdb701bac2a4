using TakeABreak.Dialogs.Runtime;
using TakeABreak.Dialogs.Tests.Fixtures;

namespace TakeABreak.Dialogs.Tests.Runtime;

/// <summary>
/// A message another part of the bot answered in the dialogs' place: what it tells for the questions ahead is kept
/// without a word, and said when the conversation goes on.
/// </summary>
public sealed class KeptMessageTests : IDisposable
{
    private const string Story = "ik wil blauw en een peer";

    private readonly TestContentFolder _folder = new();
    private readonly DialogRunner _runner;

    public KeptMessageTests()
    {
        _folder.Replace("flows/main.yaml", "into: colour\n", "into: colour\n          fill_early: skip\n");
        _folder.Replace("flows/main.yaml", "into: fruit\n", "into: fruit\n          fill_early: skip\n");
        _runner = DialogRunner.Load(_folder.Path);
    }

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task A_kept_message_fills_the_questions_it_answers_and_going_on_says_so_and_asks_the_next_open_one()
    {
        await _runner.StartAsync();

        _runner.Machine.KeepWhatIsTold(_runner.State, DialogInput.Message(Story));
        Assert.Equal(["blue"], _runner.State.Values["colour"]);
        Assert.Equal(["pear"], _runner.State.Values["fruit"]);

        var replies = await GoOnAsync();

        Assert.Equal(["Ik begrijp: blauw; peer.", "Zeker?"], replies.Select(r => r.Text));
    }

    [Fact]
    public async Task A_kept_first_message_goes_on_with_the_welcome_like_a_story_told_up_front()
    {
        _runner.Machine.KeepWhatIsTold(_runner.State, DialogInput.Message(Story));

        var replies = await GoOnAsync();

        Assert.Equal(["Hallo.", "Ik begrijp: blauw; peer.", "Zeker?"], replies.Select(r => r.Text));
    }

    [Fact]
    public async Task The_next_typed_message_also_goes_on_with_a_kept_message()
    {
        await _runner.StartAsync();
        _runner.Machine.KeepWhatIsTold(_runner.State, DialogInput.Message(Story));

        var replies = await _runner.SayAsync("ok");

        Assert.Equal(["Ik begrijp: blauw; peer.", "Zeker?"], replies.Select(r => r.Text));
    }

    [Fact]
    public async Task Starting_again_forgets_a_kept_message()
    {
        await _runner.StartAsync();
        _runner.Machine.KeepWhatIsTold(_runner.State, DialogInput.Message(Story));

        var replies = await _runner.Machine.RestartAsync(_runner.State, DialogTurnActions.None, CancellationToken.None);

        Assert.Equal(["Hallo.", "Welke kleur?"], replies.Select(r => r.Text));
        Assert.Empty(_runner.State.Values);
        Assert.Empty(_runner.State.UnsaidUnderstood);
    }

    [Fact]
    public async Task Going_on_without_a_kept_message_asks_the_waiting_question_again()
    {
        await _runner.StartAsync();
        _runner.Machine.KeepWhatIsTold(_runner.State, DialogInput.Message("help"));

        var replies = await GoOnAsync();

        Assert.Equal(["Welke kleur?"], replies.Select(r => r.Text));
    }

    private Task<IReadOnlyList<DialogReply>> GoOnAsync() =>
        _runner.Machine.GoOnAsync(_runner.State, DialogTurnActions.None, CancellationToken.None);
}
