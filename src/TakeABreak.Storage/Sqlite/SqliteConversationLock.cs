using Microsoft.Extensions.Logging;
using TakeABreak.Storage.Locking;

namespace TakeABreak.Storage.Sqlite;

/// <summary>
/// A lock row per conversation in the database file: safe across processes sharing the file,
/// renewed while held, deleted on release, and taken over once it has expired (its holder died).
/// </summary>
public sealed class SqliteConversationLock(
    SqliteDatabase database,
    TimeProvider timeProvider,
    TimeSpan lockDuration,
    ILogger<SqliteConversationLock> logger) : IConversationLock, IStaleLockCleaner
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(20);
    private readonly InProcessKeyedLock _local = new();

    public async ValueTask<IAsyncDisposable> AcquireAsync(string conversationKey, CancellationToken cancellationToken = default)
    {
        StorageKinds.EnsureValidKey(conversationKey, nameof(conversationKey));
        var local = await _local.AcquireAsync(conversationKey, cancellationToken);
        try
        {
            var owner = Guid.NewGuid().ToString("N");
            while (!await TryAcquireAsync(conversationKey, owner, cancellationToken))
            {
                await Task.Delay(PollInterval, timeProvider, cancellationToken);
            }

            var renewal = new LockRenewal(timeProvider, lockDuration, token => RenewAsync(conversationKey, owner, token), logger);
            return new Held(this, conversationKey, owner, renewal, local, logger);
        }
        catch
        {
            local.Dispose();
            throw;
        }
    }

    public Task<int> RemoveStaleLocksAsync(DateTimeOffset cutoff, CancellationToken cancellationToken) =>
        database.RunAsync(async () =>
        {
            await using var connection = await database.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = "DELETE FROM conversation_locks WHERE expires_at <= $cutoff";
            command.Parameters.AddWithValue("$cutoff", cutoff.ToUnixTimeMilliseconds());
            return await command.ExecuteNonQueryAsync(cancellationToken);
        }, cancellationToken);

    private Task<bool> TryAcquireAsync(string key, string owner, CancellationToken cancellationToken) =>
        database.RunAsync(async () =>
        {
            var now = timeProvider.GetUtcNow();
            await using var connection = await database.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = """
                INSERT INTO conversation_locks (conversation_key, owner, expires_at) VALUES ($key, $owner, $expires)
                ON CONFLICT (conversation_key) DO UPDATE SET owner = excluded.owner, expires_at = excluded.expires_at
                WHERE conversation_locks.expires_at <= $now
                """;
            command.Parameters.AddWithValue("$key", key);
            command.Parameters.AddWithValue("$owner", owner);
            command.Parameters.AddWithValue("$expires", (now + lockDuration).ToUnixTimeMilliseconds());
            command.Parameters.AddWithValue("$now", now.ToUnixTimeMilliseconds());
            return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
        }, cancellationToken);

    private Task RenewAsync(string key, string owner, CancellationToken cancellationToken) =>
        ExecuteForOwnerAsync("UPDATE conversation_locks SET expires_at = $expires WHERE conversation_key = $key AND owner = $owner", key, owner, cancellationToken);

    private Task ReleaseAsync(string key, string owner) =>
        ExecuteForOwnerAsync("DELETE FROM conversation_locks WHERE conversation_key = $key AND owner = $owner", key, owner, CancellationToken.None);

    private Task<int> ExecuteForOwnerAsync(string sql, string key, string owner, CancellationToken cancellationToken) =>
        database.RunAsync(async () =>
        {
            await using var connection = await database.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            command.Parameters.AddWithValue("$key", key);
            command.Parameters.AddWithValue("$owner", owner);
            command.Parameters.AddWithValue("$expires", (timeProvider.GetUtcNow() + lockDuration).ToUnixTimeMilliseconds());
            return await command.ExecuteNonQueryAsync(cancellationToken);
        }, cancellationToken);

    private sealed class Held(SqliteConversationLock owner, string key, string ownerId, LockRenewal renewal, IDisposable local, ILogger log) : IAsyncDisposable
    {
        private int _disposed;

        public async ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 1)
            {
                return;
            }

            try
            {
                await renewal.DisposeAsync();
                await owner.ReleaseAsync(key, ownerId);
            }
            catch (StorageUnavailableException exception)
            {
                log.LogWarning(exception, "Releasing a conversation lock failed; it expires by itself.");
            }
            finally
            {
                local.Dispose();
            }
        }
    }
}
