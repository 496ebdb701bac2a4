namespace TakeABreak.Content;

/// <summary>The content in dialogs/ cannot be used; <see cref="Errors"/> names every problem with file and line.</summary>
public sealed class ContentValidationException : Exception
{
    public ContentValidationException(IReadOnlyList<ContentError> errors)
        : base($"The content in dialogs/ has {errors.Count} problem(s):" + Environment.NewLine + string.Join(Environment.NewLine, errors))
    {
        Errors = errors;
    }

    public IReadOnlyList<ContentError> Errors { get; }
}
