using TakeABreak.BotFramework.Connector;
using TakeABreak.BotFramework.Logging;
using TakeABreak.BotFramework.Schema;
using TakeABreak.BotFramework.Turns;
using TakeABreak.Dialogs.Content;
using TakeABreak.Dialogs.Turns;
using TakeABreak.Storage;

namespace TakeABreak.Bot.Turns;

/// <summary>
/// After a failed turn: a calm message from content (with 112 and Veilig Thuis), and the conversation's dialog state
/// reset so it can never stay stuck. When storage is out, nothing is written: the next turn works once it is back.
/// When the replies could not be delivered nothing is sent or reset: the state stayed where the user last saw it. When
/// the turn kept losing its save to other hosts' turns of the conversation, the calm message goes out without a reset.
/// The adapter has already logged the failure with ids.
/// </summary>
internal sealed partial class CalmTurnErrorHandler(DialogContent content, DialogEngine dialogs, ILogger<CalmTurnErrorHandler> logger) : ITurnErrorHandler
{
    public const string TurnFailed = "service_turn_failed";
    public const string StorageUnavailable = "service_storage_unavailable";

    public async Task OnTurnErrorAsync(ITurnContext turnContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is ConnectorDeliveryException)
        {
            // the replies could not reach the user, so the state was not saved either (DialogStateSaving):
            // keep it, and the user's next message answers the question they last saw; a calm message would not arrive
            return;
        }

        var storageOut = IsStorageOutage(exception);
        var activity = turnContext.Activity;
        if (activity.IsType(ActivityTypes.Message) || activity.IsType(ActivityTypes.ConversationUpdate) || activity.IsType(ActivityTypes.Event))
        {
            var locale = content.LocaleFor(activity.Locale);
            await turnContext.SendActivityAsync(
                new Activity { Type = ActivityTypes.Message, Text = content.Strings.Text(storageOut ? StorageUnavailable : TurnFailed, locale) },
                cancellationToken);
        }
        else if (activity.IsType(ActivityTypes.Invoke))
        {
            turnContext.InvokeResponse = new InvokeResponse(500);
        }

        // a turn that kept losing its save to other hosts' turns: the stored state is theirs and fine, keep it
        if (!storageOut && exception is not TurnStateConflictException)
        {
            try
            {
                await dialogs.ResetAsync(turnContext, cancellationToken);
            }
            catch (Exception resetException) when (resetException is not OperationCanceledException)
            {
                LogResetFailed(logger, LogValue.Of(activity.ChannelId), LogValue.Of(activity.Conversation?.Id), resetException);
            }
        }
    }

    private static bool IsStorageOutage(Exception exception) =>
        exception is StorageUnavailableException || exception.InnerException is StorageUnavailableException;

    [LoggerMessage(EventId = 1101, Level = LogLevel.Error, Message = "Could not reset the dialog state after a failed turn (channel {ChannelId}, conversation {ConversationId})")]
    private static partial void LogResetFailed(ILogger logger, string? channelId, string? conversationId, Exception exception);
}
