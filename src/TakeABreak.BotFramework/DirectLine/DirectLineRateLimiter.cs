using System.Collections.Concurrent;

namespace TakeABreak.BotFramework.DirectLine;

/// <summary>Fixed one-minute windows per key (a client address or a token), on the injected clock.</summary>
public sealed class DirectLineRateLimiter(TimeProvider timeProvider)
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);
    private readonly ConcurrentDictionary<string, Counter> _counters = new(StringComparer.Ordinal);

    public bool TryAcquire(string key, int permitsPerMinute) => TryAcquire(key, permitsPerMinute, out _);

    /// <summary>Takes a permit; when none is left, <paramref name="retryAfter"/> is the time until the window ends.</summary>
    public bool TryAcquire(string key, int permitsPerMinute, out TimeSpan retryAfter)
    {
        var now = timeProvider.GetUtcNow();
        if (_counters.Count > 100_000)
        {
            foreach (var stale in _counters.Where(entry => now - entry.Value.WindowStart >= Window))
            {
                _counters.TryRemove(stale);
            }
        }

        var counter = _counters.GetOrAdd(key, _ => new Counter(now));
        lock (counter)
        {
            if (now - counter.WindowStart >= Window)
            {
                counter.WindowStart = now;
                counter.Count = 0;
            }

            retryAfter = counter.WindowStart + Window - now;
            return ++counter.Count <= permitsPerMinute;
        }
    }

    private sealed class Counter(DateTimeOffset windowStart)
    {
        public DateTimeOffset WindowStart { get; set; } = windowStart;

        public int Count { get; set; }
    }
}
