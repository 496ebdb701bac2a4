namespace TakeABreak.Storage;

public sealed record StoredItem(string Kind, string Key, ReadOnlyMemory<byte> Data, string ETag, DateTimeOffset LastModified);

public sealed record StoredItemInfo(string Kind, string Key, string ETag, DateTimeOffset LastModified);
