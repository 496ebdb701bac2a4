using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using TakeABreak.Storage.Records;

namespace TakeABreak.Storage.Consultations;

/// <summary>
/// Receipts keyed by a SHA-256 of the conversation key. Which conversations have one is also kept in memory
/// (loaded on first use and on <see cref="RefreshAsync"/>), so the check on every turn costs no storage read when
/// there is nothing to tell.
/// </summary>
public sealed class StoredConsultationReceipts(IDurableStore store) : IConsultationReceipts
{
    private readonly ConcurrentDictionary<string, byte> _open = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _loadLock = new(1, 1);
    private volatile bool _loaded;

    public async Task AddAsync(string conversationKey, string consultationId, CancellationToken cancellationToken)
    {
        var key = KeyOf(conversationKey);
        await store.WriteAsync(RecordKinds.ConsultationReceipt, key, Encoding.UTF8.GetBytes(consultationId), null, cancellationToken);
        _open[key] = 0;
    }

    public async Task<string?> FindAsync(string conversationKey, CancellationToken cancellationToken)
    {
        await EnsureLoadedAsync(cancellationToken);
        var key = KeyOf(conversationKey);
        if (!_open.ContainsKey(key))
        {
            return null;
        }

        var item = await store.ReadAsync(RecordKinds.ConsultationReceipt, key, cancellationToken);
        if (item is null)
        {
            _open.TryRemove(key, out _);
            return null;
        }

        return Encoding.UTF8.GetString(item.Data.Span);
    }

    public async Task RemoveAsync(string conversationKey, CancellationToken cancellationToken)
    {
        var key = KeyOf(conversationKey);
        await store.DeleteAsync(RecordKinds.ConsultationReceipt, key, null, cancellationToken);
        _open.TryRemove(key, out _);
    }

    public async Task RefreshAsync(CancellationToken cancellationToken)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var info in store.ListAsync(RecordKinds.ConsultationReceipt, string.Empty, cancellationToken))
        {
            keys.Add(info.Key);
        }

        foreach (var key in keys)
        {
            _open[key] = 0;
        }

        foreach (var key in _open.Keys.Where(key => !keys.Contains(key)).ToList())
        {
            _open.TryRemove(key, out _);
        }

        _loaded = true;
    }

    private async Task EnsureLoadedAsync(CancellationToken cancellationToken)
    {
        if (_loaded)
        {
            return;
        }

        await _loadLock.WaitAsync(cancellationToken);
        try
        {
            if (!_loaded)
            {
                await RefreshAsync(cancellationToken);
            }
        }
        finally
        {
            _loadLock.Release();
        }
    }

    private static string KeyOf(string conversationKey)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationKey);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(conversationKey)));
    }
}
