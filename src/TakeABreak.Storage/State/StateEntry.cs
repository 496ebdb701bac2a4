namespace TakeABreak.Storage.State;

/// <summary>A typed value as read from storage; <see cref="ETag"/> is null while it has never been saved.</summary>
public sealed record StateEntry<T>(string Kind, string Key, T Value, string? ETag);
