namespace TakeABreak.Storage.Locking;

/// <summary>Removes locks left behind by hosts that died mid-turn, so no conversation id outlives the state expiry.</summary>
public interface IStaleLockCleaner
{
    /// <summary>Deletes locks that are no longer held and were last taken before <paramref name="cutoff"/>; returns how many.</summary>
    Task<int> RemoveStaleLocksAsync(DateTimeOffset cutoff, CancellationToken cancellationToken);
}
