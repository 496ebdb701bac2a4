using TakeABreak.Dialogs.Content;
using TakeABreak.Dialogs.Runtime;
using TakeABreak.Dialogs.Tests.Fixtures;

namespace TakeABreak.Dialogs.Tests.Runtime;

/// <summary>
/// A question marked <c>fill_early: skip</c> is skipped only for an answer the user told; a value an action set (a
/// proposal, such as the Teams account a professional writes from) is no answer, so the question is still asked.
/// </summary>
public sealed class SkippedOnlyWhenToldTests : IDisposable
{
    private readonly TestContentFolder _folder = new();
    private readonly DialogRunner _runner;

    public SkippedOnlyWhenToldTests()
    {
        _folder.Replace("flows/main.yaml", "into: colour\n", "into: colour\n          fill_early: skip\n");
        _folder.Replace("flows/main.yaml", "        say: [hello]\n", "        say: [hello]\n        action: propose_blue\n");
        var registry = new DialogExtensionRegistry([new DialogActionName(ProposeBlueAction.ActionName)], [], []);
        _runner = new DialogRunner(DialogContentLoader.Load(_folder.Path, registry.Names), registry, new DialogTurnActions([new ProposeBlueAction()]));
    }

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task A_value_an_action_set_does_not_skip_the_question_that_asks_it()
    {
        var replies = await _runner.StartAsync();

        Assert.Equal(["Hallo.", "Welke kleur?"], replies.Select(r => r.Text));
    }

    [Fact]
    public async Task The_answer_given_at_the_question_replaces_what_the_action_set()
    {
        await _runner.StartAsync();

        await _runner.SayAsync("rood");

        Assert.Equal(["red"], _runner.State.Values["colour"]);
    }

    private sealed class ProposeBlueAction : IDialogAction
    {
        public const string ActionName = "propose_blue";

        public string Name => ActionName;

        public Task RunAsync(DialogActionContext context, CancellationToken cancellationToken)
        {
            context.Values.Set("colour", "blue");
            return Task.CompletedTask;
        }
    }
}
