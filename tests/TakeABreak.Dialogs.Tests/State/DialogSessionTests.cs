using TakeABreak.Dialogs.Runtime;
using TakeABreak.Dialogs.State;

namespace TakeABreak.Dialogs.Tests.State;

/// <summary>A turn's save is undone when its replies never reached the user: the conversation stays where they last saw it.</summary>
public sealed class DialogSessionTests
{
    private const string Conversation = "test:undo";
    private readonly InMemoryDialogStateStore _store = new();

    [Fact]
    public async Task Undoing_a_save_puts_back_the_state_the_turn_started_with()
    {
        await SaveAsync(new DialogSession(_store, Conversation), "vraag 1");
        var turn = new DialogSession(_store, Conversation);
        await SaveAsync(turn, "vraag 2");

        await turn.UndoSaveAsync(CancellationToken.None);

        Assert.Equal("vraag 1", await StepAsync());
    }

    [Fact]
    public async Task Undoing_the_first_save_of_a_conversation_leaves_it_without_state()
    {
        var turn = new DialogSession(_store, Conversation);
        await SaveAsync(turn, "vraag 1");

        await turn.UndoSaveAsync(CancellationToken.None);

        Assert.Null(await _store.LoadAsync(Conversation, CancellationToken.None));
    }

    [Fact]
    public async Task A_turn_that_saved_nothing_has_nothing_to_undo()
    {
        await SaveAsync(new DialogSession(_store, Conversation), "vraag 1");
        var turn = new DialogSession(_store, Conversation);
        await turn.StateAsync(CancellationToken.None);

        await turn.UndoSaveAsync(CancellationToken.None);

        Assert.Equal("vraag 1", await StepAsync());
    }

    private static async Task SaveAsync(DialogSession session, string step)
    {
        var state = await session.StateAsync(CancellationToken.None);
        state.Values["step"] = [step];
        session.MarkChanged();
        await session.SaveChangesAsync(CancellationToken.None);
    }

    private async Task<string?> StepAsync()
    {
        var stored = await _store.LoadAsync(Conversation, CancellationToken.None);
        return stored?.State.Values.TryGetValue("step", out var step) == true ? step[0] : null;
    }
}
