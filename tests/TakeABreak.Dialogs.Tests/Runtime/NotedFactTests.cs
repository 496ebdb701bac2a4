using TakeABreak.Dialogs.Content;
using TakeABreak.Dialogs.Runtime;
using TakeABreak.Dialogs.Tests.Fixtures;

namespace TakeABreak.Dialogs.Tests.Runtime;

/// <summary>
/// A choice marked <c>fill_early: only</c> is never asked: a message on the way may tell it ("rood, en ik heb een kat"), and
/// it is kept without being said, for a later branch to test (the writer names both their parents).
/// </summary>
public sealed class NotedFactTests : IDisposable
{
    private readonly TestContentFolder _folder = new();
    private readonly DialogRunner _runner;

    public NotedFactTests()
    {
        _folder.Replace("flows/main.yaml", "      - id: ask_fruit\n",
            "      - id: note_pet\n        choice:\n          prompt: ask_colour\n          into: pet\n          fill_early: only\n"
            + "          options:\n            - { id: cat, label: cat }\n            - { id: dog, label: dog }\n      - id: ask_fruit\n");
        _folder.Replace("strings/strings.yaml", "green: { nl: Groen, en: Green }\n", "green: { nl: Groen, en: Green }\n  cat: { nl: Kat, en: Cat }\n  dog: { nl: Hond, en: Dog }\n");
        var registry = new DialogExtensionRegistry([], [], []);
        _runner = new DialogRunner(DialogContentLoader.Load(_folder.Path, registry.Names), registry, new DialogTurnActions([]));
    }

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task A_noted_fact_told_on_the_way_is_kept_and_not_said()
    {
        await _runner.StartAsync();

        var replies = await _runner.SayAsync("rood, en ik heb een kat");

        Assert.Equal(["cat"], _runner.State.Values["pet"]);
        Assert.DoesNotContain(replies, reply => reply.Text.Contains("kat", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(replies, reply => reply.Text == "Welk fruit?");
    }

    [Fact]
    public async Task A_noted_fact_not_told_is_never_asked()
    {
        await _runner.StartAsync();

        var replies = await _runner.SayAsync("rood");

        Assert.False(_runner.State.Values.ContainsKey("pet"));
        Assert.Contains(replies, reply => reply.Text == "Welk fruit?");
    }
}
