using TakeABreak.Linguistics.Normalization;
using TakeABreak.Signalering.Safety.Content;
using TakeABreak.Signalering.Safety.Matching;

namespace TakeABreak.Signalering.Safety.Timing;

/// <summary>What the lexicon says of each concept, by concept number: its role and how it takes or gives a time.</summary>
internal sealed class ConceptTable
{
    public ConceptTable(LexiconDefinition lexicon)
    {
        Roles = [.. lexicon.Concepts.Select(concept => concept.Role)];
        FormGivesTime = [.. lexicon.Concepts.Select(concept => concept.FormGivesTime)];
        TimeFromVerb = [.. lexicon.Concepts.Select(concept => concept.TimeFromVerb)];
        Said = [.. lexicon.Concepts.Select(concept => concept.Said)];
        var index = lexicon.Concepts
            .Select((concept, number) => (concept.Id, number))
            .ToDictionary(pair => pair.Id, pair => pair.number, StringComparer.Ordinal);
        Index = index;
        EndsAtANewSubject = [.. lexicon.Concepts.Select(concept => concept.EndsAtANewSubject?.Select(id => index[id]).ToArray())];
        OverruledBy = [.. lexicon.Concepts.Select(concept => (concept.YieldsTo ?? []).Select(id => index[id]).ToArray())];
        NotWhenNow = [.. lexicon.Concepts.Select(concept => (concept.NotWhenNow ?? []).Select(id => index[id]).ToArray())];
        YieldsToATime = [.. lexicon.Concepts.Select(concept => concept.Role != ConceptRole.Signal && concept.YieldsToTimes is { Count: > 0 })];
        TimeThatHearingYieldsTo = NamedByAny(lexicon, concept => concept.YieldsToTimes);
        HeardSignalYieldsTo = [.. lexicon.Concepts.Select(concept => concept.Role == ConceptRole.Signal && concept.YieldsToTimes is { Count: > 0 } times
            ? times.Select(id => index[id]).ToArray()
            : null)];
        TheseDaysWords = [.. lexicon.Concepts.Select(concept => (concept.TheseDaysWith is { Count: > 0 } || concept.TheseDaysAfter is { Count: > 0 }) && concept.TheseDaysTerms is { Count: > 0 } terms
            ? terms.Select(TextNormalizer.NormalizeTerm).ToHashSet(StringComparer.Ordinal)
            : null)];
        MakesTheseDays = NamedByAny(lexicon, concept => concept.TheseDaysWith);
        MakesTheseDaysAfter = NamedByAny(lexicon, concept => concept.TheseDaysAfter);
        PlacesWhatCameBefore = [.. lexicon.Concepts.Select(concept => concept.PlacesWhatCameBefore)];
    }

    /// <summary>The number of each concept by its id.</summary>
    public IReadOnlyDictionary<string, int> Index { get; }

    public ConceptRole[] Roles { get; }

    public bool[] FormGivesTime { get; }

    public bool[] TimeFromVerb { get; }

    public bool[] Said { get; }

    public int[]?[] EndsAtANewSubject { get; }

    public int[][] OverruledBy { get; }

    public int[][] NotWhenNow { get; }

    public bool[] YieldsToATime { get; }

    public bool[] TimeThatHearingYieldsTo { get; }

    public int[]?[] HeardSignalYieldsTo { get; }

    public HashSet<string>?[] TheseDaysWords { get; }

    public bool[] MakesTheseDays { get; }

    public bool[] MakesTheseDaysAfter { get; }

    public bool[] PlacesWhatCameBefore { get; }

    public bool AnyOfRole(List<ConceptMatch> matches, ConceptRole role)
    {
        foreach (var match in matches)
        {
            if (Roles[match.Concept] == role)
            {
                return true;
            }
        }

        return false;
    }

    public List<ConceptMatch> OfRole(List<ConceptMatch> matches, ConceptRole role)
    {
        var ofRole = new List<ConceptMatch>();
        foreach (var match in matches)
        {
            if (Roles[match.Concept] == role)
            {
                ofRole.Add(match);
            }
        }

        return ofRole;
    }

    /// <summary>Per concept, whether any concept names it in the list <paramref name="names"/> picks (yields_to_times, these_days_with).</summary>
    private static bool[] NamedByAny(LexiconDefinition lexicon, Func<ConceptDefinition, IReadOnlyList<string>?> names)
    {
        var named = lexicon.Concepts.SelectMany(concept => names(concept) ?? []).ToHashSet(StringComparer.Ordinal);
        return [.. lexicon.Concepts.Select(concept => named.Contains(concept.Id))];
    }
}
