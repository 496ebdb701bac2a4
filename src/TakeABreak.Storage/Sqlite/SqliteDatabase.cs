using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;

namespace TakeABreak.Storage.Sqlite;

/// <summary>
/// One database file, owned by one process: its connections, its schema, and the translation of its failures.
/// The first use takes the file's owner lock (<see cref="SqliteFileOwner"/>), so a second host on the same file refuses
/// to start instead of racing this one; turns of one conversation are then kept in order by the host's in-process lock.
/// </summary>
public sealed class SqliteDatabase : IDisposable
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
        DROP TABLE IF EXISTS conversation_locks;
        """;

    private const int MaxIdleConnections = 16;
    private readonly string _connectionString;
    private readonly string _synchronous;
    private readonly SemaphoreSlim _creating = new(1, 1);
    private readonly SemaphoreSlim _writing = new(1, 1);
    private readonly ConditionalWeakTable<SQLitePCL.sqlite3, string> _configured = new();
    private readonly ConcurrentBag<PreparedConnection> _idle = [];
    private SqliteFileOwner? _owner;
    private int _created;

    /// <param name="fsyncEveryCommit">
    /// True: every connection runs with <c>synchronous = FULL</c>, so the WAL is fsynced on each commit and a write that
    /// returned survives a power loss (records). False: <c>synchronous = NORMAL</c>, the WAL is fsynced only at
    /// checkpoints, so a write that returned survives a crash of the process but the last commits may be lost in a
    /// power loss or an operating system crash (expiring conversation state).
    /// </param>
    public SqliteDatabase(string filePath, bool fsyncEveryCommit = false)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(filePath);
        _synchronous = fsyncEveryCommit ? "PRAGMA synchronous = FULL" : "PRAGMA synchronous = NORMAL";
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

    /// <summary>
    /// Takes the file's owner lock and creates the folder, the file and the tables if missing.
    /// </summary>
    /// <exception cref="SqliteDatabaseInUseException">Another process owns the file.</exception>
    public async Task EnsureCreatedAsync(CancellationToken cancellationToken = default)
    {
        if (Volatile.Read(ref _created) == 1)
        {
            return;
        }

        await _creating.WaitAsync(cancellationToken);
        try
        {
            if (_created == 1)
            {
                return;
            }

            await RunAsync(async () =>
            {
                Directory.CreateDirectory(Path.GetDirectoryName(FilePath)!);
                _owner ??= SqliteFileOwner.Take(FilePath);
                await using var connection = new SqliteConnection(_connectionString);
                await connection.OpenAsync(cancellationToken);
                await using var command = connection.CreateCommand();
                command.CommandText = Schema;
                await command.ExecuteNonQueryAsync(cancellationToken);
                return 0;
            }, cancellationToken);
            Volatile.Write(ref _created, 1);
        }
        finally
        {
            _creating.Release();
        }
    }

    /// <summary>
    /// An open connection, kept open for the next caller when disposed: a store call then neither opens a connection
    /// nor takes Microsoft.Data.Sqlite's pool lock, which showed as contention in profiles under load; and it keeps the
    /// statements it prepared, so SQLite compiles each statement once per connection instead of on every call.
    /// </summary>
    public async Task<KeptConnection> OpenAsync(CancellationToken cancellationToken)
    {
        await EnsureCreatedAsync(cancellationToken);
        if (_idle.TryTake(out var idle))
        {
            return new KeptConnection(idle, this);
        }

        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);

        // Pooled connections keep their settings, so each underlying connection is set up once, not on every use.
        if (!_configured.TryGetValue(connection.Handle!, out _))
        {
            await using var durability = connection.CreateCommand();
            durability.CommandText = _synchronous;
            await durability.ExecuteNonQueryAsync(cancellationToken);
            _configured.AddOrUpdate(connection.Handle!, _synchronous);
        }

        return new KeptConnection(new PreparedConnection(connection), this);
    }

    internal void Keep(PreparedConnection connection)
    {
        if (Volatile.Read(ref _created) == 1 && _idle.Count < MaxIdleConnections)
        {
            _idle.Add(connection);
        }
        else
        {
            connection.Dispose();
        }
    }

    /// <summary>Closes the pooled connections of this file and gives up its ownership.</summary>
    public void Dispose()
    {
        if (_owner is null)
        {
            return;
        }

        Volatile.Write(ref _created, 0);
        while (_idle.TryTake(out var idle))
        {
            idle.Dispose();
        }

        SqliteConnection.ClearPool(new SqliteConnection(_connectionString));
        _owner.Dispose();
        _owner = null;
    }

    /// <summary>
    /// Runs a write, one at a time in this process. SQLite lets one writer in at a time anyway, and a writer that finds
    /// the file busy is retried by Microsoft.Data.Sqlite after a blocking sleep of its thread: under load (profiled), turns
    /// waited in those sleeps and held the thread pool's threads. Queued here, a write waits without a thread and starts
    /// the moment the one before it is done. This process owns the file (<see cref="SqliteFileOwner"/>), so no other
    /// process writes beside it.
    /// </summary>
    public async Task<T> RunWriteAsync<T>(Func<Task<T>> operation, CancellationToken cancellationToken)
    {
        await _writing.WaitAsync(cancellationToken);
        try
        {
            return await RunAsync(operation, cancellationToken);
        }
        finally
        {
            _writing.Release();
        }
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

/// <summary>A connection of <see cref="SqliteDatabase"/>; disposing it hands it back to be used again.</summary>
public sealed class KeptConnection : IAsyncDisposable
{
    private readonly SqliteDatabase _database;
    private PreparedConnection? _connection;

    internal KeptConnection(PreparedConnection connection, SqliteDatabase database) => (_connection, _database) = (connection, database);

    /// <summary>
    /// The command for <paramref name="sql"/> on this connection, without parameters; prepared at its first execution
    /// and kept prepared with the connection. It belongs to the connection: do not dispose it (dispose its readers).
    /// </summary>
    public SqliteCommand Command(string sql) => (_connection ?? throw new ObjectDisposedException(nameof(KeptConnection))).Command(sql);

    public ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _connection, null) is { } connection)
        {
            _database.Keep(connection);
        }

        return ValueTask.CompletedTask;
    }
}

/// <summary>An open connection with the commands it prepared, kept and ended together.</summary>
internal sealed class PreparedConnection(SqliteConnection connection) : IDisposable
{
    private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);

    public SqliteCommand Command(string sql)
    {
        if (!_commands.TryGetValue(sql, out var command))
        {
            command = connection.CreateCommand();
            command.CommandText = sql;
            _commands[sql] = command;
        }

        command.Parameters.Clear();
        return command;
    }

    public void Dispose()
    {
        foreach (var command in _commands.Values)
        {
            command.Dispose();
        }

        connection.Dispose();
    }
}
