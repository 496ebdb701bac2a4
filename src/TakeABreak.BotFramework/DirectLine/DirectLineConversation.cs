using System.Globalization;
using TakeABreak.BotFramework.Schema;

namespace TakeABreak.BotFramework.DirectLine;

/// <summary>
/// One conversation's activity log in memory. The watermark is the sequence number of the last activity a client
/// has seen; readers wait on <see cref="Changed"/> for anything newer.
/// </summary>
public sealed class DirectLineConversation
{
    private readonly List<(long Sequence, Activity Activity)> _log = [];
    private readonly Lock _gate = new();
    private TaskCompletionSource _changed = NewSignal();
    private long _sequence;
    private long _lastTouched;
    private bool _started;
    private bool _closed;

    internal DirectLineConversation(string id, string userId, DateTimeOffset now)
    {
        Id = id;
        UserId = userId;
        _lastTouched = now.UtcTicks;
    }

    public string Id { get; }

    /// <summary>The user the conversation's first token was issued to.</summary>
    public string UserId { get; }

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _log.Count;
            }
        }
    }

    internal DateTimeOffset LastTouched => new(Interlocked.Read(ref _lastTouched), TimeSpan.Zero);

    /// <summary>Completes when an activity is appended or the conversation is closed.</summary>
    public Task Changed
    {
        get
        {
            lock (_gate)
            {
                return _changed.Task;
            }
        }
    }

    public bool IsClosed
    {
        get
        {
            lock (_gate)
            {
                return _closed;
            }
        }
    }

    internal void Touch(DateTimeOffset now) => Interlocked.Exchange(ref _lastTouched, now.UtcTicks);

    /// <summary>True exactly once: for the caller that starts the conversation.</summary>
    internal bool TryStart()
    {
        lock (_gate)
        {
            if (_started)
            {
                return false;
            }

            _started = true;
            return true;
        }
    }

    /// <summary>Gives the activity its Direct Line id and timestamp and appends it.</summary>
    internal Activity Append(Activity activity, DateTimeOffset now)
    {
        TaskCompletionSource changed;
        lock (_gate)
        {
            var sequence = ++_sequence;
            activity.Id ??= $"{Id}|{sequence.ToString("D7", CultureInfo.InvariantCulture)}";
            activity.Timestamp ??= now;
            _log.Add((sequence, activity));
            changed = _changed;
            _changed = NewSignal();
        }

        Touch(now);
        changed.TrySetResult();
        return activity;
    }

    internal Activity? Replace(Activity activity)
    {
        lock (_gate)
        {
            var index = _log.FindIndex(entry => entry.Activity.Id == activity.Id);
            if (index < 0)
            {
                return null;
            }

            activity.Timestamp ??= _log[index].Activity.Timestamp;
            _log[index] = (_log[index].Sequence, activity);
            return activity;
        }
    }

    internal void Remove(string activityId)
    {
        lock (_gate)
        {
            _log.RemoveAll(entry => entry.Activity.Id == activityId);
        }
    }

    /// <summary>Everything after <paramref name="watermark"/>, and the watermark to ask with next time.</summary>
    public DirectLineActivitySet Read(long watermark)
    {
        lock (_gate)
        {
            var activities = _log.Where(entry => entry.Sequence > watermark).Select(entry => entry.Activity).ToList();
            var next = _log.Count == 0 ? Math.Max(watermark, 0) : Math.Max(watermark, _log[^1].Sequence);
            return new DirectLineActivitySet(activities, next.ToString(CultureInfo.InvariantCulture));
        }
    }

    internal void Close()
    {
        TaskCompletionSource changed;
        lock (_gate)
        {
            _closed = true;
            _log.Clear();
            changed = _changed;
        }

        changed.TrySetResult();
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}

/// <summary>The Direct Line <c>ActivitySet</c>: what the stream frames and the polling GET return.</summary>
public sealed record DirectLineActivitySet(IReadOnlyList<Activity> Activities, string Watermark);
