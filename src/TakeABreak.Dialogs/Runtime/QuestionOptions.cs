using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using TakeABreak.Dialogs.Content;
using TakeABreak.Dialogs.Recognition;
using TakeABreak.Linguistics.Normalization;

namespace TakeABreak.Dialogs.Runtime;

/// <summary>The options of a question as the user sees them and as the recognizer sees them (labels and synonyms in every language).</summary>
internal sealed class QuestionOptions(DialogContent content, DialogExtensionRegistry extensions)
{
    private YesNoWords? _yesNo;

    // The content never changes while it is loaded, so a string's phrases in all languages are gathered once.
    private readonly ConcurrentDictionary<string, IReadOnlyList<string>> _allPhrases = new(StringComparer.Ordinal);
    private HashSet<string>? _plainWords;
    private readonly WordClasses _classes = new(content.Strings);

    // Per question and locale: its options (content's own questions; options from a source are built by the source).
    private readonly ConditionalWeakTable<PromptDefinition, ConcurrentDictionary<string, IReadOnlyList<DialogOption>>> _built = new();

    // Per option and locale: the option as the recognizer sees it.
    private readonly ConditionalWeakTable<DialogOption, ConcurrentDictionary<string, RecognizableOption>> _recognizable = new();
    private readonly RecognizableOptionSets _recognizableSets = new();
    private readonly ConditionalWeakTable<DialogOption, StrongBox<bool>> _onlyWhenAsked = new();
    private readonly ConditionalWeakTable<DialogOption, StrongBox<DialogOption?>> _notKnown = new();
    private readonly ConditionalWeakTable<RecognizableOption, RecognizableOption> _ahead = new();
    private readonly ConditionalWeakTable<OptionDefinition, ConcurrentDictionary<string, RecognizableOption>> _denials = new();
    private readonly ConditionalWeakTable<DialogOption, string> _normalizedLabels = new();
    private const string NoLocale = "";

    /// <summary>Articles that may stand between a negation and a phrase, per language (dialogs/strings/recognition.yaml).</summary>
    public const string Articles = "recognition_articles";

    /// <summary>Words that cancel the phrase right after them, per language (dialogs/strings/recognition.yaml).</summary>
    public const string Negations = "recognition_negations";

    /// <summary>Optional. Words that cancel the phrase right before them, per language ("hij slaat me niet").</summary>
    public const string NegationsAfter = "recognition_negations_after";

    /// <summary>Optional. Words that may stand between a phrase and a negation after it ("me", "haar").</summary>
    public const string BeforeNegationsAfter = "recognition_before_negations_after";

    /// <summary>Optional. Phrases that ask what a word means ("is dit", "what does"): the option's words right after them tell nothing.</summary>
    public const string Asking = "recognition_asking";

    /// <summary>Optional. Words that may close a question about what a word means ("eigenlijk", "mean").</summary>
    public const string AskingClosing = "recognition_asking_closing";

    /// <summary>Optional. Words that may open a question about what a word means ("dus", "so").</summary>
    public const string AskingOpening = "recognition_asking_opening";

    private readonly Lazy<HashSet<string>> _vocabulary = new(() => Vocabulary(content, extensions));
    private readonly System.Collections.Concurrent.ConcurrentDictionary<TakeABreak.Linguistics.Stemming.TextLanguage, SentenceWords> _words = new();

    /// <summary>The words read around phrases in a language, and every word the content's options use.</summary>
    public SentenceWords Words(TakeABreak.Linguistics.Stemming.TextLanguage language) =>
        _words.GetOrAdd(language, lang =>
        {
            var locales = content.Locales.Where(locale => AnalyzedText.LanguageOf(locale) == lang).ToList();
            IEnumerable<string> Phrases(string id) => content.Strings.Contains(id) ? locales.SelectMany(locale => content.Strings.Phrases(id, locale)) : [];
            return new SentenceWords(Phrases(Articles), Phrases(Negations), _vocabulary.Value, Phrases(NegationsAfter), Phrases(BeforeNegationsAfter),
                new AskingWords(Phrases(Asking), Phrases(AskingClosing), Phrases(AskingOpening)));
        });

    public IReadOnlyList<DialogOption> Of(PromptDefinition prompt, DialogValues values, string locale)
    {
        if (prompt.Source is { } source)
        {
            return extensions.OptionSource(source).GetOptions(values, locale);
        }

        var all = _built.GetValue(prompt, _ => new ConcurrentDictionary<string, IReadOnlyList<DialogOption>>(StringComparer.Ordinal))
            .GetOrAdd(locale, key => prompt.Options.Select(option => Build(option, key)).ToList().AsReadOnly());
        return prompt.Options.All(option => option.When.Count == 0)
            ? all
            : all.Where((_, index) => Offered(prompt.Options[index], values)).ToList();
    }

    /// <summary>An option of content as the user and the recognizer see it: built once per locale (content does not change while loaded).</summary>
    private DialogOption Build(OptionDefinition option, string locale) =>
        new(option.Id,
            content.Strings.Text(option.Label, locale),
            content.Locales.SelectMany(l => content.Strings.Phrases(option.Label, l))
                .Concat(option.Also is null ? [] : AllPhrases(option.Also))
                .ToList())
        {
            Understood = option.Understood is null ? null : content.Strings.Text(option.Understood, locale),
            Preferred = option.Prefer,
            Early = option.Early,
            Button = option.Button,
            YieldsTo = option.YieldsTo,
            PhrasesByLocale = content.Locales.ToDictionary(
                l => l,
                l => (IReadOnlyList<string>)[.. content.Strings.Phrases(option.Label, l), .. option.Also is null ? [] : content.Strings.Phrases(option.Also, l)]),
            UnlessByLocale = option.Unless is null ? null : content.Locales.ToDictionary(l => l, l => content.Strings.Phrases(option.Unless, l)),
            // What says an item is not so ("he doesn't have a gun") means it is not meant in those words.
            DeniedByLocale = option.DeniedBy is null ? null : content.Locales.ToDictionary(l => l, l => content.Strings.Phrases(option.DeniedBy, l)),
        };

    /// <summary>
    /// The options for the recognizer, with vocabulary classes expanded (<see cref="WordClasses"/>); phrases of other
    /// languages than <paramref name="locale"/> are compared without stems. The same options give the same (kept) set,
    /// so what the recognizers derive from it (normalised phrases, the phrase index) is derived once.
    /// </summary>
    public IReadOnlyList<RecognizableOption> Recognizable(IEnumerable<DialogOption> options, string? locale = null) =>
        _recognizableSets.Of(options.Select(option => _recognizable
            .GetValue(option, _ => new ConcurrentDictionary<string, RecognizableOption>(StringComparer.Ordinal))
            .GetOrAdd(locale ?? NoLocale, _ => RecognizableOf(option, locale))));

    private RecognizableOption RecognizableOf(DialogOption option, string? locale) =>
        option.PhrasesByLocale is { } byLocale && locale is not null && byLocale.ContainsKey(locale)
            ? new RecognizableOption(option.Id, [option.Label, .. InSentences(byLocale[locale], locale)], option.Preferred)
            {
                OtherLanguageTexts = byLocale.Where(pair => pair.Key != locale).SelectMany(pair => InSentences(pair.Value, pair.Key)).ToList(),
                SlottedTexts = SlottedInSentences(byLocale[locale], locale),
                SlottedOtherLanguageTexts = byLocale.Where(pair => pair.Key != locale).SelectMany(pair => SlottedInSentences(pair.Value, pair.Key)).ToList(),
                OtherLanguageLabels = byLocale.Where(pair => pair.Key != locale && pair.Value.Count > 0).Select(pair => pair.Value[0]).ToList(),
                WholeMessageTexts = byLocale.SelectMany(pair => WholeMessageOnly(pair.Value)).ToList(),
                UnlessTexts = option.UnlessByLocale?.SelectMany(pair => _classes.Expand(pair.Value, pair.Key)).ToList() ?? [],
                DeniedTexts = option.DeniedByLocale?.SelectMany(pair => _classes.Expand(pair.Value, pair.Key)).ToList() ?? [],
                RequiredTexts = option.OnlyWithByLocale is { } onlyWith && onlyWith.TryGetValue(locale, out var required) ? InSentences(required, locale) : [],
                YieldsTo = option.YieldsTo,
                Button = option.Button,
            }
            : new RecognizableOption(option.Id, [option.Label, .. InSentences(option.Also ?? [], locale ?? content.DefaultLocale)], option.Preferred)
            {
                SlottedTexts = SlottedInSentences(option.Also ?? [], locale ?? content.DefaultLocale),
                WholeMessageTexts = WholeMessageOnly(option.Also ?? []).ToList(),
                YieldsTo = option.YieldsTo,
                Button = option.Button,
            };

    /// <summary>A phrase written with a leading "=" ("=ik") means the option only as the whole message.</summary>
    private const char WholeMessageMark = '=';

    private IReadOnlyList<string> InSentences(IEnumerable<string> phrases, string locale) =>
        _classes.Expand(phrases.Where(phrase => !phrase.StartsWith(WholeMessageMark)), locale);

    private IReadOnlyList<SlottedPhrase> SlottedInSentences(IEnumerable<string> phrases, string locale) =>
        _classes.Slotted(phrases.Where(phrase => !phrase.StartsWith(WholeMessageMark)), locale);

    private static IEnumerable<string> WholeMessageOnly(IEnumerable<string> phrases) =>
        phrases.Where(phrase => phrase.StartsWith(WholeMessageMark)).Select(phrase => phrase[1..]);

    /// <summary>
    /// The items of a checklist that a message says are not so: one of their <c>denied_by</c> phrases is in it ("ze hebben
    /// geen kinderen", "no, no weapon"). Those phrases hold their own negation, so no negation is read around them.
    /// </summary>
    public IReadOnlyList<OptionDefinition> DeniedIn(PromptDefinition prompt, IReadOnlyList<DialogOption> offered, AnalyzedText text, string locale)
    {
        var offeredIds = offered.Select(option => option.Id).ToHashSet(StringComparer.Ordinal);
        var deniable = prompt.Options.Where(option => option.DeniedBy is not null && offeredIds.Contains(option.Id)).ToList();
        if (deniable.Count == 0)
        {
            return [];
        }

        var denials = _recognizableSets.Of(deniable.Select(option => _denials
            .GetValue(option, _ => new ConcurrentDictionary<string, RecognizableOption>(StringComparer.Ordinal))
            .GetOrAdd(locale, key => DenialOf(option, key))));
        var found = SentenceMatcher.Find(text, denials, Words(text.Language).WithoutNegations).Select(hit => hit.OptionId).ToHashSet(StringComparer.Ordinal);
        return deniable.Where(option => found.Contains(option.Id)).ToList();
    }

    private RecognizableOption DenialOf(OptionDefinition option, string locale) =>
        new(option.Id, InSentences(content.Strings.Phrases(option.DeniedBy!, locale), locale))
        {
            OtherLanguageTexts = content.Locales.Where(other => other != locale).SelectMany(other => InSentences(content.Strings.Phrases(option.DeniedBy!, other), other)).ToList(),
        };

    /// <summary>An option with conditions is offered when each named value is not known yet or holds one of its ids.</summary>
    private static bool Offered(OptionDefinition option, DialogValues values) =>
        option.When.All(condition => !values.Has(condition.Key) || values.Get(condition.Key).Any(condition.Value.Contains));

    /// <summary>The yes, no and "I don't know" words of every language; built once, as the content does not change.</summary>
    public YesNoWords YesNo => _yesNo ??= new(AllPhrases(EngineStrings.Yes), AllPhrases(EngineStrings.No))
    {
        DontKnow = AllPhrases(EngineStrings.DontKnow),
        DontKnowOnlyAlone = content.Strings.Contains(EngineStrings.DontKnowOnlyAlone) ? AllPhrases(EngineStrings.DontKnowOnlyAlone) : [],
    };

    /// <summary>Every phrase of every option of every question (also options and questions from sources), in every language.</summary>
    private static HashSet<string> Vocabulary(DialogContent content, DialogExtensionRegistry extensions)
    {
        var values = new DialogValues(new Dictionary<string, List<string>>());
        var phrases = new List<string>();
        foreach (var prompt in content.Dialogs.Values.SelectMany(dialog => dialog.Steps).Select(step => step.Prompt).OfType<PromptDefinition>())
        {
            foreach (var locale in content.Locales)
            {
                IEnumerable<DialogOption> options = prompt.Kind == PromptKind.Questions && prompt.Source is { } questions
                    ? extensions.QuestionSource(questions).GetQuestions(values, locale).SelectMany(question => question.Options)
                    : prompt.Source is { } source ? extensions.OptionSource(source).GetOptions(values, locale)
                    : prompt.Options.Select(option => new DialogOption(option.Id, content.Strings.Text(option.Label, locale), option.Also is null ? [] : content.Strings.Phrases(option.Also, locale)));
                foreach (var option in options)
                {
                    phrases.Add(option.Label);
                    phrases.AddRange(option.Also ?? []);
                    phrases.AddRange(option.PhrasesByLocale?.Values.SelectMany(list => list) ?? []);
                }
            }
        }

        foreach (var id in new[] { EngineStrings.Yes, EngineStrings.No, EngineStrings.None, EngineStrings.DontKnow }.Concat(content.Strings.Ids.Where(id => id.StartsWith(WordClasses.Prefix, StringComparison.Ordinal))))
        {
            phrases.AddRange(content.Locales.SelectMany(locale => content.Strings.Phrases(id, locale)));
        }

        return phrases.SelectMany(phrase => TextNormalizer.Words(TextNormalizer.NormalizeTerm(phrase))).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The option's label in normalised form (kept per option).</summary>
    public string NormalizedLabel(DialogOption option) =>
        _normalizedLabels.GetValue(option, key => TextNormalizer.NormalizeTerm(key.Label));

    /// <summary>
    /// True for an option that means "I don't know" or a plain yes/no: never taken from a message for a question not asked yet.
    /// A phrase that counts only as the whole message ("=liever niet" at the way of contact) does not make it one: it is
    /// never read for a question ahead (<see cref="ForQuestionAhead"/>), so the option's other phrases still are.
    /// </summary>
    public bool OnlyWhenAsked(DialogOption option) =>
        _onlyWhenAsked.GetValue(option, key => new StrongBox<bool>(ReadsOnlyWhenAsked(key))).Value;

    private bool ReadsOnlyWhenAsked(DialogOption option)
    {
        var plain = _plainWords ??= AllPhrases(EngineStrings.DontKnow).Concat(AllPhrases(EngineStrings.Yes)).Concat(AllPhrases(EngineStrings.No))
            .Select(TextNormalizer.NormalizeTerm).ToHashSet(StringComparer.Ordinal);
        return Says(option, plain);
    }

    /// <summary>
    /// A "weet ik niet"-like option with only its phrases that say what is not known ("weet niet hoe vaak", "not sure how
    /// often"), none of the plain ones ("weet ik niet", "geen idee"): "ik weet niet hoe vaak" says that how often is not
    /// known, while "ik weet niet of ze hulp wil" says nothing about it. Named with another of the question's options it steps
    /// back, as "weet ik niet" does ("ik weet niet hoe vaak, wel elke week" is often). Null for any other option, or one
    /// without such a phrase. <paramref name="options"/> are the question's options, <paramref name="option"/> one of them.
    /// </summary>
    public DialogOption? SaysWhatIsNotKnown(DialogOption option, IReadOnlyList<DialogOption> options) =>
        _notKnown.GetValue(option, key => new StrongBox<DialogOption?>(NotKnownOf(key, options))).Value;

    private DialogOption? NotKnownOf(DialogOption option, IReadOnlyList<DialogOption> siblings)
    {
        if (!MeansDontKnow(option))
        {
            return null;
        }

        var plain = _plainWords ??= AllPhrases(EngineStrings.DontKnow).Concat(AllPhrases(EngineStrings.Yes)).Concat(AllPhrases(EngineStrings.No))
            .Select(TextNormalizer.NormalizeTerm).ToHashSet(StringComparer.Ordinal);
        var own = (option.Also ?? []).Where(text => !text.StartsWith(WholeMessageMark) && !plain.Contains(TextNormalizer.NormalizeTerm(text))
            && TextNormalizer.Words(TextNormalizer.NormalizeTerm(text)).Length > 1).ToList();
        return own.Count == 0 ? null : option with
        {
            Label = own[0],
            Also = own,
            PhrasesByLocale = null,
            YieldsTo = [.. siblings.Where(other => other.Id != option.Id).Select(other => other.Id)],
        };
    }

    /// <summary>True for an option that means "I don't know" ("Weet ik niet"): an answer named with it in one sentence beats it.</summary>
    public bool MeansDontKnow(DialogOption option) =>
        Says(option, _dontKnowWords ??= AllPhrases(EngineStrings.DontKnow).Select(TextNormalizer.NormalizeTerm).ToHashSet(StringComparer.Ordinal));

    private HashSet<string>? _dontKnowWords;

    private static bool Says(DialogOption option, HashSet<string> plain) =>
        plain.Contains(TextNormalizer.NormalizeTerm(option.Label))
        || (option.Also ?? []).Where(text => !text.StartsWith(WholeMessageMark)).Any(text => plain.Contains(TextNormalizer.NormalizeTerm(text)));

    /// <summary>
    /// The options as read for a question not asked yet: without the phrases that answer only the question asked, as the whole message.
    /// Each option's variant is kept, and so is the set, so the recognizers find its phrase index instead of fingerprinting
    /// every phrase of the set again each turn.
    /// </summary>
    public IReadOnlyList<RecognizableOption> ForQuestionAhead(IEnumerable<DialogOption> options, string locale) =>
        _recognizableSets.Of(Recognizable(options, locale).Select(option =>
            option.WholeMessageTexts.Count == 0 ? option : _ahead.GetValue(option, key => key with { WholeMessageTexts = [] })));

    /// <summary>How to say that these options were understood: each option's own words, else its label under the question's template.</summary>
    /// <param name="template">Another template than the question's own <c>understood</c> (its <c>understood_added</c>).</param>
    public string Understood(PromptDefinition prompt, IReadOnlyList<DialogOption> chosen, string locale, string? template = null)
    {
        var own = chosen.Where(option => option.Understood is not null).Select(option => option.Understood!);
        var labels = chosen.Where(option => option.Understood is null).Select(option => LowerFirst(option.Label)).ToList();
        var joined = string.Join(", ", labels);
        var fromLabels = labels.Count == 0 ? [] : new[] { (template ?? prompt.Understood) is { } format ? string.Format(System.Globalization.CultureInfo.InvariantCulture, content.Strings.Text(format, locale), joined) : joined };
        return string.Join("; ", own.Concat(fromLabels));
    }

    /// <summary>What a <c>text</c> question's finder finds in a message (null: it names none, or finds nothing).</summary>
    public string? Find(PromptDefinition prompt, string? text, string locale) =>
        prompt is { Kind: PromptKind.Text, Finds: { } finder } && !string.IsNullOrWhiteSpace(text)
            ? extensions.TextFinder(finder).Find(text, locale, content)
            : null;

    /// <summary>What a registered text finder finds in a message (null: nothing).</summary>
    public string? FindWith(string finder, string? text, string locale) =>
        string.IsNullOrWhiteSpace(text) ? null : extensions.TextFinder(finder).Find(text, locale, content);

    /// <summary>How to say a value a finder found ("je nummer: 06 …"): the question's <c>understood</c> with {0}, or the value.</summary>
    public string UnderstoodFound(PromptDefinition prompt, string found, string locale) =>
        prompt.Understood is { } template ? string.Format(System.Globalization.CultureInfo.InvariantCulture, content.Strings.Text(template, locale), found) : found;

    public IReadOnlyList<string> AllPhrases(string stringId) =>
        _allPhrases.GetOrAdd(stringId, id => content.Locales.SelectMany(locale => content.Strings.Phrases(id, locale)).Distinct().ToList());

    /// <summary>"Een kind" is said as "een kind" inside a sentence; "I see ..." keeps its "I".</summary>
    private static string LowerFirst(string text) =>
        text.Length > 1 && char.IsUpper(text[0]) && !char.IsUpper(text[1]) && !text.StartsWith("I ", StringComparison.Ordinal) ? char.ToLowerInvariant(text[0]) + text[1..] : text;
}
