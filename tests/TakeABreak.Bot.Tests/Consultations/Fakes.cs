using TakeABreak.BotFramework.Turns;
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
/// The host "dies" after a request was stored, while its confirmation (the reference) is being sent: the confirmation
/// never reaches the person and the turn's dialog state is never saved.
/// </summary>
internal sealed class DyingBeforeConfirmingMiddleware : IMiddleware
{
    private int _died;

    public Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken)
    {
        turnContext.OnSendActivities((context, activities, send) =>
            activities.Any(activity => activity.Text?.Contains("Je referentie is", StringComparison.Ordinal) == true) && Interlocked.Exchange(ref _died, 1) == 0
                ? throw new InvalidOperationException("The host stopped (test).")
                : send());
        return next(cancellationToken);
    }
}
