namespace TakeABreak.Dialogs.Content;

/// <summary>The content in dialogs/ cannot be used; <see cref="Errors"/> names every problem with file and line.</summary>
public sealed class ContentValidationException : Exception
{
    public ContentValidationException(IReadOnlyList<ContentError> errors)
        : base("The dialog content has problems:" + Environment.NewLine + string.Join(Environment.NewLine, errors))
    {
        Errors = errors;
    }

    public IReadOnlyList<ContentError> Errors { get; }
}
