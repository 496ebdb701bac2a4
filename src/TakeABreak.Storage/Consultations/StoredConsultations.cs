using System.Runtime.CompilerServices;
using System.Text;
using TakeABreak.Signalering.Consultations;
using TakeABreak.Storage.Protection;
using TakeABreak.Storage.Records;

namespace TakeABreak.Storage.Consultations;

/// <summary>
/// <see cref="IConsultationStore"/> on the <see cref="IDurableStore"/>. The whole record is encrypted (it holds contact
/// details and the person's own words); references are reserved in their own kind so two requests never share one.
/// </summary>
public sealed class StoredConsultations(IDurableStore store, IPayloadProtector protector, TimeProvider timeProvider) : IConsultationStore
{
    private const int ReferenceAttempts = 20;

    public async Task<StoredConsultation> CreateAsync(string id, ConsultationRequest request, CancellationToken cancellationToken)
    {
        EnsureValidId(id);
        ArgumentNullException.ThrowIfNull(request);
        if (await GetAsync(id, cancellationToken) is { } existing)
        {
            return existing;
        }

        var reference = await ReserveReferenceAsync(id, cancellationToken);
        var record = ConsultationRecord.Create(id, reference, request, timeProvider.GetUtcNow());
        try
        {
            var etag = await store.CreateAsync(RecordKinds.Consultation, id, Protect(record), cancellationToken);
            return new StoredConsultation(record, etag, Created: true);
        }
        catch (StorageConflictException)
        {
            await store.DeleteAsync(RecordKinds.ConsultationReference, reference, null, cancellationToken);
            return await GetAsync(id, cancellationToken)
                ?? throw new StorageConflictException(RecordKinds.Consultation, id, "it was created and deleted at the same time");
        }
    }

    public async Task<StoredConsultation?> GetAsync(string id, CancellationToken cancellationToken)
    {
        EnsureValidId(id);
        var item = await store.ReadAsync(RecordKinds.Consultation, id, cancellationToken);
        return item is null ? null : new StoredConsultation(Unprotect(item.Data), item.ETag);
    }

    public async Task<StoredConsultation?> FindByReferenceAsync(string reference, CancellationToken cancellationToken)
    {
        if (ConsultationReference.Normalize(reference) is not { } normalized)
        {
            return null;
        }

        var item = await store.ReadAsync(RecordKinds.ConsultationReference, normalized, cancellationToken);
        return item is null ? null : await GetAsync(Encoding.UTF8.GetString(item.Data.Span), cancellationToken);
    }

    public async IAsyncEnumerable<StoredConsultation> ListAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var keys = new List<string>();
        await foreach (var info in store.ListAsync(RecordKinds.Consultation, string.Empty, cancellationToken))
        {
            keys.Add(info.Key);
        }

        foreach (var key in keys)
        {
            if (await GetAsync(key, cancellationToken) is { } found)
            {
                yield return found;
            }
        }
    }

    public async Task<StoredConsultation> ReplaceAsync(ConsultationRecord record, string ifMatchETag, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentException.ThrowIfNullOrWhiteSpace(ifMatchETag);
        var etag = await store.WriteAsync(RecordKinds.Consultation, record.Id, Protect(record), ifMatchETag, cancellationToken);
        return new StoredConsultation(record, etag);
    }

    private async Task<string> ReserveReferenceAsync(string id, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < ReferenceAttempts; attempt++)
        {
            var reference = ConsultationReference.New();
            try
            {
                await store.CreateAsync(RecordKinds.ConsultationReference, reference, Encoding.UTF8.GetBytes(id), cancellationToken);
                return reference;
            }
            catch (StorageConflictException)
            {
                // Taken: draw another one.
            }
        }

        throw new InvalidOperationException($"No free consultation reference found in {ReferenceAttempts} attempts.");
    }

    private byte[] Protect(ConsultationRecord record) => protector.Protect(RecordJson.Serialize(record));

    private ConsultationRecord Unprotect(ReadOnlyMemory<byte> data) => RecordJson.Deserialize<ConsultationRecord>(protector.Unprotect(data.ToArray()));

    private static void EnsureValidId(string id)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        if (id.Length > 64 || !id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
        {
            throw new ArgumentException("A consultation id is 1 to 64 letters, digits, '-' or '_'.", nameof(id));
        }
    }
}
