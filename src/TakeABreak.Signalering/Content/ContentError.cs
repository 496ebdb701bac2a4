namespace TakeABreak.Signalering.Content;

/// <summary>One problem in a content file. Line is 1-based; 0 means the file as a whole.</summary>
public sealed record ContentError(string File, int Line, string Message)
{
    public override string ToString() => Line > 0 ? $"{File}:{Line}: {Message}" : $"{File}: {Message}";
}
