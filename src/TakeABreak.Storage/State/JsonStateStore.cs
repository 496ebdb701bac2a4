using System.Text.Json;
using TakeABreak.Storage.Protection;

namespace TakeABreak.Storage.State;

/// <summary>
/// Typed state over <see cref="IStore"/>: JSON, encrypted with <see cref="IPayloadProtector"/> (state may hold free text),
/// saved only if nobody else saved in between (ETag round trip).
/// </summary>
public sealed class JsonStateStore(IStore store, IPayloadProtector protector, JsonSerializerOptions? serializerOptions = null)
{
    private readonly JsonSerializerOptions _serializerOptions = serializerOptions ?? JsonSerializerOptions.Web;

    public async Task<StateEntry<T>?> ReadAsync<T>(string kind, string key, CancellationToken cancellationToken = default)
    {
        var item = await store.ReadAsync(kind, key, cancellationToken);
        if (item is null)
        {
            return null;
        }

        var json = protector.Unprotect(item.Data.ToArray());
        var value = JsonSerializer.Deserialize<T>(json, _serializerOptions)
            ?? throw new JsonException($"Stored {kind}/{key} holds JSON null where a {typeof(T).Name} was expected.");
        return new StateEntry<T>(kind, key, value, item.ETag);
    }

    /// <summary>The stored value, or a new one from <paramref name="create"/> that is stored only when saved.</summary>
    public async Task<StateEntry<T>> ReadOrNewAsync<T>(string kind, string key, Func<T> create, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(create);
        return await ReadAsync<T>(kind, key, cancellationToken) ?? new StateEntry<T>(kind, key, create(), null);
    }

    /// <summary>Saves the entry if it is unchanged since it was read (or still absent when new); returns it with the new ETag.</summary>
    public async Task<StateEntry<T>> SaveAsync<T>(StateEntry<T> entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var data = protector.Protect(JsonSerializer.SerializeToUtf8Bytes(entry.Value, _serializerOptions));
        var etag = entry.ETag is null
            ? await store.CreateAsync(entry.Kind, entry.Key, data, cancellationToken)
            : await store.WriteAsync(entry.Kind, entry.Key, data, entry.ETag, cancellationToken);
        return entry with { ETag = etag };
    }

    /// <summary>Deletes the entry if it is unchanged since it was read; an entry never saved is simply gone.</summary>
    public Task DeleteAsync<T>(StateEntry<T> entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return entry.ETag is null
            ? store.DeleteAsync(entry.Kind, entry.Key, null, cancellationToken)
            : store.DeleteAsync(entry.Kind, entry.Key, entry.ETag, cancellationToken);
    }
}
