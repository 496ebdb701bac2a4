using TakeABreak.Dialogs.Recognition;
using TakeABreak.Linguistics.Stemming;
using TakeABreak.Signalering.Assessment;
using TakeABreak.Signalering.Safety;
using TakeABreak.Signalering.Understanding;

namespace TakeABreak.Language.Recognizer;

/// <summary>
/// The deterministic default: the signals and context answers the dialog recognizer finds in the text (the catalogue's
/// labels and synonyms, stemmed, with typos), and the level the danger detector gives it. Always runs; the language
/// model only adds to it.
/// </summary>
public sealed class RecognizerSignalSuggester(AssessmentContent assessment, SafetyContent safety) : ISignalSuggester
{
    private readonly IReadOnlyDictionary<string, IReadOnlyList<RecognizableOption>> _signalsByLocale = SignalOptions(assessment);
    private readonly IReadOnlyDictionary<string, IReadOnlyList<IReadOnlyList<RecognizableOption>>> _contextByLocale = ContextOptions(assessment);

    public Task<SignalSuggestions> SuggestAsync(SuggestionRequest request, CancellationToken cancellationToken) =>
        Task.FromResult(Suggest(request));

    public SignalSuggestions Suggest(SuggestionRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var locale = AnalyzedText.LanguageOf(request.Locale) == TextLanguage.English ? "en" : "nl";
        var text = AnalyzedText.Of(request.Text, AnalyzedText.LanguageOf(locale));
        if (text.Words.Length == 0)
        {
            return SignalSuggestions.None;
        }

        var signals = SentenceMatcher.Mentioned(text, _signalsByLocale[locale]);
        if (request.PersonTypeIds.Count > 0)
        {
            var fitting = assessment.Signals.For(request.PersonTypeIds).Select(signal => signal.Id).ToHashSet(StringComparer.Ordinal);
            signals = [.. signals.Where(fitting.Contains)];
        }

        var context = _contextByLocale[locale]
            .Select(question => SentenceMatcher.Mentioned(text, question))
            .Where(mentioned => mentioned.Count == 1)
            .Select(mentioned => mentioned[0])
            .ToList();
        var level = safety.Assess(request.Text).Level;
        return new SignalSuggestions(signals, context, level, SuggestionSource.Recognizer);
    }

    private static Dictionary<string, IReadOnlyList<RecognizableOption>> SignalOptions(AssessmentContent assessment) =>
        new(StringComparer.Ordinal)
        {
            ["nl"] = [.. assessment.Signals.Signals.Select(s => new RecognizableOption(s.Id, [s.Label.Nl, .. s.Also.Phrases("nl")]) { OtherLanguageTexts = [s.Label.En, .. s.Also.Phrases("en")] })],
            ["en"] = [.. assessment.Signals.Signals.Select(s => new RecognizableOption(s.Id, [s.Label.En, .. s.Also.Phrases("en")]) { OtherLanguageTexts = [s.Label.Nl, .. s.Also.Phrases("nl")] })],
        };

    /// <summary>Per question the answers a sentence can name; "don't know" is never taken from a story.</summary>
    private static Dictionary<string, IReadOnlyList<IReadOnlyList<RecognizableOption>>> ContextOptions(AssessmentContent assessment)
    {
        IReadOnlyList<IReadOnlyList<RecognizableOption>> For(Func<ContextAnswer, string> label) =>
            [.. assessment.Context.Questions.Select(question => (IReadOnlyList<RecognizableOption>)[.. question.Answers
                .Where(answer => !answer.Id.EndsWith("_unknown", StringComparison.Ordinal))
                .Select(answer => new RecognizableOption(answer.Id, [label(answer)]))])];
        return new(StringComparer.Ordinal) { ["nl"] = For(a => a.Label.Nl), ["en"] = For(a => a.Label.En) };
    }
}
