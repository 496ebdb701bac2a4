using TakeABreak.Bot.Consultations.Delivery;
using TakeABreak.Bot.Staff.Desk;
using TakeABreak.BotFramework.Schema;
using TakeABreak.BotFramework.Teams;
using TakeABreak.BotFramework.Turns;
using TakeABreak.Signalering.Consultations;
using TakeABreak.Storage.Consultations;

namespace TakeABreak.Bot.Teams;

/// <summary>
/// Oppakken and Afsluiten pressed on a request's card in the staff channel (Universal Actions: an
/// <c>adaptiveCard/action</c> invoke). Only Moviera staff may; the change goes through the same <see cref="StaffDesk"/>
/// as the staff page (rules, ETag, audit, outbox), and the answer is the refreshed card showing who did it and when.
/// The outbox entry of the change then updates the card in place for everyone.
/// </summary>
internal sealed partial class StaffCardActions(
    StaffDesk desk,
    IConsultationStore consultations,
    StaffCard cards,
    StaffCardTexts texts,
    TeamsStaff staff,
    TimeProvider timeProvider,
    ILogger<StaffCardActions> logger)
{
    public async Task HandleAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        var verb = AdaptiveCardInvoke.Verb(activity);
        var data = AdaptiveCardInvoke.Data(activity);
        var consultationId = data[StaffCard.IdKey]?.GetValueKind() == System.Text.Json.JsonValueKind.String ? data[StaffCard.IdKey]!.GetValue<string>() : null;
        if (verb is not (StaffCard.ClaimVerb or StaffCard.CloseVerb) || consultationId is null)
        {
            turnContext.InvokeResponse = AdaptiveCardInvoke.Error(400, "unknownAction", texts.Text("staff_not_allowed"));
            return;
        }

        if (!staff.IsStaff(activity))
        {
            LogRefused(logger, verb, activity.Conversation?.Id);
            turnContext.InvokeResponse = AdaptiveCardInvoke.Error(400, "notStaff", texts.Text("teams_staff_only"));
            return;
        }

        if (await consultations.GetAsync(consultationId, cancellationToken) is not { } stored)
        {
            turnContext.InvokeResponse = AdaptiveCardInvoke.Error(400, "notFound", texts.Text("staff_not_found"));
            return;
        }

        var who = TeamsStaff.NameOf(activity);
        StaffChangeResult result;
        if (verb == StaffCard.ClaimVerb)
        {
            result = await desk.ClaimAsync(stored.Record.Id, stored.ETag, who, cancellationToken);
        }
        else if (ConsultationOutcomeIds.TryParse(data[StaffCard.OutcomeKey]?.ToString(), out var outcome))
        {
            result = await desk.CloseAsync(stored.Record.Id, stored.ETag, who, outcome, cancellationToken);
        }
        else
        {
            turnContext.InvokeResponse = AdaptiveCardInvoke.Error(400, "outcomeRequired", texts.Text("staff_choose_outcome"));
            return;
        }

        // Refused by a rule (a colleague claimed it first, it is not claimed yet): the card as it is now, saying why.
        var current = result.Consultation ?? stored;
        var latest = (await consultations.GetAsync(stored.Record.Id, cancellationToken) ?? current).Record;
        turnContext.InvokeResponse = result.Status switch
        {
            StaffChangeStatus.NotAllowed when result.Refusal is { } refusal =>
                AdaptiveCardInvoke.Card(cards.Build(latest, timeProvider.GetUtcNow(), texts.Refusal(refusal, latest))),
            StaffChangeStatus.Done or StaffChangeStatus.Conflict or StaffChangeStatus.NotAllowed => AdaptiveCardInvoke.Card(cards.Build(latest, timeProvider.GetUtcNow())),
            _ => AdaptiveCardInvoke.Error(400, "notFound", texts.Text("staff_not_found")),
        };
    }

    [LoggerMessage(EventId = 3404, Level = LogLevel.Warning, Message = "Card action {Verb} refused: the sender is not on the staff list (conversation {ConversationId})")]
    private static partial void LogRefused(ILogger logger, string verb, string? conversationId);
}
