namespace TakeABreak.Dialogs.Runtime;

/// <summary>The name of a registered action, known at start-up (for checking the content) without creating the action.</summary>
public sealed record DialogActionName(string Name);

/// <summary>The name of a registered text finder, known at start-up (for checking the content) without creating the finder.</summary>
public sealed record DialogTextFinderName(string Name);
