namespace TakeABreak.Content;

/// <summary>
/// A part of the content read on another thread while the caller reads the rest, its problems kept apart until it is
/// joined, so that they are reported in the same order as when the parts are read one after the other.
/// </summary>
public sealed class ReadingAside<T>
    where T : class
{
    private readonly Task<T?> reading;
    private readonly List<ContentError> errors = [];

    private ReadingAside(Func<ICollection<ContentError>, T?> read) => reading = Task.Run(() => read(errors));

    /// <summary>Starts reading the part.</summary>
    public static ReadingAside<T> Start(Func<ICollection<ContentError>, T?> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        return new ReadingAside<T>(read);
    }

    /// <summary>Waits for the part, adds its problems to <paramref name="found"/> and returns it (null when it has problems).</summary>
    public T? Join(ICollection<ContentError> found)
    {
        ArgumentNullException.ThrowIfNull(found);
        var result = reading.GetAwaiter().GetResult();
        foreach (var error in errors)
        {
            found.Add(error);
        }

        return result;
    }
}
