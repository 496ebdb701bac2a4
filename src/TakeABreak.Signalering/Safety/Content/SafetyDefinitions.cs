using TakeABreak.Signalering.Safety.Matching;

namespace TakeABreak.Signalering.Safety.Content;

internal sealed record TermDefinition(string Text, int Line);

internal sealed record ConceptDefinition(string Id, ConceptRole Role, IReadOnlyList<TermDefinition> Terms);

internal sealed record MatchingSettings(IReadOnlyList<TypoAllowance> Typos, int NegationWindow, int TimeWindow, int GapMax);

internal sealed record LexiconDefinition(
    MatchingSettings Matching,
    IReadOnlyList<string> OrdinaryWords,
    IReadOnlyList<ConceptDefinition> Concepts);

internal sealed record RuleDefinition(string Id, SafetyLevel Level, IReadOnlyList<string> Anchors, IReadOnlyList<string> With, RuleTiming When);
