using TakeABreak.Linguistics.Normalization;
using TakeABreak.Linguistics.Stemming;
using TakeABreak.Signalering.Safety.Content;
using TakeABreak.Signalering.Safety.Matching;
using TakeABreak.Signalering.Safety.SecondReading;

namespace TakeABreak.Signalering.Safety;

/// <summary>
/// A short reply that says the danger told before in the conversation is happening now ("het gebeurt nu", "ja, nu",
/// "it's happening right now", "he's back"; a bare "nu" or "right now" only in a reply of a few words): nothing in it names the danger, so the detector's rules cannot see it, but
/// after a serious disclosure it is danger now. It is not, when it says it is over or calm ("nu is het voorbij"), or holds a
/// negation, a word of another time, a habit, a blocker or a supposition as the detector reads them ("nu niet",
/// "gisteren", "meestal"). A question what to do next ("wat nu?", "what now?") has a bare now word that says nothing of the
/// moment; only a phrase that says it is happening makes it danger now ("hij is terug, wat nu?").
/// </summary>
public sealed class HappeningNowReply
{
    private readonly AfterDisclosureDefinition _definition;
    private readonly DangerDetector _detector;
    private readonly WordPhrases _calm;
    private readonly WordPhrases _notCalm;
    private readonly WordPhrases _askedWhatNext;
    private readonly List<(TextLanguage Language, WordPhrases Now, WordPhrases NowAlone)> _now;

    internal HappeningNowReply(AfterDisclosureDefinition definition, DangerDetector detector)
    {
        _definition = definition;
        _detector = detector;
        _calm = new WordPhrases(definition.Calm);
        _notCalm = new WordPhrases(definition.NotCalm);
        _askedWhatNext = new WordPhrases(definition.AskedWhatNext);
        _now = [.. definition.Now.Select(pair => (pair.Key, new WordPhrases(pair.Value), new WordPhrases(definition.NowAlone[pair.Key])))];
    }

    /// <summary>The reason id of a verdict this reading gave.</summary>
    public string ReasonId => _definition.Id;

    /// <summary>Acute, with the answer to call 112 in the reply's language, or <see cref="SafetyVerdict.None"/>.</summary>
    public SafetyVerdict Read(string text)
    {
        var normalized = ReadingFeatures.Normalized(text);
        if (!IsShortReply(normalized))
        {
            return SafetyVerdict.None;
        }

        var language = LanguageSayingNow(normalized);
        if (language is null || SaysCalm(normalized) || _detector.PlacesOutsideTheMoment(text))
        {
            return SafetyVerdict.None;
        }

        return new SafetyVerdict(SafetyLevel.Acute, [_definition.Id], _definition.Answer, SafetyLocales.LocaleOf(language.Value));
    }

    /// <summary>Whether the text is a short reply that says it is over or calm now ("hij is nu weg", "it's over now").</summary>
    public bool SaysItIsCalm(string text) => SaysItIsCalm(ReadingFeatures.Normalized(text));

    /// <summary>As <see cref="SaysItIsCalm(string)"/>, of a text normalized as the learned readings read it (<see cref="ReadText.Words"/>).</summary>
    internal bool SaysItIsCalm(NormalizedText text) => IsShortReply(text) && SaysCalm(text);

    private bool IsShortReply(NormalizedText normalized) => normalized.Tokens.Count > 0 && normalized.Tokens.Count <= _definition.MaxWords;

    private bool SaysCalm(NormalizedText normalized) => _calm.AnyIn(normalized) && !_notCalm.AnyIn(normalized);

    private TextLanguage? LanguageSayingNow(NormalizedText normalized)
    {
        var asked = _askedWhatNext.AnyIn(normalized);
        foreach (var (language, now, nowAlone) in _now)
        {
            if (now.AnyIn(normalized) || (!asked && normalized.Tokens.Count <= _definition.AloneMaxWords && nowAlone.AnyIn(normalized)))
            {
                return language;
            }
        }

        return null;
    }
}
