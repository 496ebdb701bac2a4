using System.Collections.Concurrent;
using System.Globalization;
using TakeABreak.Dialogs.Runtime;

namespace TakeABreak.Dialogs.State;

/// <summary>Keeps dialog states in this process (tests, and until the host backs the store with storage).</summary>
public sealed class InMemoryDialogStateStore : IDialogStateStore
{
    private readonly ConcurrentDictionary<string, (string Json, string ETag)> _states = new(StringComparer.Ordinal);
    private long _version;

    public Task<StoredDialogState?> LoadAsync(string conversationKey, CancellationToken cancellationToken) =>
        Task.FromResult(_states.TryGetValue(conversationKey, out var stored)
            ? new StoredDialogState(DialogStateSerializer.Deserialize(stored.Json), stored.ETag, stored.Json)
            : null);

    public Task<string> SaveAsync(string conversationKey, DialogState state, string? expectedETag, CancellationToken cancellationToken)
    {
        var etag = Interlocked.Increment(ref _version).ToString(CultureInfo.InvariantCulture);
        var json = DialogStateSerializer.Serialize(state);
        var saved = expectedETag is null
            ? _states.TryAdd(conversationKey, (json, etag))
            : _states.TryGetValue(conversationKey, out var current) && current.ETag == expectedETag
                && _states.TryUpdate(conversationKey, (json, etag), current);
        return saved ? Task.FromResult(etag) : throw new DialogStateConflictException(conversationKey);
    }

    public Task DeleteAsync(string conversationKey, CancellationToken cancellationToken)
    {
        _states.TryRemove(conversationKey, out _);
        return Task.CompletedTask;
    }
}
