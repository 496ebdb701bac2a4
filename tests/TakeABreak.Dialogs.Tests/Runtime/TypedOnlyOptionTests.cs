using TakeABreak.Dialogs.Content;
using TakeABreak.Dialogs.Runtime;
using TakeABreak.Dialogs.Tests.Fixtures;

namespace TakeABreak.Dialogs.Tests.Runtime;

/// <summary>
/// An option marked <c>button: false</c> is chosen when it is typed, but is not shown as a button, and a number typed alone
/// counts through the buttons only ("stap 3" at "Wil je de stappen één voor één zien?" while the buttons stay Ja and Nee).
/// </summary>
public sealed class TypedOnlyOptionTests : IDisposable
{
    private readonly TestContentFolder _folder = new();
    private readonly DialogRunner _runner;

    public TypedOnlyOptionTests()
    {
        _folder.Replace("flows/main.yaml", "- { id: green, label: green }\n", "- { id: green, label: green }\n            - { id: purple, label: purple, button: false }\n");
        _folder.Replace("strings/strings.yaml", "green: { nl: Groen, en: Green }\n", "green: { nl: Groen, en: Green }\n  purple: { nl: Paars, en: Purple }\n");
        var registry = new DialogExtensionRegistry([], [], []);
        _runner = new DialogRunner(DialogContentLoader.Load(_folder.Path, registry.Names), registry, new DialogTurnActions([]));
    }

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task A_typed_only_option_is_no_button()
    {
        var replies = await _runner.StartAsync();

        var question = Assert.Single(replies, reply => reply.Text == "Welke kleur?");
        Assert.Equal(["red", "blue", "green"], question.Choices.Select(choice => choice.Id));
    }

    [Fact]
    public async Task A_typed_only_option_is_chosen_when_typed()
    {
        await _runner.StartAsync();

        await _runner.SayAsync("paars");

        Assert.Equal(["purple"], _runner.State.Values["colour"]);
    }

    [Fact]
    public async Task A_number_alone_counts_through_the_buttons_only()
    {
        await _runner.StartAsync();

        var replies = await _runner.SayAsync("4");

        Assert.False(_runner.State.Values.ContainsKey("colour"));
        Assert.Contains(replies, reply => reply.Text == "Welke kleur?");
    }
}
