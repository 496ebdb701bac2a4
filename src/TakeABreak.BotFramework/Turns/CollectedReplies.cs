using TakeABreak.BotFramework.Schema;

namespace TakeABreak.BotFramework.Turns;

/// <summary>Keeps a turn's replies in memory, for <c>deliveryMode: expectReplies</c> and for tests.</summary>
public sealed class CollectedReplies : IOutboundActivities
{
    private readonly List<Activity> _activities = [];
    private readonly Lock _gate = new();
    private int _nextId;

    public IReadOnlyList<Activity> Activities
    {
        get
        {
            lock (_gate)
            {
                return [.. _activities];
            }
        }
    }

    public Task<IReadOnlyList<ResourceResponse>> SendAsync(IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
    {
        var responses = new List<ResourceResponse>(activities.Count);
        lock (_gate)
        {
            foreach (var activity in activities)
            {
                activity.Id ??= $"reply-{++_nextId}";
                _activities.Add(activity);
                responses.Add(new ResourceResponse(activity.Id));
            }
        }

        return Task.FromResult<IReadOnlyList<ResourceResponse>>(responses);
    }

    public Task<ResourceResponse> UpdateAsync(Activity activity, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var index = _activities.FindIndex(a => a.Id == activity.Id);
            if (index >= 0)
            {
                _activities[index] = activity;
            }
            else
            {
                _activities.Add(activity);
            }
        }

        return Task.FromResult(new ResourceResponse(activity.Id));
    }

    public Task DeleteAsync(ConversationReference reference, string activityId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _activities.RemoveAll(a => a.Id == activityId);
        }

        return Task.CompletedTask;
    }
}
