namespace TakeABreak.Dialogs.Content;

/// <summary>One problem in a content file, precise enough for a content editor to fix it.</summary>
public sealed record ContentError(string File, int Line, string Message)
{
    public override string ToString() => $"{File}:{Line}: {Message}";
}
