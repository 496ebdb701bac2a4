using TakeABreak.BotFramework.Schema;
using TakeABreak.BotFramework.Teams;
using TakeABreak.BotFramework.Turns;
using TakeABreak.Dialogs.Content;

namespace TakeABreak.Bot.Teams.StaffChannel;

/// <summary>
/// The staff commands in a team channel (after @mentioning the bot): "koppel" links this channel as the consultation
/// inbox, "ontkoppel" removes the link. Only Moviera staff (<see cref="TeamsOptions.StaffObjectIds"/>) may; anyone
/// else is told so and nothing changes. Linking another channel moves the inbox there.
/// </summary>
public sealed partial class StaffChannelCommands(
    StaffChannelStore channels,
    TeamsStaff staff,
    DialogContent content,
    TimeProvider timeProvider,
    ILogger<StaffChannelCommands> logger)
{
    public const string LinkPhrases = "teams_staff_link_phrases";
    public const string UnlinkPhrases = "teams_staff_unlink_phrases";

    /// <summary>Handles the message when it is a staff command; false when it is not one (then nothing was sent).</summary>
    public async Task<bool> TryHandleAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        var command = CommandIn(activity.Text);
        if (command is null)
        {
            return false;
        }

        if (!staff.IsStaff(activity))
        {
            LogRefused(logger, command, activity.Conversation?.Id);
            await SayAsync(turnContext, "teams_staff_only", cancellationToken);
            return true;
        }

        if (command == UnlinkPhrases)
        {
            await channels.RemoveAsync(cancellationToken);
            LogUnlinked(logger, activity.Conversation?.Id);
            await SayAsync(turnContext, "teams_staff_unlinked", cancellationToken);
            return true;
        }

        var channelId = TeamsConversation.ChannelOf(activity) ?? ThreadOf(activity.Conversation?.Id);
        if (channelId is null || activity.ServiceUrl is null)
        {
            await SayAsync(turnContext, "teams_staff_link_channel_only", cancellationToken);
            return true;
        }

        await channels.SetAsync(
            new StaffChannelLink(channelId, TeamsConversation.TeamOf(activity), activity.ServiceUrl, TeamsConversation.TenantId(activity), TeamsStaff.NameOf(activity), timeProvider.GetUtcNow()),
            cancellationToken);
        LogLinked(logger, channelId);
        await SayAsync(turnContext, "teams_staff_linked", cancellationToken);
        return true;
    }

    private string? CommandIn(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        // Unlink first: "ontkoppel" contains "koppel".
        foreach (var id in new[] { UnlinkPhrases, LinkPhrases })
        {
            if (content.Locales.SelectMany(locale => content.Strings.Phrases(id, locale)).Any(phrase => Plain(phrase) == Plain(text)))
            {
                return id;
            }
        }

        return null;
    }

    /// <summary>A command is the whole message: lower case, without punctuation and extra spaces.</summary>
    private static string Plain(string text) =>
        string.Join(' ', new string(text.ToLowerInvariant().Select(c => char.IsLetterOrDigit(c) ? c : ' ').ToArray()).Split(' ', StringSplitOptions.RemoveEmptyEntries));

    /// <summary>A channel conversation id is "19:…@thread.tacv2;messageid=…"; the channel is the part before the message id.</summary>
    private static string? ThreadOf(string? conversationId) =>
        conversationId is { Length: > 0 } id && id.StartsWith("19:", StringComparison.Ordinal) ? id.Split(';')[0] : null;

    private Task SayAsync(ITurnContext turnContext, string stringId, CancellationToken cancellationToken)
    {
        var locale = content.LocaleFor(turnContext.Activity.Locale);
        return turnContext.SendActivityAsync(
            new Activity { Type = ActivityTypes.Message, Text = content.Strings.Text(stringId, locale), TextFormat = "plain", Locale = locale },
            cancellationToken);
    }

    [LoggerMessage(EventId = 3401, Level = LogLevel.Information, Message = "Staff channel linked: {ChannelId}")]
    private static partial void LogLinked(ILogger logger, string channelId);

    [LoggerMessage(EventId = 3402, Level = LogLevel.Information, Message = "Staff channel unlinked (from conversation {ConversationId})")]
    private static partial void LogUnlinked(ILogger logger, string? conversationId);

    [LoggerMessage(EventId = 3403, Level = LogLevel.Warning, Message = "Staff command {Command} refused: the sender is not on the staff list (conversation {ConversationId})")]
    private static partial void LogRefused(ILogger logger, string command, string? conversationId);
}
