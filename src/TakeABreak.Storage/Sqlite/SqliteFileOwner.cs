namespace TakeABreak.Storage.Sqlite;

/// <summary>
/// The lock that makes one process the owner of a database file: an exclusive lock on "{file}-owner" beside it,
/// held while the process runs and released by the operating system when it ends, however it ends.
/// </summary>
internal sealed class SqliteFileOwner : IDisposable
{
    private readonly FileStream _lock;

    private SqliteFileOwner(FileStream fileLock) => _lock = fileLock;

    /// <exception cref="SqliteDatabaseInUseException">Another process (or another host in this one) owns the file.</exception>
    public static SqliteFileOwner Take(string databasePath)
    {
        var lockPath = databasePath + "-owner";
        try
        {
            return new SqliteFileOwner(new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.None));
        }
        catch (IOException exception) when (File.Exists(lockPath))
        {
            throw new SqliteDatabaseInUseException(databasePath, exception);
        }
    }

    public void Dispose() => _lock.Dispose();
}

/// <summary>The SQLite file is owned by another running host: SQLite storage serves one instance.</summary>
public sealed class SqliteDatabaseInUseException(string databasePath, Exception inner) : InvalidOperationException(
    $"The SQLite database '{databasePath}' is already in use by another running TakeABreak.Bot host. SQLite storage " +
    "serves one instance: stop the other host, give this one its own Storage:Sqlite:DataFolder, or use Storage:Provider=Blob " +
    "for several instances.",
    inner)
{
    public string DatabasePath { get; } = databasePath;
}
