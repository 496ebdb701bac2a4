using Microsoft.Extensions.Options;
using TakeABreak.Bot.Teams.StaffChannel;
using TakeABreak.BotFramework.Connector;
using TakeABreak.BotFramework.Schema;
using TakeABreak.BotFramework.Teams;
using TakeABreak.Signalering.Consultations;
using TakeABreak.Storage.Consultations;

namespace TakeABreak.Bot.Consultations.Delivery;

/// <summary>
/// One pass over the staff outbox: every pending entry (new request, reminder, escalation, status change) goes to the
/// linked Teams staff channel. A new request starts a thread with its card; later entries update that card in place
/// (updateActivity), and a reminder or escalation also says so in the thread. An entry that fails is tried again with
/// a growing wait; one that succeeds leaves the outbox. Without a linked channel the entries wait.
/// </summary>
internal sealed partial class StaffNotificationDelivery(
    IStaffNotificationOutbox outbox,
    IConsultationStore consultations,
    StaffChannelStore channels,
    StaffCardPosts posts,
    DeliveryLeases leases,
    StaffCard cards,
    StaffCardTexts texts,
    ConnectorClient connector,
    TrustedServiceUrls trustedServiceUrls,
    IOptions<DeliveryOptions> options,
    TimeProvider timeProvider,
    ILogger<StaffNotificationDelivery> logger)
{
    /// <returns>How many entries were delivered in this pass.</returns>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var pending = await outbox.PendingAsync(cancellationToken);
        if (pending.Count == 0)
        {
            return 0;
        }

        if (await channels.GetAsync(cancellationToken) is not { } channel)
        {
            LogNoChannel(logger, pending.Count);
            return 0;
        }

        // The link was made from an authenticated Teams activity; after a restart the bot still trusts its address.
        trustedServiceUrls.Trust(channel.ServiceUrl);
        var delivered = 0;
        foreach (var entry in pending)
        {
            if (await DeliverOneAsync(entry, channel, cancellationToken))
            {
                delivered++;
            }
        }

        return delivered;
    }

    private async Task<bool> DeliverOneAsync(StaffNotification entry, StaffChannelLink channel, CancellationToken cancellationToken)
    {
        if (await leases.IsDeliveredAsync(entry.Id, cancellationToken))
        {
            await outbox.CompleteAsync(entry.Id, cancellationToken);
            return false;
        }

        if (await leases.TryTakeAsync(entry.Id, options.Value.LeaseTime, cancellationToken) is not { } lease)
        {
            return false;
        }

        try
        {
            await SendAsync(entry, channel, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var failures = await leases.FailedAsync(lease, RetryDelay, CancellationToken.None);
            LogFailed(logger, entry.Id, failures, exception.GetType().Name, exception);
            return false;
        }

        await leases.DeliveredAsync(lease, CancellationToken.None);
        await outbox.CompleteAsync(entry.Id, CancellationToken.None);
        LogDelivered(logger, entry.Id, entry.Kind);
        return true;
    }

    private async Task SendAsync(StaffNotification entry, StaffChannelLink channel, CancellationToken cancellationToken)
    {
        if (await consultations.GetAsync(entry.ConsultationId, cancellationToken) is not { } stored)
        {
            LogNoRecord(logger, entry.Id, entry.ConsultationId);
            return;
        }

        var card = cards.Build(stored.Record, timeProvider.GetUtcNow());
        var post = await posts.GetAsync(stored.Record.Id, cancellationToken);
        if (post is null || post.ChannelId != channel.ChannelId)
        {
            var created = await connector.CreateConversationAsync(
                channel.ServiceUrl,
                TeamsConversation.NewChannelThread(channel.ChannelId, channel.TenantId, CardMessage(card)),
                cancellationToken);
            if (created.Id is null || created.ActivityId is null)
            {
                throw new InvalidOperationException("The Connector created the staff channel post without telling its id.");
            }

            await posts.SaveAsync(stored.Record.Id, new StaffCardPost(created.ServiceUrl ?? channel.ServiceUrl, channel.ChannelId, created.Id, created.ActivityId), cancellationToken);
            return;
        }

        trustedServiceUrls.Trust(post.ServiceUrl);
        var update = CardMessage(card);
        update.Id = post.ActivityId;
        update.ServiceUrl = post.ServiceUrl;
        update.Conversation = new ConversationAccount { Id = post.ConversationId, IsGroup = true };
        await connector.UpdateActivityAsync(update, cancellationToken);

        if (entry.Kind is StaffNotificationKind.Reminder or StaffNotificationKind.Escalation && stored.Record.Status == ConsultationStatus.New)
        {
            await connector.SendToConversationAsync(
                new Activity
                {
                    Type = ActivityTypes.Message,
                    ServiceUrl = post.ServiceUrl,
                    Conversation = new ConversationAccount { Id = post.ConversationId, IsGroup = true },
                    Text = texts.Attention(entry.Kind, stored.Record),
                    TextFormat = "plain",
                },
                cancellationToken);
        }
    }

    private TimeSpan RetryDelay(int failures)
    {
        var delay = options.Value.RetryBaseDelay * Math.Pow(2, Math.Min(failures - 1, 20));
        return delay < options.Value.MaxRetryDelay ? delay : options.Value.MaxRetryDelay;
    }

    private static Activity CardMessage(System.Text.Json.Nodes.JsonObject card) => new()
    {
        Type = ActivityTypes.Message,
        Attachments = [new Attachment { ContentType = Attachment.AdaptiveCardContentType, Content = card }],
    };

    [LoggerMessage(EventId = 3501, Level = LogLevel.Information, Message = "Staff notification {NotificationId} ({Kind}) delivered to the staff channel")]
    private static partial void LogDelivered(ILogger logger, string notificationId, StaffNotificationKind kind);

    [LoggerMessage(EventId = 3502, Level = LogLevel.Warning, Message = "Staff notification {NotificationId} not delivered (failure {Failures}, {ExceptionType}); it is tried again later")]
    private static partial void LogFailed(ILogger logger, string notificationId, int failures, string exceptionType, Exception exception);

    [LoggerMessage(EventId = 3503, Level = LogLevel.Warning, Message = "{Count} staff notification(s) wait: no Teams staff channel is linked (type 'koppel' in a channel, as staff)")]
    private static partial void LogNoChannel(ILogger logger, int count);

    [LoggerMessage(EventId = 3504, Level = LogLevel.Warning, Message = "Staff notification {NotificationId}: consultation {ConsultationId} no longer exists; nothing to show")]
    private static partial void LogNoRecord(ILogger logger, string notificationId, string consultationId);
}
