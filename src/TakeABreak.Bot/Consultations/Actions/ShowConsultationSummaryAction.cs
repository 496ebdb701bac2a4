using TakeABreak.Bot.Consultations.Submission;
using TakeABreak.Dialogs.Runtime;

namespace TakeABreak.Bot.Consultations.Actions;

/// <summary>
/// Shows exactly what will be sent, and fixes the request's idempotency id (kept in the dialog state from here on, so
/// sending twice, or again after a failure, stores one request).
/// </summary>
internal sealed class ShowConsultationSummaryAction(ConsultationRequestBuilder builder, ConsultationSummary summary, TimeProvider timeProvider) : IDialogAction
{
    public const string ActionName = "show_consultation_summary";

    public string Name => ActionName;

    public Task RunAsync(DialogActionContext context, CancellationToken cancellationToken)
    {
        if (!context.Values.Has(ConsultationValues.RequestId))
        {
            context.Values.Set(ConsultationValues.RequestId, Guid.NewGuid().ToString("N"));
        }

        var request = builder.Build(context.Values, "preview", string.Empty, timeProvider.GetUtcNow());
        context.Say(summary.Render(request, context.Locale));
        return Task.CompletedTask;
    }
}
