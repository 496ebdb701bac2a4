namespace TakeABreak.Storage.Records;

/// <summary>
/// An <see cref="IStore"/> for records that must not be lost (consultations, audit, outbox, counts): a write has
/// reached stable storage when the call returns — fsync on commit in SQLite, a confirmed write in Blob Storage —
/// whatever cheaper durability conversation state may use.
/// </summary>
public interface IDurableStore : IStore;
