using TakeABreak.Signalering.Content;

namespace TakeABreak.Signalering.Signals;

/// <summary>Who a conversation is about, e.g. "partner" or "older_person".</summary>
public sealed record PersonType(string Id, LocalizedText Label);
