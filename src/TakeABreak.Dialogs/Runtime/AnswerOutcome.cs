namespace TakeABreak.Dialogs.Runtime;

/// <summary>What reading a message at a question came to.</summary>
internal enum AnswerOutcome
{
    Answered,
    NotUnderstood,

    /// <summary>The machine asked something itself (which of two, or the next question of a set).</summary>
    Asked,
}
