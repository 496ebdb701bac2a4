using System.Collections.Concurrent;
using TakeABreak.Dialogs.Content;
using TakeABreak.Dialogs.Recognition;
using TakeABreak.Linguistics.Normalization;
using TakeABreak.Linguistics.Spelling;
using TakeABreak.Linguistics.Stemming;

namespace TakeABreak.Dialogs.Runtime;

/// <summary>
/// Which interruption in conversation.yaml a message asks for: stop, restart, a person, a language, a question, small
/// talk. Phrases of every language are checked, each with the stems of its own language (<see cref="PhraseFinder"/>);
/// fillers and negations come from content (<see cref="EngineStrings.IntentFillers"/>, <see cref="EngineStrings.IntentNegations"/>).
/// A request that wins over answers (stop, restart, a person, a language) does not count inside a story about someone
/// else ("hij begint steeds opnieuw met slaan"): losing the answers would cost more than asking again.
/// A typo of a whole message counts for one-word phrases only ("stpo"); longer phrases allow typos per word, so that
/// "ik wil geen mens spreken" is not a typo of "ik wil een mens spreken".
/// Of several interruptions found, small talk yields to another named word for word, then the longest phrase wins ("horen ze dat ik het ben"
/// over "veilig thuis"), then the one with more words as written ("should i call the police" asks, "i called the police"
/// tells), then the first in conversation.yaml. Phrases may name vocabulary classes ("ik ben {young_age}"), as options' phrases do.
/// A message is read only against the phrases whose first word it has (<see cref="FirstWordIndex"/>, built once).
/// A phrase written with a leading "=" counts only as the whole message, as options' phrases do: "=ik wil stoppen" ends
/// the conversation, while "ik wil dat het stopt" and "ik wil ermee stoppen" are about the violence.
/// </summary>
public sealed class InterruptionLookup
{
    private readonly DialogContent _content;
    private readonly PhraseWords _words;
    private readonly WordClasses _classes;
    private readonly IReadOnlyList<InterruptionDefinition> _topics;
    private readonly ConcurrentDictionary<string, IReadOnlyList<RecognizableOption>> _topicOptions = new(StringComparer.Ordinal);
    private readonly IReadOnlyList<InterruptionPhrase> _phrases;
    private readonly FirstWordIndex _index;

    public InterruptionLookup(DialogContent content)
    {
        _content = content;
        _classes = new WordClasses(content.Strings);
        _topics = content.Interruptions.Where(interruption => interruption.Kind == InterruptionKind.Say).ToList();
        _words = new PhraseWords(Words(content, EngineStrings.IntentFillers), Words(content, EngineStrings.IntentNegations), Words(content, EngineStrings.IntentOtherSubjects));
        _phrases = content.Interruptions
            .SelectMany(interruption => content.Locales.SelectMany(locale => _classes.Expand(content.Strings.Phrases(interruption.Phrases, locale), locale)
                .Select(phrase => new InterruptionPhrase(interruption, AnalyzedText.Phrase(phrase.TrimStart(WholeMessageMark)), AnalyzedText.LanguageOf(locale), phrase.StartsWith(WholeMessageMark)))))
            .Where(entry => entry.Phrase.Words.Length > 0)
            .ToList();
        _index = new FirstWordIndex([.. _phrases.Select(entry => (entry.Phrase, entry.Language))]);
    }

    /// <summary>
    /// The interruption a message asks for. A message that is only the phrase (with fillers such as "graag", "please")
    /// always counts, except small talk, which counts only after the message answered nothing; a phrase inside a longer
    /// message counts first only for interruptions that win over answers (stop, restart, a person, a language), and for
    /// the others (questions, small talk) only when the message answered nothing (<paramref name="withinText"/>). At a
    /// free-text question (<paramref name="atFreeText"/>) only a message that is only the phrase counts.
    /// </summary>
    public InterruptionDefinition? Find(string? text, bool withinText, bool atFreeText = false, Func<InterruptionDefinition, bool>? meant = null) =>
        Find(text, withinText, atFreeText, meant, asWholeOnly: false);

    /// <summary>The request that wins over answers which the whole message is (with fillers): "ok thanks bye", "ok stop".</summary>
    public InterruptionDefinition? WholeRequest(string? text) =>
        Find(text, withinText: false, atFreeText: false, meant: found => found.WinsOverAnswers, asWholeOnly: true);

    private InterruptionDefinition? Find(string? text, bool withinText, bool atFreeText, Func<InterruptionDefinition, bool>? meant, bool asWholeOnly)
    {
        var typed = AnalyzedText.Of(text);
        if (typed.Words.Length == 0)
        {
            return null;
        }

        InterruptionDefinition? best = null;
        var (bestLength, bestAsWritten) = (0, 0);
        var (bestIsSmallTalk, bestIsExact) = (false, false);
        foreach (var position in _index.Candidates(typed))
        {
            var (interruption, phrase, language, wholeOnly) = _phrases[position];
            if ((interruption.SmallTalk && !withinText) || (meant is not null && !meant(interruption)))
            {
                continue;
            }

            var mayBeInside = !atFreeText && (withinText || interruption.WinsOverAnswers);
            var found = PhraseFinder.Find(typed, phrase, language, _words);
            var inside = found is not null && mayBeInside && !wholeOnly && !(interruption.WinsOverAnswers && found.AboutSomeoneElse);
            var counts = found is { Whole: true } || (!asWholeOnly && (inside || typed.Words.Length == 1 && phrase.Words.Length == 1 && EditDistance.Close(typed.Normalized, phrase.Normalized)));
            var length = found?.PhraseWords ?? phrase.Words.Length;
            var asWritten = found?.WordsAsWritten ?? 0;
            // Small talk yields to another interruption named word for word: "im a guy so idk if this counts" is a man who asks
            // whether it counts for him, more than someone unsure; "i called the police" ("call" only by its stem) stays done.
            var exact = !interruption.SmallTalk && found is not null && asWritten >= length;
            var better = best is null || (bestIsSmallTalk && exact)
                || (!(exact && bestIsSmallTalk) && !(interruption.SmallTalk && bestIsExact) && (length > bestLength || (length == bestLength && asWritten > bestAsWritten)));
            if (counts && better)
            {
                (best, bestLength, bestAsWritten, bestIsSmallTalk, bestIsExact) = (interruption, length, asWritten, interruption.SmallTalk, exact);
            }
        }

        return best;
    }

    /// <summary>
    /// A question people ask, typed in their own sentence ("wat gebeurt er eigenlijk als ik Veilig Thuis bel?"), for a
    /// message that answered nothing: the topics' phrases are read like an option's, with other words between and by the
    /// stems of the conversation's language. The phrases per locale are gathered once.
    /// </summary>
    public InterruptionDefinition? TopicInSentence(string? text, string locale, SentenceWords words, Func<InterruptionDefinition, bool>? meant = null)
    {
        var options = _topicOptions.GetOrAdd(locale, key => _topics.Select(topic => new RecognizableOption(topic.Id, InSentence(topic, key))
        {
            OtherLanguageTexts = _content.Locales.Where(other => other != key).SelectMany(other => InSentence(topic, other)).ToList(),
        }).ToList().AsReadOnly());
        var found = SentenceMatcher.Mentioned(AnalyzedText.Of(text, AnalyzedText.LanguageOf(locale)), options, words);
        return found.Select(id => _topics.First(topic => topic.Id == id)).FirstOrDefault(topic => meant is null || meant(topic));
    }

    /// <summary>
    /// A topic's phrases that may be found inside a sentence. Small talk's one-word phrases count only as the whole
    /// message: "dag" greets, "bijna elke dag" does not.
    /// </summary>
    private IReadOnlyList<string> InSentence(InterruptionDefinition topic, string locale) =>
        _classes.Expand(_content.Strings.Phrases(topic.Phrases, locale).Where(phrase => !phrase.StartsWith(WholeMessageMark)), locale)
            .Where(phrase => !topic.SmallTalk || AnalyzedText.Phrase(phrase).Words.Length > 1)
            .ToList();

    /// <summary>
    /// The interruptions to say alongside the answers a message gave (<c>alongside_answers</c>): their phrase is inside
    /// the message, as the message's own words.
    /// </summary>
    public IReadOnlyList<InterruptionDefinition> AlongsideAnswers(string? text)
    {
        var typed = AnalyzedText.Of(text);
        if (typed.Words.Length == 0)
        {
            return [];
        }

        return _index.Candidates(typed)
            .Select(position => _phrases[position])
            .Where(entry => entry.Interruption.AlongsideAnswers && !entry.WholeOnly && PhraseFinder.Find(typed, entry.Phrase, entry.Language, _words) is not null)
            .Select(entry => entry.Interruption)
            .Distinct()
            .ToList();
    }

    private static HashSet<string> Words(DialogContent content, string stringId) =>
        content.Strings.Contains(stringId)
            ? content.Locales.SelectMany(locale => content.Strings.Phrases(stringId, locale)).Select(TextNormalizer.NormalizeTerm).Where(word => word.Length > 0).ToHashSet(StringComparer.Ordinal)
            : [];

    private const char WholeMessageMark = '=';

    /// <summary>One phrase of an interruption in one language, as the lookup reads it; <c>WholeOnly</c>: only as the whole message.</summary>
    private sealed record InterruptionPhrase(InterruptionDefinition Interruption, AnalyzedText Phrase, TextLanguage Language, bool WholeOnly);
}
