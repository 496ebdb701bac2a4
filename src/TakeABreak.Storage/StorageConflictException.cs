namespace TakeABreak.Storage;

/// <summary>The item changed (or appeared, or disappeared) since it was read: re-read and retry, never overwrite.</summary>
public sealed class StorageConflictException : Exception
{
    public StorageConflictException(string kind, string key, string message, Exception? innerException = null)
        : base($"Storage conflict on {kind}/{key}: {message}", innerException)
    {
        Kind = kind;
        Key = key;
    }

    public string Kind { get; }

    public string Key { get; }
}
