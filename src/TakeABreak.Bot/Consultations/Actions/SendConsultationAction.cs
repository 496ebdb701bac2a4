using TakeABreak.Bot.Consultations.Submission;
using TakeABreak.Dialogs.Runtime;
using TakeABreak.Signalering.Assessment;
using TakeABreak.Signalering.Consultations;
using TakeABreak.Signalering.Consultations.Contact;
using TakeABreak.Signalering.Understanding;

namespace TakeABreak.Bot.Consultations.Actions;

/// <summary>
/// Stores the request and only then confirms it with the reference, what happens next and when, 0800-2000 and 112. When
/// storing fails it says so, gives the numbers and goes back to the summary question ("consultation_result": stored,
/// failed). Contact details leave the dialog state once stored.
/// </summary>
internal sealed partial class SendConsultationAction(
    ConsultationTurn turn,
    ConsultationSubmission submission,
    ConsultationRequestBuilder builder,
    ConsultationSummary summary,
    IEnumerable<IStaffSummaryWriter> summaryWriters,
    TimeProvider timeProvider,
    ILogger<SendConsultationAction> logger) : IDialogAction
{
    public const string ActionName = "send_consultation";

    public string Name => ActionName;

    public async Task RunAsync(DialogActionContext context, CancellationToken cancellationToken)
    {
        var wording = ConsultationWording.For(context);
        var requestId = context.Values.GetSingle(ConsultationValues.RequestId) ?? Guid.NewGuid().ToString("N");
        context.Values.Set(ConsultationValues.RequestId, requestId);

        var request = builder.Build(context.Values, turn.ChannelId ?? "unknown", wording.Version, timeProvider.GetUtcNow());
        var template = summary.RenderForStaff(request);
        request = request with { Summary = summaryWriters.LastOrDefault() is { } writer ? await writer.WriteAsync(request, template, cancellationToken) : template };

        await turn.EnsureStateCurrentAsync(cancellationToken);
        ConsultationRecord? record;
        try
        {
            record = await submission.SubmitAsync(requestId, request, turn.ConversationKey, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogStoreFailed(logger, requestId, exception.GetType().Name, exception);
            record = await FindQuietlyAsync(requestId, cancellationToken);
        }

        if (record is null)
        {
            context.Values.Set(ConsultationValues.Result, "failed");
            context.Say(wording.Text("consultation_store_failed"));
            context.Say(wording.Text("consultation_resources"));
            return;
        }

        turn.ConfirmationSent = true;
        context.Values.Set(ConsultationValues.Result, "stored");
        context.Values.Set(ConsultationValues.Reference, record.Reference);
        foreach (var name in ConsultationValues.ContactValues.Append(ConsultationValues.RequestId).Append(ConsultationValues.RequestUrgency))
        {
            context.Values.Remove(name);
        }

        context.Say(wording.WithReference("consultation_confirmed", record.Reference));
        context.Say(wording.Text(record.Request.Contact.Way == ContactWay.PersonContactsMoviera ? "consultation_next_steps_self" : "consultation_next_steps_contact"));
        if (record.Request.Contact.Way == ContactWay.PersonContactsMoviera)
        {
            context.Say(wording.Text("moviera_contact"));
        }
        else if (record.Request.Urgency != UrgencyLevel.Acute)
        {
            // When: said once more now that it is sent (acute: the 112 line below says what comes first).
            context.Say(wording.Optional("consultation_how_soon_" + record.Request.Urgency.ToId()) ?? wording.Text("consultation_how_soon_information"));
        }

        context.Say(wording.Text("consultation_resources"));
    }

    private async Task<ConsultationRecord?> FindQuietlyAsync(string requestId, CancellationToken cancellationToken)
    {
        try
        {
            return await submission.FindAsync(requestId, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogStoreFailed(logger, requestId, exception.GetType().Name, exception);
            return null;
        }
    }

    [LoggerMessage(EventId = 3103, Level = LogLevel.Error, Message = "Storing consultation {ConsultationId} failed with {ExceptionType}")]
    private static partial void LogStoreFailed(ILogger logger, string consultationId, string exceptionType, Exception exception);
}
