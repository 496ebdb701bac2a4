namespace TakeABreak.Dialogs.Runtime;

/// <summary>One thing the bot says; a question carries what the user can answer with.</summary>
public sealed record DialogReply(string Text)
{
    /// <summary>Single-choice answers, shown as buttons.</summary>
    public IReadOnlyList<ReplyChoice> Choices { get; init; } = [];

    /// <summary>A multiple-choice checklist, shown as a card with a typed fallback.</summary>
    public ReplyChecklist? Checklist { get; init; }

    /// <summary>True when the bot waits for an answer to this reply.</summary>
    public bool ExpectsAnswer { get; init; }
}

public sealed record ReplyChoice(string Id, string Title);

/// <param name="Key">Identifies the question, so a submit of an old card can be told apart.</param>
public sealed record ReplyChecklist(string Key, IReadOnlyList<ReplyChoice> Options, string SubmitTitle, string NoneTitle, string Hint)
{
    /// <summary>The options earlier messages already ticked: shown ticked.</summary>
    public IReadOnlyList<string> Selected { get; init; } = [];
}
