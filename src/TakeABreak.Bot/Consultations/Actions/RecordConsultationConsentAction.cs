using System.Globalization;
using TakeABreak.Dialogs.Runtime;

namespace TakeABreak.Bot.Consultations.Actions;

/// <summary>Remembers when the person agreed (the consent text version is the content version, stored with the request).</summary>
public sealed class RecordConsultationConsentAction(TimeProvider timeProvider) : IDialogAction
{
    public const string ActionName = "record_consultation_consent";

    public string Name => ActionName;

    public Task RunAsync(DialogActionContext context, CancellationToken cancellationToken)
    {
        context.Values.Set(ConsultationValues.ConsentAt, timeProvider.GetUtcNow().ToString("O", CultureInfo.InvariantCulture));
        return Task.CompletedTask;
    }
}
