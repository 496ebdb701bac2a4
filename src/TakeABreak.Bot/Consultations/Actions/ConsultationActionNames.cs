namespace TakeABreak.Bot.Consultations.Actions;

/// <summary>The action names the consultation registers, for the content lint.</summary>
public static class ConsultationActionNames
{
    public static IReadOnlyList<string> All { get; } =
    [
        ExplainConsultationAction.ActionName,
        RecordConsultationConsentAction.ActionName,
        CheckContactPhoneAction.ActionName,
        CheckContactEmailAction.ActionName,
        CheckFirstNameAction.ActionName,
        ShowConsultationSummaryAction.ActionName,
        SendConsultationAction.ActionName,
        ForgetConsultationAction.ActionName,
        CountConversationAction.ActionName,
    ];
}
