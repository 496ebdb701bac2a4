using TakeABreak.Signalering.Content;

namespace TakeABreak.Signalering.Assessment;

/// <summary>Something that makes the situation more serious; the weights of the factors that hold are added up.</summary>
public sealed record UrgencyFactor(string Id, IReadOnlyList<string> AnyOf, int Weight, LocalizedText Reason);
