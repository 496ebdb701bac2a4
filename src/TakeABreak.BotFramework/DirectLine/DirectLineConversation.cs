using System.Globalization;
using TakeABreak.BotFramework.Schema;

namespace TakeABreak.BotFramework.DirectLine;

/// <summary>
/// One conversation's activity log in memory. The watermark is the sequence number of the last activity a client
/// has seen; readers wait on <see cref="Changed"/> for anything newer. Only the last <see cref="MaxKeptActivities"/>
/// activities are kept: a client that comes back with an older watermark gets those, not the whole history.
/// </summary>
public sealed class DirectLineConversation
{
    /// <summary>How many activities of one conversation stay in memory, so a long conversation's log cannot grow without limit.</summary>
    public const int MaxKeptActivities = 500;

    private readonly List<(long Sequence, Activity Activity)> _log = [];
    private readonly Lock _gate = new();
    private TaskCompletionSource _changed = NewSignal();
    private long _sequence;
    private long _lastTouched;
    private bool _started;
    private bool _closed;
    private int _openStreams;
    private int _used;

    internal DirectLineConversation(string id, string userId, string openedFrom, DateTimeOffset now)
    {
        Id = id;
        UserId = userId;
        OpenedFrom = openedFrom;
        _lastTouched = now.UtcTicks;
    }

    /// <summary>The client address that opened the conversation (for the per-address share of the slots).</summary>
    internal string OpenedFrom { get; }

    /// <summary>True once the client has sent an activity of its own; until then the conversation expires within minutes.</summary>
    internal bool IsUsed => Volatile.Read(ref _used) == 1;

    /// <summary>True while a client holds a WebSocket stream open.</summary>
    internal bool IsStreaming => Volatile.Read(ref _openStreams) > 0;

    internal void MarkUsed() => Volatile.Write(ref _used, 1);

    /// <summary>Counts an open stream until disposed; closing it counts as the conversation's last touch.</summary>
    internal IDisposable OpenStream(TimeProvider timeProvider)
    {
        Interlocked.Increment(ref _openStreams);
        return new StreamLease(this, timeProvider);
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
            if (_log.Count > MaxKeptActivities)
            {
                _log.RemoveRange(0, _log.Count - MaxKeptActivities);
            }
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

    private sealed class StreamLease(DirectLineConversation conversation, TimeProvider timeProvider) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                Interlocked.Decrement(ref conversation._openStreams);
                conversation.Touch(timeProvider.GetUtcNow());
            }
        }
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}

/// <summary>The Direct Line <c>ActivitySet</c>: what the stream frames and the polling GET return.</summary>
public sealed record DirectLineActivitySet(IReadOnlyList<Activity> Activities, string Watermark);
