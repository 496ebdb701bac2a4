using System.Globalization;
using System.Runtime.CompilerServices;
using TakeABreak.Linguistics.Normalization;
using TakeABreak.Linguistics.Spelling;
using TakeABreak.Linguistics.Stemming;

namespace TakeABreak.Dialogs.Recognition;

/// <summary>
/// Recognises typed answers: by number (1, 2, …), by the whole text (label or synonym, with typos, case and accents),
/// by a plain yes or no, and by an option's label or synonym inside a sentence. Returns nothing when it is not sure;
/// the dialog then asks again.
/// </summary>
public static class AnswerRecognizer
{
    private static readonly char[] ListSeparators = [',', ';', '+', '&', '/'];

    /// <summary>
    /// A list of this many phrases (an option's "unless" phrases with a vocabulary class filled in) is compared through a
    /// <see cref="NormalizedTextLookup"/>, kept as long as the list: the same answers as comparing phrase by phrase.
    /// </summary>
    private const int ManyPhrases = 64;
    private static readonly ConditionalWeakTable<IReadOnlyList<string>, NormalizedTextLookup> PhraseLookups = new();

    /// <summary>The one option the text means, or null.</summary>
    public static string? Choice(string? text, IReadOnlyList<RecognizableOption> options) => Recognize(text, options, YesNoWords.None).Id;

    /// <summary>
    /// What the text means for a single-choice question. Ambiguity rules: a plain yes/no picks the one option that
    /// starts with it (or the plain "Ja"/"Nee" option), else asks which of those; two options named in one sentence are
    /// both candidates (ask which one); a short word that is not a whole option ("ik") means nothing.
    /// </summary>
    public static ChoiceRecognition Recognize(string? text, IReadOnlyList<RecognizableOption> options, YesNoWords yesNo, TextLanguage language = TextLanguage.Dutch, SentenceWords? words = null)
    {
        words ??= SentenceWords.None;
        var typed = TextNormalizer.NormalizeTerm(text);
        if (typed.Length == 0)
        {
            return ChoiceRecognition.Nothing;
        }

        var normalized = NormalizedOptionTexts.Of(options);
        if (Number(typed) is { } number)
        {
            // A number past the buttons may still be an option's whole phrase: "15" at "Ben je jonger dan 18?".
            var buttons = Buttons(options);
            return number >= 1 && number <= buttons.Count ? ChoiceRecognition.Direct(buttons[(int)number - 1].Id)
                : Unique(normalized.Where(o => o.Lookup.Contains(typed) || o.Whole.Contains(typed)).Select(o => o.Id)) is { } phrase ? ChoiceRecognition.Direct(phrase)
                : ChoiceRecognition.Nothing;
        }

        var whole = Unique(normalized.Where(o => o.Lookup.Contains(typed) || o.Whole.Contains(typed)).Select(o => o.Id))
            ?? (MayHoldTypos(typed, words) ? Unique(normalized.Where(o => o.Lookup.HasClose(typed)).Select(o => o.Id)) : null);
        if (whole is not null)
        {
            return ChoiceRecognition.Direct(whole);
        }

        if (PlainYesNo(typed, normalized, yesNo) is { } yesOrNo)
        {
            return yesOrNo;
        }

        if (DontKnow(typed, normalized, yesNo, withinText: false) is { } unknown)
        {
            return ChoiceRecognition.Direct(unknown);
        }

        var typedFirst = typed + " ";
        var leading = Unique(normalized.Where(o => o.Beginnings.HasStartingWith(typedFirst)).Select(o => o.Id))
            ?? Fewest(HoldingEveryWord(normalized, typed, words));
        if (leading is not null)
        {
            return ChoiceRecognition.Direct(leading);
        }

        var mentioned = SentenceMatcher.Mentioned(AnalyzedText.Of(text, language), options, words);
        if (mentioned.Count > 1 && DontKnowOption(normalized, yesNo) is { } dontKnow && mentioned.Contains(dontKnow))
        {
            mentioned = mentioned.Where(id => id != dontKnow).ToList();
        }

        if (mentioned.Count > 0)
        {
            return ChoiceRecognition.Which(mentioned);
        }

        return DontKnow(typed, normalized, yesNo, withinText: true) is { } unsure ? ChoiceRecognition.Sentence(unsure) : ChoiceRecognition.Nothing;
    }

    /// <summary>The options a text lists ("1, 3", "2 en 4", "partner, kind"); null when any part is not recognised.</summary>
    public static IReadOnlyList<string>? Choices(string? text, IReadOnlyList<RecognizableOption> options) => RecognizeAll(text, options).Ids;

    /// <summary>The options a text lists or mentions: numbers, labels separated by commas or "en", or phrases inside a sentence.</summary>
    public static (IReadOnlyList<string>? Ids, bool FromSentence) RecognizeAll(string? text, IReadOnlyList<RecognizableOption> options, TextLanguage language = TextLanguage.Dutch, SentenceWords? words = null)
    {
        words ??= SentenceWords.None;
        var typed = TextNormalizer.NormalizeTerm(text);
        if (typed.Length == 0)
        {
            return (null, false);
        }

        var typedWords = TextNormalizer.Words(typed);
        if (typedWords.All(word => Number(word) is not null || word is "en" or "and"))
        {
            var numbers = typedWords.Select(Number).OfType<long>().ToList();
            var buttons = Buttons(options);
            return numbers.All(n => n >= 1 && n <= buttons.Count)
                ? (numbers.Select(n => buttons[(int)n - 1].Id).Distinct().ToList(), false)
                : (null, false);
        }

        if (ByParts(text, options, language, words) is { } parts)
        {
            return parts;
        }

        var mentioned = SentenceMatcher.Mentioned(AnalyzedText.Of(text, language), options, words);
        return mentioned.Count > 0 ? (mentioned, true) : (null, false);
    }

    /// <summary>True when the whole text is one of the phrases (allowing typos), or holds a phrase of several words.</summary>
    public static bool MatchesPhrase(string? text, IReadOnlyList<string> phrases, bool allowWithinText)
    {
        var typed = TextNormalizer.NormalizeTerm(text);
        if (typed.Length == 0)
        {
            return false;
        }

        if (phrases.Count >= ManyPhrases)
        {
            var lookup = PhraseLookups.GetValue(phrases, list => new NormalizedTextLookup(list.Select(AnalyzedText.NormalizedPhrase)));
            return lookup.Contains(typed) || lookup.HasClose(typed) || (allowWithinText && lookup.HasSeveralWordsWithin(typed));
        }

        foreach (var phrase in phrases.Select(AnalyzedText.NormalizedPhrase).Where(p => p.Length > 0))
        {
            if (EditDistance.Close(typed, phrase))
            {
                return true;
            }

            if (allowWithinText && phrase.Contains(' ', StringComparison.Ordinal) && $" {typed} ".Contains($" {phrase} ", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the text starts with one of the phrases as whole words; the rest of the text is returned.</summary>
    public static bool StartsWithPhrase(string? text, IReadOnlyList<string> phrases, out string rest)
    {
        var typed = TextNormalizer.NormalizeTerm(text);
        foreach (var phrase in phrases.Select(AnalyzedText.NormalizedPhrase).Where(p => p.Length > 0).OrderByDescending(p => p.Length))
        {
            if (typed == phrase || typed.StartsWith(phrase + " ", StringComparison.Ordinal))
            {
                rest = typed[phrase.Length..].Trim();
                return true;
            }
        }

        rest = typed;
        return false;
    }

    /// <summary>The options shown, in their order: what a number typed alone counts through.</summary>
    private static IReadOnlyList<RecognizableOption> Buttons(IReadOnlyList<RecognizableOption> options) =>
        options.All(option => option.Button) ? options : options.Where(option => option.Button).ToList();

    public static long? Number(string normalized) =>
        long.TryParse(normalized, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) ? number : null;

    private static (IReadOnlyList<string> Ids, bool FromSentence)? ByParts(string? text, IReadOnlyList<RecognizableOption> options, TextLanguage language, SentenceWords words)
    {
        var parts = (text ?? string.Empty)
            .Split(ListSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .SelectMany(part => part.Split([" en ", " and "], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .ToList();
        var chosen = new List<string>();
        var fromSentence = false;
        foreach (var part in parts)
        {
            var recognized = Recognize(part, options, YesNoWords.None, language, words);
            if (recognized.Id is not { } id)
            {
                if (parts.Count == 1)
                {
                    return null;
                }

                var whole = Recognize(text, options, YesNoWords.None, language, words);
                return whole.Id is { } single ? ([single], whole.FromSentence) : null;
            }

            fromSentence |= recognized.FromSentence;
            if (!chosen.Contains(id))
            {
                chosen.Add(id);
            }
        }

        // "een oudere mevrouw van 84, haar zoon zorgt voor haar": told in parts, the son still yields to the older person,
        // as he does in one sentence. Labels typed as a list ("een kind, een oudere") are all meant.
        if (fromSentence)
        {
            chosen = chosen.Where(id => options.FirstOrDefault(option => option.Id == id)?.YieldsTo.Any(chosen.Contains) != true).ToList();
        }

        // "ze is 82 en haar zoon woont bij haar, ik hoor hem tegen haar schreeuwen": an "unless" phrase in one part ("haar zoon
        // woont bij haar") says the option another part names ("hij duwt haar": a partner) is not meant, as in one sentence.
        if (parts.Count > 1)
        {
            var notMeant = SentenceMatcher.NotMeant(AnalyzedText.Of(text, language), options, words);
            chosen = chosen.Where(id => !notMeant.Contains(id)).ToList();
        }

        return chosen.Count > 0 ? (chosen, fromSentence) : null;
    }

    private static ChoiceRecognition? PlainYesNo(string typed, List<NormalizedOption> options, YesNoWords yesNo)
    {
        var polarity = Polarity(typed, yesNo.Yes) ? yesNo.Yes : Polarity(typed, yesNo.No) ? yesNo.No : null;
        if (polarity is null)
        {
            return null;
        }

        var firstWords = polarity.Select(phrase => AnalyzedText.Phrase(phrase).Words.FirstOrDefault()).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var plainWords = polarity.Select(phrase => AnalyzedText.Phrase(phrase).Normalized).ToHashSet(StringComparer.Ordinal);
        var candidates = options.Where(o => o.Lookup.FirstWords.Overlaps(firstWords)).ToList();
        if (candidates.Count == 0)
        {
            return null;
        }

        var plain = candidates.Where(o => o.Lookup.ContainsAny(plainWords)).Select(o => o.Id).Distinct().ToList();
        return candidates.Count == 1 ? ChoiceRecognition.Direct(candidates[0].Id)
            : plain.Count == 1 ? ChoiceRecognition.Direct(plain[0])
            : ChoiceRecognition.Which(candidates.Select(o => o.Id).Distinct().ToList());
    }

    private static bool Polarity(string typed, IReadOnlyList<string> phrases) =>
        phrases.Any(phrase => AnalyzedText.Phrase(phrase).Normalized == typed);

    /// <summary>
    /// The labels that hold every typed word (<see cref="ContainsWords"/>): the option and how many words the label has.
    /// Only the button's own text counts, in either language: a word of a longer synonym ("kind" of "ik sla mijn kind")
    /// says too little, and "groen" is no typo of the "grown" in "i hit my grown up son". So does a word from the middle of a
    /// label of a whole sentence: the typed words are at least half of the label's, or hold its last word ("kind" is "Een
    /// kind", "mijzelf" is "Het gaat over mijzelf", but "often" is not "It happens more often or gets worse").
    /// </summary>
    private static List<(string Id, int Words)> HoldingEveryWord(List<NormalizedOption> options, string typed, SentenceWords words)
    {
        var found = new List<(string Id, int Words)>();
        if (typed.Length < 4)
        {
            return found;
        }

        var typedWords = TextNormalizer.Words(typed);
        foreach (var option in options)
        {
            for (var i = 0; i < option.Labels.Count; i++)
            {
                if (SaysEnoughOf(option.LabelWords[i], typedWords, words) && ContainsWords(option.LabelWords[i], typedWords, words))
                {
                    found.Add((option.Id, option.LabelWordCounts[i]));
                }
            }
        }

        return found;
    }

    private static bool SaysEnoughOf(string[] labelWords, string[] typedWords, SentenceWords words) =>
        typedWords.Length * 2 >= labelWords.Length || (labelWords.Length > 0 && typedWords.Any(word => IsOneOf(word, [labelWords[^1]], words)));

    /// <summary>
    /// True when every typed word is a word of the label, or a typo of one: only words of five letters or more are read as
    /// typos of words of five letters or more ("geel" is not "geef", "hallo" is not "hall"), and a negation ("geen") never stands for one.
    /// </summary>
    private static bool ContainsWords(string[] labelWords, string[] typedWords, SentenceWords words)
    {
        foreach (var word in typedWords)
        {
            if (!IsOneOf(word, labelWords, words))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsOneOf(string word, string[] labelWords, SentenceWords words)
    {
        foreach (var labelWord in labelWords)
        {
            if (word == labelWord || (word.Length >= PhraseIndex.MinTypoLength && labelWord.Length >= PhraseIndex.MinTypoLength && !words.IsKnown(word) && !words.IsNegation(labelWord) && EditDistance.Close(word, labelWord)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A typo is only assumed in a text with a word the content does not know: a known word means itself.</summary>
    private static bool MayHoldTypos(string typed, SentenceWords words) =>
        TextNormalizer.Words(typed).Any(word => !words.IsKnown(word));

    /// <summary>
    /// "Weet ik niet", "geen idee", "misschien", "not sure": the one option that means "I don't know", when the question
    /// has one; inside a longer text only when nothing else was found.
    /// </summary>
    private static string? DontKnow(string typed, List<NormalizedOption> options, YesNoWords yesNo, bool withinText)
    {
        var phrases = yesNo.NormalizedDontKnow;
        // "hij is misschien jaloers" at "Hoe vaak?": a hedge inside a sentence says nothing about how often.
        var onlyAlone = yesNo.NormalizedDontKnowOnlyAlone;
        var said = phrases.Any(phrase => phrase == typed || (withinText && !onlyAlone.Contains(phrase) && $" {typed} ".Contains($" {phrase} ", StringComparison.Ordinal)));
        if (!said)
        {
            return null;
        }

        return Unique(options.Where(o => o.Lookup.ContainsAny(phrases)).Select(o => o.Id));
    }

    /// <summary>An answer beats "I don't know" in the same sentence ("ik weet niet hoe vaak, wel elke week"): the option that means "I don't know", if any.</summary>
    private static string? DontKnowOption(List<NormalizedOption> options, YesNoWords yesNo)
    {
        var phrases = yesNo.DontKnow.Select(phrase => AnalyzedText.Phrase(phrase).Normalized).Where(phrase => phrase.Length > 0).ToHashSet(StringComparer.Ordinal);
        return Unique(options.Where(o => o.Lookup.ContainsAny(phrases)).Select(o => o.Id));
    }

    /// <summary>Of the labels that hold every typed word, the shortest wins ("kind" means "Een kind", not a longer label with "kind").</summary>
    private static string? Fewest(List<(string Id, int Words)> candidates)
    {
        if (candidates.Count == 0)
        {
            return null;
        }

        var fewest = candidates.Min(candidate => candidate.Words);
        return Unique(candidates.Where(candidate => candidate.Words == fewest).Select(candidate => candidate.Id));
    }

    private static string? Unique(IEnumerable<string> ids)
    {
        var distinct = ids.Distinct().Take(2).ToList();
        return distinct.Count == 1 ? distinct[0] : null;
    }
}
