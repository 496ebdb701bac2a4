using TakeABreak.Dialogs.Runtime;
using TakeABreak.Dialogs.State;
using TakeABreak.Signalering.Consultations;
using TakeABreak.Storage;
using TakeABreak.Storage.Consultations;

namespace TakeABreak.Bot.Tests.Consultations;

/// <summary>A consultation store whose first <paramref name="failures"/> creates fail as if storage were out.</summary>
internal sealed class FlakyConsultationStore(IConsultationStore inner, int failures) : IConsultationStore
{
    private int _failuresLeft = failures;

    public Task<StoredConsultation> CreateAsync(string id, ConsultationRequest request, CancellationToken cancellationToken) =>
        Interlocked.Decrement(ref _failuresLeft) >= 0
            ? throw new StorageUnavailableException("Storage is out (test).")
            : inner.CreateAsync(id, request, cancellationToken);

    public Task<StoredConsultation?> GetAsync(string id, CancellationToken cancellationToken) => inner.GetAsync(id, cancellationToken);

    public Task<StoredConsultation?> FindByReferenceAsync(string reference, CancellationToken cancellationToken) => inner.FindByReferenceAsync(reference, cancellationToken);

    public IAsyncEnumerable<StoredConsultation> ListAsync(CancellationToken cancellationToken) => inner.ListAsync(cancellationToken);

    public Task<StoredConsultation> ReplaceAsync(ConsultationRecord record, string ifMatchETag, CancellationToken cancellationToken) =>
        inner.ReplaceAsync(record, ifMatchETag, cancellationToken);
}

/// <summary>
/// Dialog state whose save fails once the conversation holds a stored request's reference: the host "dies" between
/// storing the request and saving the turn, so the confirmation is never sent.
/// </summary>
internal sealed class DyingAfterStoringStateStore(IDialogStateStore inner) : IDialogStateStore
{
    private int _died;

    public Task<StoredDialogState?> LoadAsync(string conversationKey, CancellationToken cancellationToken) => inner.LoadAsync(conversationKey, cancellationToken);

    public Task<string> SaveAsync(string conversationKey, DialogState state, string? expectedETag, CancellationToken cancellationToken) =>
        state.Values.ContainsKey("consultation_reference") && Interlocked.Exchange(ref _died, 1) == 0
            ? throw new InvalidOperationException("The host stopped (test).")
            : inner.SaveAsync(conversationKey, state, expectedETag, cancellationToken);

    public Task DeleteAsync(string conversationKey, CancellationToken cancellationToken) => inner.DeleteAsync(conversationKey, cancellationToken);
}
