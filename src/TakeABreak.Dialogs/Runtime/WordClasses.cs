using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using TakeABreak.Dialogs.Content;
using TakeABreak.Dialogs.Recognition;

namespace TakeABreak.Dialogs.Runtime;

/// <summary>
/// Vocabulary classes in content (dialogs/strings/vocabulary.yaml): a string <c>words_kin</c> lists the words of the class
/// "kin" per language, and a phrase such as <c>ik ben {kin}</c> stands for "ik ben zus", "ik ben oom", … So an editor adds
/// a profession, a kin word or a time word once, to its class, and every pattern that names the class knows it.
/// A phrase may name several classes; a class that does not exist leaves the phrase as it is (a test checks that none is missing).
/// </summary>
public sealed partial class WordClasses(LocalizedStrings strings)
{
    public const string Prefix = "words_";

    private const int MaxExpansions = 2_000;
    private readonly ConcurrentDictionary<(string Phrase, string Locale), IReadOnlyList<string>> _expanded = new();
    private readonly ConcurrentDictionary<(string Phrase, string Locale), SlottedPhrase?> _slotted = new();

    /// <summary>The phrases with every class replaced by each of its words in the locale.</summary>
    public IReadOnlyList<string> Expand(IEnumerable<string> phrases, string locale) =>
        phrases.SelectMany(phrase => phrase.Contains('{', StringComparison.Ordinal) ? _expanded.GetOrAdd((phrase, locale), key => ExpandOne(key.Phrase, key.Locale)) : [phrase]).ToList();

    /// <summary>
    /// The phrases that name classes as slots (<see cref="SlottedPhrase"/>): inside a sentence every combination is found,
    /// also those after the first <see cref="MaxExpansions"/> that <see cref="Expand"/> lists.
    /// </summary>
    public IReadOnlyList<SlottedPhrase> Slotted(IEnumerable<string> phrases, string locale) =>
        phrases.Where(phrase => phrase.Contains('{', StringComparison.Ordinal))
            .Select(phrase => _slotted.GetOrAdd((phrase, locale), key => SlottedOrNull(key.Phrase, key.Locale)))
            .OfType<SlottedPhrase>()
            .ToList();

    /// <summary>The class names a phrase uses ("ik ben {kin}" → kin).</summary>
    public static IEnumerable<string> Named(string phrase) => ClassPattern().Matches(phrase).Select(match => match.Groups[1].Value);

    private List<string> ExpandOne(string phrase, string locale)
    {
        var results = new List<string> { phrase };
        foreach (var name in Named(phrase).Distinct(StringComparer.Ordinal))
        {
            var id = Prefix + name;
            if (!strings.Contains(id))
            {
                continue;
            }

            var words = strings.Phrases(id, locale);
            results = results.SelectMany(result => words.Select(word => result.Replace("{" + name + "}", word, StringComparison.Ordinal))).Take(MaxExpansions).ToList();
        }

        return results;
    }

    /// <summary>
    /// The phrase as slots; null when it names no class, or when one word of it names two classes (then only the listed
    /// combinations count).
    /// </summary>
    private SlottedPhrase? SlottedOrNull(string phrase, string locale)
    {
        var classes = Named(phrase).Distinct(StringComparer.Ordinal).Where(name => strings.Contains(Prefix + name)).ToList();
        var words = classes.Select(name => strings.Phrases(Prefix + name, locale)).ToList();
        if (classes.Count == 0)
        {
            return null;
        }

        var slots = new List<PhraseSlot>();
        var fixedText = new List<string>();
        foreach (var token in phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var named = Named(token).Distinct(StringComparer.Ordinal).Select(name => classes.IndexOf(name)).Where(index => index >= 0).ToList();
            if (named.Count == 0)
            {
                fixedText.Add(token);
                continue;
            }

            if (named.Count > 1)
            {
                return null;
            }

            if (fixedText.Count > 0)
            {
                slots.Add(new PhraseSlot([string.Join(' ', fixedText)], PhraseSlot.Fixed));
                fixedText.Clear();
            }

            var placeholder = "{" + classes[named[0]] + "}";
            slots.Add(new PhraseSlot(words[named[0]].Select(word => token.Replace(placeholder, word, StringComparison.Ordinal)).ToList(), named[0]));
        }

        if (fixedText.Count > 0)
        {
            slots.Add(new PhraseSlot([string.Join(' ', fixedText)], PhraseSlot.Fixed));
        }

        return new SlottedPhrase(slots, Expand([phrase], locale));
    }

    [GeneratedRegex(@"\{([a-z][a-z0-9_]*)\}")]
    private static partial Regex ClassPattern();
}
