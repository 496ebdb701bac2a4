namespace TakeABreak.Content;

/// <summary>
/// One problem in a content file, precise enough for a content editor to fix it. <see cref="Line"/> is 1-based; 0 means
/// the file as a whole. <see cref="Within"/> names the part of the file, such as "dialog 'main', step 'ask_about'".
/// </summary>
public sealed record ContentError(string File, int Line, string Message)
{
    public string? Within { get; init; }

    /// <summary>"flows/main.yaml:42 (dialog 'main', step 'ask_about'): what is wrong."</summary>
    public override string ToString() =>
        (Line > 0 ? $"{File}:{Line}" : File) + (Within is null ? string.Empty : $" ({Within})") + ": " + Message;
}
