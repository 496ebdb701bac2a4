using Microsoft.Extensions.Caching.Memory;

namespace TakeABreak.Bot.State;

/// <summary>
/// This host's memory of the dialog states it saved last, so the next turn of a conversation that stays on this host
/// needs no read from storage: the state as stored (JSON) and its ETag, kept while the conversation is active
/// (<see cref="IdleTime"/>) and for at most <see cref="Capacity"/> conversations. A conversation seen saved by another host
/// is not kept for a while (<see cref="MovingTime"/>): its turns read from storage, as they would without this memory.
/// </summary>
internal sealed class RecentDialogStates(TimeProvider timeProvider) : IDisposable
{
    public const int Capacity = 4096;
    public static readonly TimeSpan IdleTime = TimeSpan.FromMinutes(10);
    public static readonly TimeSpan MovingTime = TimeSpan.FromMinutes(30);

    private readonly MemoryCache _states = new(new MemoryCacheOptions { SizeLimit = Capacity, Clock = new Clock(timeProvider) });

    /// <summary>The state this host saved last for the conversation, if it still keeps it.</summary>
    public bool TryRecall(string conversationKey, out string json, out string etag)
    {
        if (_states.TryGetValue(conversationKey, out var value) && value is Remembered remembered)
        {
            (json, etag) = (remembered.Json, remembered.ETag);
            return true;
        }

        (json, etag) = (string.Empty, string.Empty);
        return false;
    }

    /// <summary>Keeps the state just read or saved, unless the conversation moves between hosts.</summary>
    public void Remember(string conversationKey, string json, string etag)
    {
        if (_states.TryGetValue(conversationKey, out var value) && value is Moving)
        {
            return;
        }

        _states.Set(conversationKey, new Remembered(json, etag), new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = IdleTime });
    }

    public void Forget(string conversationKey) => _states.Remove(conversationKey);

    /// <summary>Another host saved this conversation: forget its state and read it from storage for a while.</summary>
    public void MarkMoving(string conversationKey) =>
        _states.Set(conversationKey, Moving.Instance, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = MovingTime });

    public void Dispose() => _states.Dispose();

    private sealed record Remembered(string Json, string ETag);

    private sealed class Moving
    {
        public static readonly Moving Instance = new();
    }

    private sealed class Clock(TimeProvider timeProvider) : Microsoft.Extensions.Internal.ISystemClock
    {
        public DateTimeOffset UtcNow => timeProvider.GetUtcNow();
    }
}
