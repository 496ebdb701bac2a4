using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using TakeABreak.Storage.Health;

namespace TakeABreak.Storage.Sqlite;

/// <summary><see cref="IStore"/> on one SQLite file (WAL), owned by this process: reads run side by side, writes one after another.</summary>
public sealed class SqliteStore(SqliteDatabase database, TimeProvider timeProvider) : IStore, IStorageProbe
{
    public Task ProbeAsync(CancellationToken cancellationToken) =>
        database.RunAsync(async () =>
        {
            await using var connection = await database.OpenAsync(cancellationToken);
            var command = connection.Command("SELECT count(*) FROM (SELECT 1 FROM items LIMIT 1)");
            return await command.ExecuteScalarAsync(cancellationToken);
        }, cancellationToken);

    public Task<StoredItem?> ReadAsync(string kind, string key, CancellationToken cancellationToken = default)
    {
        StorageKinds.EnsureValidKind(kind);
        StorageKinds.EnsureValidKey(key);
        return database.RunAsync(async () =>
        {
            await using var connection = await database.OpenAsync(cancellationToken);
            var command = connection.Command("SELECT data, etag, last_modified FROM items WHERE kind = $kind AND key = $key");
            command.Parameters.AddWithValue("$kind", kind);
            command.Parameters.AddWithValue("$key", key);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            if (!await reader.ReadAsync(cancellationToken))
            {
                return null;
            }

            return new StoredItem(kind, key, (byte[])reader.GetValue(0), reader.GetString(1), FromUnixMilliseconds(reader.GetInt64(2)));
        }, cancellationToken);
    }

    public Task<string?> CurrentETagAsync(string kind, string key, CancellationToken cancellationToken = default)
    {
        StorageKinds.EnsureValidKind(kind);
        StorageKinds.EnsureValidKey(key);
        return database.RunAsync(async () =>
        {
            await using var connection = await database.OpenAsync(cancellationToken);
            var command = connection.Command("SELECT etag FROM items WHERE kind = $kind AND key = $key");
            command.Parameters.AddWithValue("$kind", kind);
            command.Parameters.AddWithValue("$key", key);
            return await command.ExecuteScalarAsync(cancellationToken) as string;
        }, cancellationToken);
    }

    public Task<string> WriteAsync(string kind, string key, ReadOnlyMemory<byte> data, string? ifMatchETag = null, CancellationToken cancellationToken = default)
    {
        StorageKinds.EnsureValidKind(kind);
        StorageKinds.EnsureValidKey(key);
        var sql = ifMatchETag is null
            ? """
              INSERT INTO items (kind, key, data, etag, last_modified) VALUES ($kind, $key, $data, $etag, $now)
              ON CONFLICT (kind, key) DO UPDATE SET data = excluded.data, etag = excluded.etag, last_modified = excluded.last_modified
              """
            : "UPDATE items SET data = $data, etag = $etag, last_modified = $now WHERE kind = $kind AND key = $key AND etag = $ifMatch";
        return ExecuteWriteAsync(kind, key, data, sql, ifMatchETag, "the item changed or was deleted since it was read", cancellationToken);
    }

    public Task<string> CreateAsync(string kind, string key, ReadOnlyMemory<byte> data, CancellationToken cancellationToken = default)
    {
        StorageKinds.EnsureValidKind(kind);
        StorageKinds.EnsureValidKey(key);
        const string sql = """
            INSERT INTO items (kind, key, data, etag, last_modified) VALUES ($kind, $key, $data, $etag, $now)
            ON CONFLICT (kind, key) DO NOTHING
            """;
        return ExecuteWriteAsync(kind, key, data, sql, null, "the item already exists", cancellationToken);
    }

    public Task DeleteAsync(string kind, string key, string? ifMatchETag = null, CancellationToken cancellationToken = default)
    {
        StorageKinds.EnsureValidKind(kind);
        StorageKinds.EnsureValidKey(key);
        return database.RunWriteAsync(async () =>
        {
            await using var connection = await database.OpenAsync(cancellationToken);
            var command = connection.Command(ifMatchETag is null
                ? "DELETE FROM items WHERE kind = $kind AND key = $key"
                : "DELETE FROM items WHERE kind = $kind AND key = $key AND etag = $ifMatch");
            command.Parameters.AddWithValue("$kind", kind);
            command.Parameters.AddWithValue("$key", key);
            if (ifMatchETag is not null)
            {
                command.Parameters.AddWithValue("$ifMatch", ifMatchETag);
            }

            var deleted = await command.ExecuteNonQueryAsync(cancellationToken);
            if (deleted == 0 && ifMatchETag is not null)
            {
                throw new StorageConflictException(kind, key, "the item changed or was deleted since it was read");
            }

            return deleted;
        }, cancellationToken);
    }

    public async IAsyncEnumerable<StoredItemInfo> ListAsync(string kind, string keyPrefix = "", [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        StorageKinds.EnsureValidKind(kind);
        StorageKinds.EnsureValidKeyPrefix(keyPrefix);

        // Read the page fully so that no connection stays open while the caller works on the items.
        var items = await database.RunAsync(async () =>
        {
            await using var connection = await database.OpenAsync(cancellationToken);

            // Keys are printable ASCII, so every key with the prefix sorts below prefix + DEL.
            var command = connection.Command("""
                SELECT key, etag, last_modified FROM items
                WHERE kind = $kind AND key >= $prefix AND key < $upper ORDER BY key
                """);
            command.Parameters.AddWithValue("$kind", kind);
            command.Parameters.AddWithValue("$prefix", keyPrefix);
            command.Parameters.AddWithValue("$upper", keyPrefix + "\u007f");
            var found = new List<StoredItemInfo>();
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                found.Add(new StoredItemInfo(kind, reader.GetString(0), reader.GetString(1), FromUnixMilliseconds(reader.GetInt64(2))));
            }

            return found;
        }, cancellationToken);

        foreach (var item in items)
        {
            yield return item;
        }
    }

    private Task<string> ExecuteWriteAsync(
        string kind, string key, ReadOnlyMemory<byte> data, string sql, string? ifMatchETag, string conflictReason, CancellationToken cancellationToken)
    {
        return database.RunWriteAsync(async () =>
        {
            var etag = NewETag();
            await using var connection = await database.OpenAsync(cancellationToken);
            var command = connection.Command(sql);
            command.Parameters.AddWithValue("$kind", kind);
            command.Parameters.AddWithValue("$key", key);
            command.Parameters.Add("$data", SqliteType.Blob).Value = data.ToArray();
            command.Parameters.AddWithValue("$etag", etag);
            command.Parameters.AddWithValue("$now", timeProvider.GetUtcNow().ToUnixTimeMilliseconds());
            if (ifMatchETag is not null)
            {
                command.Parameters.AddWithValue("$ifMatch", ifMatchETag);
            }

            if (await command.ExecuteNonQueryAsync(cancellationToken) == 0)
            {
                throw new StorageConflictException(kind, key, conflictReason);
            }

            return etag;
        }, cancellationToken);
    }

    private static string NewETag() => $"\"{Guid.NewGuid():N}\"";

    private static DateTimeOffset FromUnixMilliseconds(long milliseconds) => DateTimeOffset.FromUnixTimeMilliseconds(milliseconds);
}
