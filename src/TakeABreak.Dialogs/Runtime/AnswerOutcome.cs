namespace TakeABreak.Dialogs.Runtime;

/// <summary>What reading a message at a question came to.</summary>
internal enum AnswerOutcome
{
    Answered,
    NotUnderstood,

    /// <summary>The machine asked something itself (which of two, or the next question of a set).</summary>
    Asked,

    /// <summary>
    /// Signs named in words at a checklist that adds to a story: ticked, and the checklist stays open for more until
    /// "klaar", a card, typed numbers, or a message that answers a later question.
    /// </summary>
    Ticked,
}
