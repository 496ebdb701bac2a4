using TakeABreak.Linguistics.Normalization;

namespace TakeABreak.Signalering.Safety.SecondReading;

/// <summary>
/// What the second reading looks at in a text: its words, pairs of neighbouring words and the four-letter pieces of each
/// word (so "mesje", "mess" and "messen" share "&lt;mes"). The words are those the rules read (<see cref="TextNormalizer"/>:
/// lower case, accents and apostrophes dropped, a letter repeated three or more times shortened to two). A long text is
/// read in windows of <see cref="WindowWords"/> words, so a story does not add up to danger and danger in its last
/// sentence is read as in a short message. With them it looks at the parts of the situation the detector found
/// (<see cref="OfFound"/>), so it can learn combinations of them that no rule lists.
/// </summary>
public static class ReadingFeatures
{
    public const int WindowWords = 60;
    public const int WindowOverlap = 20;
    private const int PieceLength = 4;

    /// <summary>How the name of a feature of a part the detector found begins.</summary>
    public const string PartPrefix = "k:";

    public static string[] Words(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var analysed = text.Length > DangerDetector.MaxAnalysedLength ? text[..DangerDetector.MaxAnalysedLength] : text;
        var normalized = TextNormalizer.Normalize(analysed);
        var words = new string[normalized.Tokens.Count];
        for (var i = 0; i < words.Length; i++)
        {
            words[i] = normalized.Word(i).ToString();
        }

        return words;
    }

    /// <summary>The windows of a text's words: the whole text when it is short, else overlapping runs of <see cref="WindowWords"/>.</summary>
    public static IEnumerable<ArraySegment<string>> Windows(string[] words)
    {
        ArgumentNullException.ThrowIfNull(words);
        if (words.Length <= WindowWords)
        {
            yield return new ArraySegment<string>(words);
            yield break;
        }

        for (var start = 0; ; start += WindowWords - WindowOverlap)
        {
            var count = Math.Min(WindowWords, words.Length - start);
            yield return new ArraySegment<string>(words, start, count);
            if (start + count >= words.Length)
            {
                yield break;
            }
        }
    }

    /// <summary>The distinct features of a run of words, in the order they first occur: "w:word", "b:word next", "c:&lt;wor".</summary>
    public static IReadOnlyList<string> Of(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var features = new List<string>();
        void Add(string feature)
        {
            if (seen.Add(feature))
            {
                features.Add(feature);
            }
        }

        foreach (var word in words)
        {
            Add("w:" + word);
        }

        for (var i = 1; i < words.Count; i++)
        {
            Add("b:" + words[i - 1] + " " + words[i]);
        }

        foreach (var word in words)
        {
            var marked = "<" + word + ">";
            for (var i = 0; i + PieceLength <= marked.Length; i++)
            {
                Add("c:" + marked.Substring(i, PieceLength));
            }
        }

        return features;
    }

    /// <summary>
    /// The features of what the detector found in a text: "k:signal@placement" for every signal the lexicon places by its verb
    /// (an act, a weapon), with how the detector placed it: now, present, unplaced, other (time), past, negated or blocked
    /// ("k:weapon@now", "k:violence_act@negated"), and "k:concept" for every other concept (a person, a feeling, a now word, a
    /// negation, a blocker). Where no such act was found there are none: "hij is nu weg" and "it's happening right now" are
    /// read by their words only.
    /// </summary>
    public static IReadOnlyList<string> OfFound(IReadOnlyList<FoundConcept> found)
    {
        ArgumentNullException.ThrowIfNull(found);
        var features = new List<string>(found.Count);
        if (!found.Any(IsPlacedAct))
        {
            return features;
        }

        foreach (var concept in found)
        {
            var feature = IsPlacedAct(concept)
                ? PartPrefix + concept.ConceptId + "@" + PlacementName(concept.Placement)
                : PartPrefix + concept.ConceptId;
            if (!features.Contains(feature))
            {
                features.Add(feature);
            }
        }

        return features;
    }

    private static bool IsPlacedAct(FoundConcept concept) => concept.Placement != FoundPlacement.NotASignal && concept.IsPlacedByAVerb;

    /// <summary>The features of a whole text as the trainer learns from it: its words and what the detector found.</summary>
    public static IReadOnlyList<string> Of(string text, IReadOnlyList<FoundConcept> found) =>
        [.. Of(Words(text)), .. OfFound(found)];

    private static string PlacementName(FoundPlacement placement) => placement switch
    {
        FoundPlacement.Now => "now",
        FoundPlacement.Present => "present",
        FoundPlacement.OtherTime => "other",
        FoundPlacement.DistantPast => "past",
        FoundPlacement.Negated => "negated",
        FoundPlacement.Blocked => "blocked",
        _ => "unplaced",
    };
}
