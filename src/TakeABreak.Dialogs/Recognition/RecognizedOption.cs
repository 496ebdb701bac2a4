namespace TakeABreak.Dialogs.Recognition;

/// <summary>An option as the recognizer sees it: an id and every text that means it (label, other spellings, id).</summary>
public sealed record RecognizableOption(string Id, IReadOnlyList<string> Texts);
