namespace TakeABreak.Signalering.Safety;

/// <summary>A part of the situation found: a concept and how it was placed (<see cref="FoundConcept"/> once distinct).</summary>
internal readonly record struct FoundPart(int Concept, FoundPlacement Placement);
