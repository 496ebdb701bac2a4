using TakeABreak.Dialogs.Content;
using TakeABreak.Dialogs.Tests.Fixtures;

namespace TakeABreak.Dialogs.Tests.Runtime;

/// <summary>
/// A step's <c>set:</c> replaces values when the step starts (after <c>remember:</c>, which adds): an earlier answer that
/// turned out not to fit is what it is now, for the branches after it (a relative who is a young person at home).
/// </summary>
public sealed class ReplacedValueTests : IDisposable
{
    private readonly TestContentFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task A_set_value_replaces_the_answer_and_the_branch_after_it_follows_the_new_one()
    {
        _folder.Replace("flows/main.yaml", "      - id: route\n",
            "      - id: correct\n        set: { colour: [red], fruit: [plum] }\n      - id: route\n");
        var runner = DialogRunner.Load(_folder.Path);
        await runner.StartAsync();
        await runner.SayAsync("blauw");

        var replies = await runner.SayAsync("appel, peer");

        Assert.Equal(["red"], runner.State.Values["colour"]);
        Assert.Equal(["plum"], runner.State.Values["fruit"]);
        Assert.Contains(replies, reply => reply.Text == "Hoe oud?");
    }

    [Fact]
    public async Task Remember_adds_and_set_replaces_in_the_same_step()
    {
        _folder.Replace("flows/main.yaml", "      - id: route\n",
            "      - id: correct\n        remember: { fruit: [plum] }\n        set: { colour: [green] }\n      - id: route\n");
        var runner = DialogRunner.Load(_folder.Path);
        await runner.StartAsync();
        await runner.SayAsync("rood");

        await runner.SayAsync("appel");

        Assert.Equal(["green"], runner.State.Values["colour"]);
        Assert.Equal(["apple", "plum"], runner.State.Values["fruit"]);
    }

    [Fact]
    public void A_step_with_only_set_is_valid_content()
    {
        _folder.Replace("flows/main.yaml", "      - id: route\n", "      - id: correct\n        set: { colour: [red] }\n      - id: route\n");

        var content = DialogContentLoader.Load(_folder.Path, RegisteredExtensions.None);

        Assert.Equal(["red"], content.Dialog("main").Step("correct")!.Set["colour"]);
    }
}
