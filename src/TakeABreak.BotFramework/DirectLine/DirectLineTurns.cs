using Microsoft.Extensions.Options;
using TakeABreak.BotFramework.Schema;
using TakeABreak.BotFramework.Turns;

namespace TakeABreak.BotFramework.DirectLine;

/// <summary>Hands what a Direct Line client sends to the bot, in-process, and routes the replies back into the conversation.</summary>
public sealed class DirectLineTurns(BotAdapter adapter, IOptions<DirectLineOptions> options, TimeProvider timeProvider)
{
    /// <summary>The bot joins and hears about the user, as Azure's Direct Line does when a conversation starts.</summary>
    public Task StartAsync(DirectLineConversation conversation, string serviceUrl, CancellationToken cancellationToken)
    {
        var bot = Bot();
        var update = new Activity
        {
            Type = ActivityTypes.ConversationUpdate,
            Id = $"{conversation.Id}|start",
            Timestamp = timeProvider.GetUtcNow(),
            MembersAdded = [bot, new ChannelAccount { Id = conversation.UserId, Role = RoleTypes.User }],
        };
        Address(update, conversation, conversation.UserId, serviceUrl);
        return adapter.ProcessActivityAsync(update, new DirectLineOutbound(conversation, timeProvider), cancellationToken);
    }

    /// <summary>
    /// Stamps the client's activity with what only the server may set, echoes it to the conversation (Web Chat
    /// waits for that echo) and runs the turn. Typing is passed to the bot but not echoed.
    /// </summary>
    public async Task<string> PostAsync(DirectLineConversation conversation, Activity activity, string userId, string serviceUrl, CancellationToken cancellationToken)
    {
        activity.Id = null;
        activity.Timestamp = null;
        Address(activity, conversation, userId, serviceUrl);
        conversation.MarkUsed();

        if (activity.IsType(ActivityTypes.Typing))
        {
            activity.Id = $"{conversation.Id}|typing";
            activity.Timestamp = timeProvider.GetUtcNow();
        }
        else
        {
            conversation.Append(activity, timeProvider.GetUtcNow());
        }

        await adapter.ProcessActivityAsync(activity, new DirectLineOutbound(conversation, timeProvider), cancellationToken);
        return activity.Id!;
    }

    private void Address(Activity activity, DirectLineConversation conversation, string userId, string serviceUrl)
    {
        activity.ChannelId = options.Value.ChannelId;
        activity.ServiceUrl = serviceUrl;
        activity.Conversation = new ConversationAccount { Id = conversation.Id };
        activity.Recipient = Bot();
        activity.From = new ChannelAccount { Id = userId, Name = activity.From?.Name, Role = RoleTypes.User };
    }

    private ChannelAccount Bot() => new() { Id = options.Value.BotId, Name = options.Value.BotName, Role = RoleTypes.Bot };
}
