namespace TakeABreak.Dialogs.Runtime;

/// <summary>The actions one turn can run, found by name; an action that depends on the turn is the turn's own instance.</summary>
public sealed class DialogTurnActions(IEnumerable<IDialogAction> actions)
{
    private readonly IDialogAction[] _actions = [.. actions];

    /// <summary>No actions: for running the dialogs where no step may do work outside them (asking a question again).</summary>
    public static DialogTurnActions None { get; } = new([]);

    public IDialogAction Get(string name)
    {
        // a handful of actions, run a few times per conversation: a scan costs less than building an index per turn
        foreach (var action in _actions)
        {
            if (action.Name == name)
            {
                return action;
            }
        }

        throw new InvalidOperationException($"The action '{name}' is not registered.");
    }
}
