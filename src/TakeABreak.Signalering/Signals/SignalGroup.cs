using TakeABreak.Signalering.Content;

namespace TakeABreak.Signalering.Signals;

public sealed record SignalGroup(string Id, LocalizedText Label);
