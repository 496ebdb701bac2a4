namespace TakeABreak.Content;

/// <summary>The two ways to run a content reader that collects its problems: for lint (all problems) or to load (the content, or every problem at once).</summary>
public static class ContentReading
{
    /// <summary>Every problem the reader finds; empty when all is well.</summary>
    public static IReadOnlyList<ContentError> Problems<T>(Func<ICollection<ContentError>, T?> read)
        where T : class
    {
        var errors = new List<ContentError>();
        read(errors);
        return errors;
    }

    /// <exception cref="ContentValidationException">The content has problems; it lists every one with file, line and what is wrong.</exception>
    public static T Load<T>(Func<ICollection<ContentError>, T?> read)
        where T : class
    {
        var errors = new List<ContentError>();
        var content = read(errors);
        return content is not null && errors.Count == 0 ? content : throw new ContentValidationException(errors);
    }
}
