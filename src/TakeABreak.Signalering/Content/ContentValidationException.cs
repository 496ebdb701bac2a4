namespace TakeABreak.Signalering.Content;

/// <summary>Thrown when content cannot be used; carries every problem found.</summary>
public sealed class ContentValidationException : Exception
{
    public ContentValidationException(IReadOnlyList<ContentError> errors)
        : base(Describe(errors))
    {
        Errors = errors;
    }

    public IReadOnlyList<ContentError> Errors { get; }

    private static string Describe(IReadOnlyList<ContentError> errors) =>
        "The content in dialogs/ has problems:" + Environment.NewLine +
        string.Join(Environment.NewLine, errors.Select(error => "  " + error));
}
