using TakeABreak.Dialogs.Content;
using TakeABreak.Dialogs.Runtime;

namespace TakeABreak.Dialogs.Tests.Fixtures;

/// <summary>Runs a <see cref="DialogMachine"/> over one conversation's state, turn by turn, without any host.</summary>
public sealed class DialogRunner(DialogContent content, DialogExtensionRegistry? extensions = null)
{
    private static readonly IServiceProvider NoServices = new EmptyServiceProvider();

    public DialogMachine Machine { get; } = new(content, extensions ?? new DialogExtensionRegistry([], [], []));

    public DialogState State { get; set; } = new();

    public static DialogRunner Load(string folder) => new(DialogContentLoader.Load(folder, RegisteredExtensions.None));

    public Task<IReadOnlyList<DialogReply>> StartAsync(string? locale = null) =>
        Machine.RunAsync(State, DialogInput.Started(locale), NoServices, CancellationToken.None);

    public Task<IReadOnlyList<DialogReply>> SayAsync(string text, string? locale = null) =>
        Machine.RunAsync(State, DialogInput.Message(text, locale), NoServices, CancellationToken.None);

    public Task<IReadOnlyList<DialogReply>> SubmitAsync(System.Text.Json.Nodes.JsonObject value) =>
        Machine.RunAsync(State, DialogInput.Message(null, null, value), NoServices, CancellationToken.None);
}

/// <summary>A service provider without services, for runs that need none.</summary>
public sealed class EmptyServiceProvider : IServiceProvider
{
    public object? GetService(Type serviceType) => null;
}
