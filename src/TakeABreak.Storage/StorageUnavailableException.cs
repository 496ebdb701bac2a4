namespace TakeABreak.Storage;

/// <summary>The storage provider could not be reached or failed; nothing was written by the failing call.</summary>
public sealed class StorageUnavailableException : Exception
{
    public StorageUnavailableException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
