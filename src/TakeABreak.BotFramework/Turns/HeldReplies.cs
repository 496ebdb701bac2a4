using TakeABreak.BotFramework.Schema;

namespace TakeABreak.BotFramework.Turns;

/// <summary>
/// A turn's replies, updates and deletions, held back until the turn's state is saved: a turn that has to run again
/// (its save lost to another host's turn) drops them, so nothing leaves before the save succeeds. "Typing…" carries
/// nothing of the conversation and goes out at once.
/// </summary>
public sealed class HeldReplies(IOutboundActivities outbound) : IOutboundActivities
{
    private readonly Queue<Func<CancellationToken, Task>> _held = new();
    private readonly Lock _gate = new();
    private int _nextId;

    public Task<IReadOnlyList<ResourceResponse>> SendAsync(IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
    {
        if (activities.All(activity => activity.IsType(ActivityTypes.Typing)))
        {
            return outbound.SendAsync(activities, cancellationToken);
        }

        var batch = activities.ToArray();
        var responses = new List<ResourceResponse>(batch.Length);
        lock (_gate)
        {
            _held.Enqueue(token => outbound.SendAsync(batch, token));
            foreach (var activity in batch)
            {
                responses.Add(new ResourceResponse(activity.Id ?? $"held-{++_nextId}"));
            }
        }

        return Task.FromResult<IReadOnlyList<ResourceResponse>>(responses);
    }

    public Task<ResourceResponse> UpdateAsync(Activity activity, CancellationToken cancellationToken)
    {
        Hold(token => outbound.UpdateAsync(activity, token));
        return Task.FromResult(new ResourceResponse(activity.Id));
    }

    public Task DeleteAsync(ConversationReference reference, string activityId, CancellationToken cancellationToken)
    {
        Hold(token => outbound.DeleteAsync(reference, activityId, token));
        return Task.CompletedTask;
    }

    /// <summary>Hands everything held over, in order. What fails is not tried again: the rest is dropped with it.</summary>
    public async Task DeliverAsync(CancellationToken cancellationToken)
    {
        while (Next() is { } delivery)
        {
            try
            {
                await delivery(cancellationToken);
            }
            catch
            {
                Drop();
                throw;
            }
        }
    }

    /// <summary>Forgets everything held: the turn runs again or its replies must not go out.</summary>
    public void Drop()
    {
        lock (_gate)
        {
            _held.Clear();
        }
    }

    private void Hold(Func<CancellationToken, Task> delivery)
    {
        lock (_gate)
        {
            _held.Enqueue(delivery);
        }
    }

    private Func<CancellationToken, Task>? Next()
    {
        lock (_gate)
        {
            return _held.TryDequeue(out var delivery) ? delivery : null;
        }
    }
}
