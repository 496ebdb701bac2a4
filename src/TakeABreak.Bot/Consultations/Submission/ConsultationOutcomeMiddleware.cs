using TakeABreak.BotFramework.Schema;
using TakeABreak.BotFramework.Turns;
using TakeABreak.Dialogs.Content;
using TakeABreak.Dialogs.Turns;
using TakeABreak.Storage.Consultations;
using IMiddleware = TakeABreak.BotFramework.Turns.IMiddleware;

namespace TakeABreak.Bot.Consultations.Submission;

/// <summary>
/// Closes the gap between "stored" and "confirmed": when an earlier turn stored a request but its confirmation may not
/// have reached the person (the turn failed, the host stopped), the next turn first tells them the outcome with the
/// reference. A receipt whose request does not exist is dropped without a word: nothing is ever confirmed that was
/// not stored. After a turn that sent a confirmation, its receipt is removed — once the turn is saved and its replies
/// delivered, so a turn that runs again or cannot be delivered keeps the receipt.
/// </summary>
internal sealed partial class ConsultationOutcomeMiddleware(
    IConsultationReceipts receipts,
    IConsultationStore store,
    DialogContent content,
    DialogEngine dialogs,
    TurnAftermath aftermath,
    ILogger<ConsultationOutcomeMiddleware> logger) : IMiddleware
{
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        var turn = turnContext.Services.GetRequiredService<ConsultationTurn>();
        turn.Context = turnContext;
        turn.ConversationKey = BotAdapter.ConversationKey(activity);
        turn.ChannelId = activity.ChannelId;

        if (activity.IsType(ActivityTypes.Message) || activity.IsType(ActivityTypes.Event) || activity.IsType(ActivityTypes.ConversationUpdate))
        {
            await TellEarlierOutcomeAsync(turnContext, turn.ConversationKey, cancellationToken);
        }

        await next(cancellationToken);

        if (turn.ConfirmationSent)
        {
            RemoveReceiptOnceDelivered(turnContext, turn.ConversationKey);
        }
    }

    private void RemoveReceiptOnceDelivered(ITurnContext turnContext, string conversationKey)
    {
        var activity = turnContext.Activity;
        aftermath.Add("remove consultation receipt", async token =>
        {
            try
            {
                await receipts.RemoveAsync(conversationKey, token);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // The receipt stays; the next turn tells the outcome once more, which is harmless.
                LogReceiptFailed(logger, activity.ChannelId, activity.Conversation?.Id, exception);
            }
        });
    }

    private async Task TellEarlierOutcomeAsync(ITurnContext turnContext, string conversationKey, CancellationToken cancellationToken)
    {
        try
        {
            if (await receipts.FindAsync(conversationKey, cancellationToken) is not { } consultationId)
            {
                return;
            }

            if (await store.GetAsync(consultationId, cancellationToken) is { } stored)
            {
                var locale = await dialogs.LocaleAsync(turnContext, cancellationToken);
                var text = content.Strings.Text("consultation_outcome_after_interruption", locale)
                    .Replace(ConsultationWording.ReferencePlaceholder, stored.Record.Reference, StringComparison.Ordinal);
                await turnContext.SendActivitiesAsync(
                    [
                        new Activity { Type = ActivityTypes.Message, Text = text, Locale = locale },
                        new Activity { Type = ActivityTypes.Message, Text = content.Strings.Text("consultation_resources", locale), Locale = locale },
                    ],
                    cancellationToken);
                LogOutcomeToldLater(logger, consultationId);
            }

            RemoveReceiptOnceDelivered(turnContext, conversationKey);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogReceiptFailed(logger, turnContext.Activity.ChannelId, turnContext.Activity.Conversation?.Id, exception);
        }
    }

    [LoggerMessage(EventId = 3104, Level = LogLevel.Information, Message = "Told the person about consultation {ConsultationId} after its confirmation was interrupted")]
    private static partial void LogOutcomeToldLater(ILogger logger, string consultationId);

    [LoggerMessage(EventId = 3105, Level = LogLevel.Warning, Message = "Consultation receipt could not be handled (channel {ChannelId}, conversation {ConversationId})")]
    private static partial void LogReceiptFailed(ILogger logger, string? channelId, string? conversationId, Exception exception);
}
