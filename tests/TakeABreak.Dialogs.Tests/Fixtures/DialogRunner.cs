using TakeABreak.Dialogs.Content;
using TakeABreak.Dialogs.Runtime;

namespace TakeABreak.Dialogs.Tests.Fixtures;

/// <summary>Runs a <see cref="DialogMachine"/> over one conversation's state, turn by turn, without any host.</summary>
public sealed class DialogRunner(DialogContent content, DialogExtensionRegistry? extensions = null, DialogTurnActions? actions = null)
{
    private readonly DialogTurnActions _actions = actions ?? DialogTurnActions.None;

    public DialogMachine Machine { get; } = new(content, extensions ?? new DialogExtensionRegistry([], [], []));

    public DialogState State { get; set; } = new();

    public static DialogRunner Load(string folder) => new(DialogContentLoader.Load(folder, RegisteredExtensions.None));

    public Task<IReadOnlyList<DialogReply>> StartAsync(string? locale = null) =>
        Machine.RunAsync(State, DialogInput.Started(locale), _actions, CancellationToken.None);

    public Task<IReadOnlyList<DialogReply>> SayAsync(string text, string? locale = null) =>
        Machine.RunAsync(State, DialogInput.Message(text, locale), _actions, CancellationToken.None);

    public Task<IReadOnlyList<DialogReply>> SubmitAsync(System.Text.Json.Nodes.JsonObject value) =>
        Machine.RunAsync(State, DialogInput.Message(null, null, value), _actions, CancellationToken.None);
}
