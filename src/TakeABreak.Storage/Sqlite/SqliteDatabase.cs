using Microsoft.Data.Sqlite;

namespace TakeABreak.Storage.Sqlite;

/// <summary>The one database file: its connections, its schema, and the translation of its failures.</summary>
public sealed class SqliteDatabase
{
    private const string Schema = """
        PRAGMA journal_mode = WAL;
        CREATE TABLE IF NOT EXISTS items (
            kind TEXT NOT NULL,
            key TEXT NOT NULL,
            data BLOB NOT NULL,
            etag TEXT NOT NULL,
            last_modified INTEGER NOT NULL,
            PRIMARY KEY (kind, key)
        ) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS conversation_locks (
            conversation_key TEXT NOT NULL PRIMARY KEY,
            owner TEXT NOT NULL,
            expires_at INTEGER NOT NULL
        ) WITHOUT ROWID;
        """;

    private readonly string _connectionString;
    private readonly bool _fsyncEveryCommit;
    private int _created;

    /// <param name="fsyncEveryCommit">
    /// Every connection runs with <c>synchronous = FULL</c>, so the WAL is fsynced on each commit and a write that
    /// returned survives a power loss, whatever SQLite's default may become for cheaper state.
    /// </param>
    public SqliteDatabase(string filePath, bool fsyncEveryCommit = false)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(filePath);
        _fsyncEveryCommit = fsyncEveryCommit;
        FilePath = Path.GetFullPath(filePath);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = FilePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
    }

    public string FilePath { get; }

    /// <summary>Creates the folder, the file and the tables if missing. Safe to call from several processes.</summary>
    public async Task EnsureCreatedAsync(CancellationToken cancellationToken = default)
    {
        if (Volatile.Read(ref _created) == 1)
        {
            return;
        }

        await RunAsync(async () =>
        {
            Directory.CreateDirectory(Path.GetDirectoryName(FilePath)!);
            await using var connection = new SqliteConnection(_connectionString);
            await connection.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = Schema;
            await command.ExecuteNonQueryAsync(cancellationToken);
            return 0;
        }, cancellationToken);
        Volatile.Write(ref _created, 1);
    }

    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        await EnsureCreatedAsync(cancellationToken);
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        if (_fsyncEveryCommit)
        {
            await using var durability = connection.CreateCommand();
            durability.CommandText = "PRAGMA synchronous = FULL";
            await durability.ExecuteNonQueryAsync(cancellationToken);
        }

        return connection;
    }

    /// <summary>Runs <paramref name="operation"/>, turning provider failures into <see cref="StorageUnavailableException"/>.</summary>
    public async Task<T> RunAsync<T>(Func<Task<T>> operation, CancellationToken cancellationToken)
    {
        try
        {
            return await operation();
        }
        catch (Exception exception) when (IsOutage(exception, cancellationToken))
        {
            throw new StorageUnavailableException($"SQLite storage at '{FilePath}' failed: {exception.Message}", exception);
        }
    }

    private static bool IsOutage(Exception exception, CancellationToken cancellationToken) => exception switch
    {
        SqliteException or IOException or UnauthorizedAccessException => true,
        OperationCanceledException => !cancellationToken.IsCancellationRequested,
        _ => false,
    };
}
