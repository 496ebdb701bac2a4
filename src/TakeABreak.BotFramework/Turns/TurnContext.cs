using TakeABreak.BotFramework.Schema;

namespace TakeABreak.BotFramework.Turns;

/// <summary>One turn: addresses outgoing activities back to the conversation and hands them to the outbound channel.</summary>
public sealed class TurnContext : ITurnContext
{
    private readonly IOutboundActivities _outbound;
    private readonly TimeProvider _timeProvider;
    private readonly List<SendActivitiesHandler> _sendHandlers = [];

    public TurnContext(Activity activity, IOutboundActivities outbound, IServiceProvider services, TimeProvider timeProvider)
    {
        Activity = activity;
        _outbound = outbound;
        Services = services;
        _timeProvider = timeProvider;
    }

    public Activity Activity { get; }

    public IServiceProvider Services { get; }

    public IDictionary<string, object?> TurnState { get; } = new Dictionary<string, object?>(StringComparer.Ordinal);

    public bool Responded { get; private set; }

    public InvokeResponse? InvokeResponse { get; set; }

    public async Task<ResourceResponse> SendActivityAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        var responses = await SendActivitiesAsync([activity], cancellationToken);
        return responses.Count > 0 ? responses[0] : new ResourceResponse(null);
    }

    public Task<IReadOnlyList<ResourceResponse>> SendActivitiesAsync(IReadOnlyList<Activity> activities, CancellationToken cancellationToken = default)
    {
        foreach (var activity in activities)
        {
            Address(activity);
        }

        return RunSendHandlers(0, activities, cancellationToken);
    }

    public Task<ResourceResponse> UpdateActivityAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        Address(activity);
        return _outbound.UpdateAsync(activity, cancellationToken);
    }

    public Task DeleteActivityAsync(string activityId, CancellationToken cancellationToken = default) =>
        _outbound.DeleteAsync(Activity.GetConversationReference(), activityId, cancellationToken);

    public void OnSendActivities(SendActivitiesHandler handler) => _sendHandlers.Add(handler);

    private Task<IReadOnlyList<ResourceResponse>> RunSendHandlers(int index, IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
    {
        if (index < _sendHandlers.Count)
        {
            return _sendHandlers[index](this, activities, () => RunSendHandlers(index + 1, activities, cancellationToken));
        }

        if (activities.Count == 0)
        {
            return Task.FromResult<IReadOnlyList<ResourceResponse>>([]);
        }

        if (activities.Any(a => !a.IsType(ActivityTypes.Trace) && !a.IsType(ActivityTypes.Typing)))
        {
            Responded = true;
        }

        return _outbound.SendAsync(activities, cancellationToken);
    }

    private void Address(Activity reply)
    {
        var incoming = Activity;
        reply.Type ??= ActivityTypes.Message;
        reply.ChannelId ??= incoming.ChannelId;
        reply.ServiceUrl ??= incoming.ServiceUrl;
        reply.Conversation ??= incoming.Conversation;
        reply.From ??= incoming.Recipient is null ? null : new ChannelAccount { Id = incoming.Recipient.Id, Name = incoming.Recipient.Name, Role = RoleTypes.Bot };
        reply.Recipient ??= incoming.From is null ? null : new ChannelAccount { Id = incoming.From.Id, Name = incoming.From.Name };
        reply.Locale ??= incoming.Locale;
        reply.Timestamp ??= _timeProvider.GetUtcNow();
        if (reply.ReplyToId is null && !reply.IsType(ActivityTypes.Typing) && !reply.IsType(ActivityTypes.EndOfConversation))
        {
            reply.ReplyToId = incoming.Id;
        }
    }
}
