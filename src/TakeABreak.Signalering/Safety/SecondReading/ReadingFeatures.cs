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
        var normalized = Normalized(text);
        var words = new string[normalized.Tokens.Count];
        for (var i = 0; i < words.Length; i++)
        {
            words[i] = normalized.Word(i).ToString();
        }

        return words;
    }

    /// <summary>The text as <see cref="Words"/> reads it: its first <see cref="DangerDetector.MaxAnalysedLength"/> characters, normalized.</summary>
    public static NormalizedText Normalized(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TextNormalizer.Normalize(text.Length > DangerDetector.MaxAnalysedLength ? text[..DangerDetector.MaxAnalysedLength] : text);
    }

    /// <summary>The windows of a text's words: the whole text when it is short, else overlapping runs of <see cref="WindowWords"/>.</summary>
    public static IEnumerable<ArraySegment<string>> Windows(string[] words)
    {
        ArgumentNullException.ThrowIfNull(words);
        for (var index = 0; index < WindowCount(words.Length); index++)
        {
            var (start, count) = Window(index, words.Length);
            yield return new ArraySegment<string>(words, start, count);
        }
    }

    /// <summary>How many windows a text of this many words is read in: one when it is short (even without words).</summary>
    public static int WindowCount(int words) =>
        words <= WindowWords ? 1 : ((words - WindowWords + WindowWords - WindowOverlap - 1) / (WindowWords - WindowOverlap)) + 1;

    /// <summary>The first word and the number of words of a window (see <see cref="Windows"/>).</summary>
    public static (int Start, int Count) Window(int index, int words)
    {
        var start = index * (WindowWords - WindowOverlap);
        return (start, Math.Min(WindowWords, words - start));
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
        if (!AnyPlacedAct(found))
        {
            return features;
        }

        foreach (var concept in found)
        {
            var feature = string.Create(PartFeatureLength(concept), concept, WritePartFeature);
            if (!features.Contains(feature))
            {
                features.Add(feature);
            }
        }

        return features;
    }

    /// <summary>Whether the detector found an act it places by its verb: only then are the parts it found features.</summary>
    internal static bool AnyPlacedAct(IReadOnlyList<FoundConcept> found)
    {
        foreach (var concept in found)
        {
            if (IsPlacedAct(concept))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The length of the feature of a part found: "k:concept", or "k:signal@placement" for a placed act.</summary>
    internal static int PartFeatureLength(FoundConcept concept) =>
        PartPrefix.Length + concept.ConceptId.Length + (IsPlacedAct(concept) ? 1 + PlacementName(concept.Placement).Length : 0);

    /// <summary>Writes the feature of a part found (<see cref="PartFeatureLength"/> characters).</summary>
    internal static void WritePartFeature(Span<char> feature, FoundConcept concept)
    {
        PartPrefix.CopyTo(feature);
        concept.ConceptId.CopyTo(feature[PartPrefix.Length..]);
        if (IsPlacedAct(concept))
        {
            feature[PartPrefix.Length + concept.ConceptId.Length] = '@';
            PlacementName(concept.Placement).CopyTo(feature[(PartPrefix.Length + concept.ConceptId.Length + 1)..]);
        }
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
