using TakeABreak.Linguistics.Stemming;
using TakeABreak.Signalering.Safety.Content;
using TakeABreak.Signalering.Safety.Matching;
using TakeABreak.Signalering.Safety.Timing;

namespace TakeABreak.Signalering.Safety;

/// <summary>
/// Decides whether a message describes danger now (acute) or a serious disclosure (urgent), using the lexicon and rules
/// in dialogs/safety: it finds the parts of a situation (who, what, when) and the rules combine them. Everything is
/// compiled once at load; <see cref="Assess"/> is thread-safe, and its cost grows linearly with the length of the text
/// (long text is read in overlapping windows, see <see cref="MaxAnalysedLength"/>).
/// </summary>
public sealed class DangerDetector
{
    /// <summary>
    /// Of a longer message only the first and the last half of this many characters are analysed, in overlapping
    /// windows of about a thousand characters.
    /// </summary>
    public const int MaxAnalysedLength = TextWindows.MaxAnalysedLength;

    private static readonly int PlacementCount = Enum.GetValues<FoundPlacement>().Length;

    private readonly ConceptTable _concepts;
    private readonly ConceptRole[] _roles;
    private readonly string[] _ids;
    private readonly string[] _roleNames;
    private readonly SignalTimer _timer;
    private readonly PhraseMatcher _matcher;
    private readonly RunTogetherWords _runTogether;
    private readonly CompiledRule[] _rules;
    private readonly MatchingSettings _settings;

    /// <summary>Terms of one word of the signals ("knife", "mes"): only these are found with two letters swapped.</summary>
    private static HashSet<string> SingleWordSignals(LexiconDefinition lexicon) =>
    [
        .. lexicon.Concepts
            .Where(concept => concept.Role == ConceptRole.Signal)
            .SelectMany(concept => concept.Terms)
            .Select(term => TextNormalizer.NormalizeTerm(term.Text))
            .Where(text => text.Length > 0 && text.All(char.IsLetter)),
    ];

    /// <summary>Term words of a language whose chat drops their final letter ("maken" in Dutch, written "make").</summary>
    private static HashSet<string> WordsChatDropsALetterOf(LexiconDefinition lexicon, MatchingSettings settings) =>
    [
        .. lexicon.Concepts
            .SelectMany(concept => concept.Terms)
            .Where(term => settings.DroppedFinalLetters?.ContainsKey(term.Language) == true)
            .SelectMany(term => TextNormalizer.NormalizeTerm(term.Text)
                .Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Where(word => word.Length > ChatSlips.MinimumDroppedLength
                    && word.All(char.IsLetter)
                    && settings.DroppedFinalLetters![term.Language].Contains(word[^1]))),
    ];

    internal DangerDetector(LexiconDefinition lexicon, IReadOnlyList<RuleDefinition> rules)
    {
        _settings = lexicon.Matching;
        _concepts = new ConceptTable(lexicon);
        _roles = _concepts.Roles;
        _ids = [.. lexicon.Concepts.Select(concept => concept.Id)];
        _roleNames = [.. _roles.Select(LexiconReader.RoleName)];
        _timer = new SignalTimer(_concepts, _settings, lexicon.VerbForms);
        var conceptIndex = _concepts.Index;

        var phraseParts = lexicon.Concepts
            .SelectMany((concept, index) => concept.Terms.Select(term => (Concept: index, term.Language, Parts: TermSyntax.Parse(term.Text, out _))))
            .Where(phrase => phrase.Parts.Count > 0)
            .ToList();

        var compiler = new PatternCompiler();
        var phrases = phraseParts
            .Select(phrase => (phrase.Concept, phrase.Language, Elements: phrase.Parts
                .Select(part => compiler.Compile(part, phrase.Language, stemmed: _roles[phrase.Concept] == ConceptRole.Signal))
                .ToArray()))
            .ToList();
        var vocabulary = new TermVocabulary(
            compiler.Words,
            compiler.Prefixes,
            compiler.Stems,
            lexicon.OrdinaryWords.Select(TextNormalizer.NormalizeTerm),
            _settings.Typos,
            compiler.Count,
            new NumberWords((lexicon.NumberWords ?? []).Select(TextNormalizer.NormalizeTerm), lexicon.SmallestNumber),
            new ChatSlips(_settings.TranspositionMinLength, SingleWordSignals(lexicon), WordsChatDropsALetterOf(lexicon, _settings)));

        // A term written the same in both languages becomes one pattern of no particular language.
        var patterns = phrases
            .GroupBy(phrase => (phrase.Concept, Key: string.Join(',', phrase.Elements)))
            .Select(group => new PhrasePattern(
                group.Key.Concept,
                group.First().Elements,
                group.Select(phrase => phrase.Language).Distinct().Count() == 1 ? group.First().Language : null));
        _matcher = new PhraseMatcher(vocabulary, patterns, _settings.GapMax);
        _runTogether = new RunTogetherWords(
            vocabulary,
            (_settings.RunTogether?.Openers ?? []).ToHashSet(StringComparer.Ordinal),
            (_settings.RunTogether?.Closers ?? []).ToHashSet(StringComparer.Ordinal));

        _rules = [.. rules
            .Select((rule, order) => (rule, order))
            .OrderByDescending(pair => pair.rule.Level)
            .ThenBy(pair => pair.order)
            .Select(pair => new CompiledRule(
                pair.rule.Id,
                pair.rule.Level,
                [.. pair.rule.Anchors.Select(id => conceptIndex[id])],
                [.. pair.rule.With.Select(anyOf => anyOf.Select(id => conceptIndex[id]).ToArray())],
                [.. (pair.rule.Unless ?? []).Select(id => conceptIndex[id])],
                [.. (pair.rule.InMessage ?? []).Select(anyOf => anyOf.Select(id => conceptIndex[id]).ToArray())],
                [.. (pair.rule.UnlessInMessage ?? []).Select(id => conceptIndex[id])],
                pair.rule.MaxWords,
                pair.rule.Shouted,
                pair.rule.When,
                pair.rule.Answer))];
    }

    public SafetyVerdict Assess(string text) => Assess(text, parts: null);

    /// <summary>As <see cref="Assess(string)"/>, with the parts of the situation found on the way.</summary>
    public DetectorReading Read(string text)
    {
        var parts = new List<FoundPart>();
        var verdict = Assess(text, parts);
        return new DetectorReading(verdict, DistinctParts(parts));
    }

    /// <summary>Each part found once, in the order first found.</summary>
    private List<FoundConcept> DistinctParts(List<FoundPart> parts)
    {
        var placements = PlacementCount;
        var size = _roles.Length * placements;
        Span<bool> seen = size <= 4096 ? stackalloc bool[size] : new bool[size];
        var distinct = new List<FoundConcept>(parts.Count);
        foreach (var (concept, placement) in parts)
        {
            ref var known = ref seen[(concept * placements) + (int)placement];
            if (!known)
            {
                known = true;
                distinct.Add(Found(concept, placement));
            }
        }

        return distinct;
    }

    private SafetyVerdict Assess(string text, List<FoundPart>? parts)
    {
        ArgumentNullException.ThrowIfNull(text);
        var combined = WindowResult.Empty;
        foreach (var (start, length) in TextWindows.Of(text))
        {
            var window = start == 0 && length == text.Length ? text : text.Substring(start, length);
            combined = combined.With(AssessWindow(window, parts));
        }

        return combined.ToVerdict();
    }

    /// <summary>
    /// Whether the text places what it says outside this moment, or denies it: it holds a negation, a word of another time, of
    /// a habit or of long ago, a blocker or a supposition, as this detector reads them (a longer phrase hides those inside it).
    /// </summary>
    internal bool PlacesOutsideTheMoment(string text)
    {
        var normalized = _runTogether.Split(TextNormalizer.Normalize(text, keepPictographs: true));
        var matches = _matcher.FindAll(normalized);
        RemoveHidden(matches);
        foreach (var match in matches)
        {
            if (_roles[match.Concept] is ConceptRole.Negation or ConceptRole.OtherTimeMarker
                or ConceptRole.HabitMarker or ConceptRole.DistantPastMarker or ConceptRole.Blocker or ConceptRole.SuppositionMarker)
            {
                return true;
            }
        }

        return false;
    }

    private WindowResult AssessWindow(string text, List<FoundPart>? parts)
    {
        var normalized = _runTogether.Split(TextNormalizer.Normalize(text, keepPictographs: true));
        if (normalized.Tokens.Count == 0)
        {
            return WindowResult.Empty;
        }

        var matches = _matcher.FindAll(normalized);
        if (!_concepts.AnyOfRole(matches, ConceptRole.Signal))
        {
            if (parts is not null)
            {
                RemoveHidden(matches);
                NoteOtherThanSignals(matches, parts);
            }

            return WindowResult.Empty;
        }

        var conditions = ConditionWords(matches);
        var timeWords = _timer.TimeWordsBeforeHiding(matches, normalized.Tokens.Count);
        RemoveHidden(matches);
        var segments = Segments(normalized.Tokens, matches);
        var headed = HeadedSentences(text, normalized, matches);
        var signals = _timer.Place(normalized, matches, segments, headed, conditions, timeWords, parts);
        if (parts is not null)
        {
            NoteOtherThanSignals(matches, parts);
            foreach (var signal in signals)
            {
                parts.Add(new FoundPart(signal.Match.Concept, Placement(signal)));
            }
        }

        if (signals.Count == 0)
        {
            return WindowResult.Empty;
        }

        var shouted = Shouting.Is(text);
        var found = new SignalsFound(_roles.Length);
        foreach (var signal in signals)
        {
            found.Add(signal.Match.Concept, segments[signal.Match.Start]);
        }

        var level = SafetyLevel.None;
        string? answer = null;
        List<string>? reasons = null;
        foreach (var rule in _rules)
        {
            if (Fires(rule, signals, segments, found, normalized.Tokens.Count, shouted))
            {
                if (reasons is null)
                {
                    level = rule.Level;
                    answer = rule.Answer;
                }

                (reasons ??= []).Add(rule.Id);
            }
        }

        return reasons is null
            ? WindowResult.Empty
            : new WindowResult(level, reasons, answer, Count(matches, TextLanguage.Dutch), Count(matches, TextLanguage.English));
    }

    private FoundConcept Found(int concept, FoundPlacement placement) =>
        new(_ids[concept], _roleNames[concept], placement, _concepts.FormGivesTime[concept] || _concepts.TimeFromVerb[concept]);

    private void NoteOtherThanSignals(List<ConceptMatch> matches, List<FoundPart> parts)
    {
        foreach (var match in matches)
        {
            if (_roles[match.Concept] != ConceptRole.Signal)
            {
                parts.Add(new FoundPart(match.Concept, FoundPlacement.NotASignal));
            }
        }
    }

    private static FoundPlacement Placement(LiveSignal signal) => signal.Timing switch
    {
        SignalTiming.Now => FoundPlacement.Now,
        SignalTiming.OtherTime => FoundPlacement.OtherTime,
        SignalTiming.DistantPast => FoundPlacement.DistantPast,
        _ => signal.Source == TimingSource.None ? FoundPlacement.Unplaced : FoundPlacement.Present,
    };

    /// <summary>Removes the matches a longer phrase hides (see <see cref="Hides"/>).</summary>
    private void RemoveHidden(List<ConceptMatch> matches)
    {
        Span<ConceptMatch> outers = matches.Count <= 64 ? stackalloc ConceptMatch[matches.Count] : new ConceptMatch[matches.Count];
        var outerCount = 0;
        foreach (var match in matches)
        {
            if (match.Length > 1)
            {
                outers[outerCount++] = match;
            }
        }

        var kept = 0;
        for (var i = 0; i < matches.Count; i++)
        {
            if (!IsHidden(matches[i], outers[..outerCount]))
            {
                matches[kept++] = matches[i];
            }
        }

        matches.RemoveRange(kept, matches.Count - kept);
    }

    private bool IsHidden(ConceptMatch match, ReadOnlySpan<ConceptMatch> outers)
    {
        foreach (var outer in outers)
        {
            if (Hides(outer, match))
            {
                return true;
            }
        }

        return false;
    }

    private static int Count(List<ConceptMatch> matches, TextLanguage language)
    {
        var count = 0;
        foreach (var match in matches)
        {
            count += match.Language == language ? 1 : 0;
        }

        return count;
    }

    /// <summary>
    /// A longer phrase hides the shorter ones inside it ("weet niet" hides "niet", "tot nu toe" hides "nu"),
    /// except that only signals and neutral phrases can hide a signal, and only a neutral phrase hides with a gap
    /// ("slaat ... mis" is no blow), or a signal with a gap its own negation, or a phrase with a gap the same concept inside it: "kneep ... keel dicht" is one act, and
    /// "keel dicht" alone must not take a now word of the next clause ("..., ze slaapt nu bij ons"). A clause break hides
    /// nothing: it only starts a new clause, so the time word inside it still places that clause ("en nu slaat hij me weer").
    /// </summary>
    private bool Hides(ConceptMatch outer, ConceptMatch inner) =>
        _roles[outer.Concept] != ConceptRole.ClauseBreak
        && (!outer.HasGap || _roles[outer.Concept] == ConceptRole.Neutral || outer.Concept == inner.Concept || IsOwnNegation(outer, inner))
        && outer.Contains(inner)
        && (_roles[inner.Concept] != ConceptRole.Signal || _roles[outer.Concept] is ConceptRole.Signal or ConceptRole.Neutral);

    /// <summary>
    /// A negation inside a signal's own phrase with a gap belongs to that phrase ("neemt ze niet op"): it must not cancel the
    /// person in the gap.
    /// </summary>
    private bool IsOwnNegation(ConceptMatch outer, ConceptMatch inner) =>
        _roles[outer.Concept] == ConceptRole.Signal && _roles[inner.Concept] == ConceptRole.Negation;

    private static bool Fires(CompiledRule rule, List<LiveSignal> signals, int[] segments, SignalsFound found, int words, bool shouted)
    {
        if (!AnyFound(rule.Anchors, found)
            || words > rule.MaxWords
            || (rule.Shouted && !shouted)
            || !EachFound(rule.InMessage, found)
            || AnyFound(rule.UnlessInMessage, found))
        {
            return false;
        }

        var toldAtAnotherTime = rule.When == RuleTiming.NoTimeWord && ToldAtAnotherTime(signals);
        foreach (var anchor in signals)
        {
            if (Array.IndexOf(rule.Anchors, anchor.Match.Concept) < 0 || !rule.AcceptsTiming(anchor.Timing, anchor.Source, toldAtAnotherTime))
            {
                continue;
            }

            var segment = segments[anchor.Match.Start];
            if (EachFound(rule.With, found, segment) && !AnyFound(rule.Unless, found, segment))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a time word places something the message tells at another time and nothing in it is placed now: then a past form
    /// with no time word of its own tells the same story ("last month he put his hands on my throat. i didnt pass out but i
    /// couldnt breathe").
    /// </summary>
    private static bool ToldAtAnotherTime(List<LiveSignal> signals)
    {
        var elsewhere = false;
        foreach (var signal in signals)
        {
            if (signal.Timing == SignalTiming.Now)
            {
                return false;
            }

            elsewhere |= signal.Timing is SignalTiming.OtherTime or SignalTiming.DistantPast && signal.Source == TimingSource.Marker;
        }

        return elsewhere;
    }

    /// <summary>Whether any of the concepts was found, in the clause when one is given.</summary>
    private static bool AnyFound(int[] concepts, SignalsFound found, int? clause = null)
    {
        foreach (var concept in concepts)
        {
            if (clause is { } inClause ? found.Contains(concept, inClause) : found.Contains(concept))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether one of each set of concepts was found, in the clause when one is given.</summary>
    private static bool EachFound(int[][] anyOfEach, SignalsFound found, int? clause = null)
    {
        foreach (var anyOf in anyOfEach)
        {
            if (!AnyFound(anyOf, found, clause))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Clause number per token: sentences split further where a clause break begins. A sentence of nothing but a now word ("papa
    /// slaat mama. nu. ik ben 10") belongs to the clause before it.
    /// </summary>
    private int[] Segments(IReadOnlyList<Token> tokens, List<ConceptMatch> matches)
    {
        var breaks = new bool[tokens.Count];
        var nowWord = new bool[tokens.Count];
        foreach (var match in matches)
        {
            if (_roles[match.Concept] == ConceptRole.ClauseBreak)
            {
                breaks[match.Start] = true;
            }
            else if (_roles[match.Concept] == ConceptRole.NowMarker)
            {
                for (var i = match.Start; i <= match.End; i++)
                {
                    nowWord[i] = true;
                }
            }
        }

        var segments = new int[tokens.Count];
        var segment = 0;
        for (var i = 1; i < tokens.Count; i++)
        {
            if (breaks[i] || (tokens[i].Sentence != tokens[i - 1].Sentence && !IsANowWordAlone(tokens, nowWord, i)))
            {
                segment++;
            }

            segments[i] = segment;
        }

        return segments;
    }

    /// <summary>Whether the sentence that begins at <paramref name="start"/> holds nothing but a now word.</summary>
    private static bool IsANowWordAlone(IReadOnlyList<Token> tokens, bool[] nowWord, int start)
    {
        var i = start;
        for (; i < tokens.Count && tokens[i].Sentence == tokens[start].Sentence; i++)
        {
            if (!nowWord[i])
            {
                return false;
            }
        }

        return i - start <= 3;
    }

    /// <summary>
    /// Per sentence: whether the sentence before it ends in a colon and holds a blocker, so that it introduces this one
    /// ("in het nieuws: man steekt vrouw neer", "headline: father locks children in").
    /// </summary>
    private bool[] HeadedSentences(string text, NormalizedText normalized, List<ConceptMatch> matches)
    {
        var sentences = normalized.Tokens[^1].Sentence + 1;
        var headed = new bool[sentences];
        if (sentences == 1 || !_concepts.AnyOfRole(matches, ConceptRole.Blocker))
        {
            return headed;
        }

        var endsInColon = SentenceEnds.InColon(text, sentences);
        foreach (var blocker in matches)
        {
            var sentence = normalized.Tokens[blocker.Start].Sentence;
            if (_roles[blocker.Concept] == ConceptRole.Blocker && sentence + 1 < sentences && endsInColon[sentence])
            {
                headed[sentence + 1] = true;
            }
        }

        return headed;
    }

    /// <summary>
    /// The words that open a part of a clause with a verb of its own ("als", "if"), also where a longer phrase hides them ("als hij",
    /// "if he"): taken before phrases hide the words inside them.
    /// </summary>
    private List<ConceptMatch> ConditionWords(List<ConceptMatch> matches) => _concepts.OfRole(matches, ConceptRole.NegationBoundary);

    private sealed record CompiledRule(
        string Id, SafetyLevel Level, int[] Anchors, int[][] With, int[] Unless, int[][] InMessage, int[] UnlessInMessage, int? MaxWords, bool Shouted, RuleTiming When, string? Answer)
    {
        public bool AcceptsTiming(SignalTiming timing, TimingSource source, bool toldAtAnotherTime) => When switch
        {
            RuleTiming.Now => timing == SignalTiming.Now,
            RuleTiming.UnlessOtherTime => timing is SignalTiming.Now or SignalTiming.Unmarked,
            RuleTiming.NoTimeWord => timing is SignalTiming.Now or SignalTiming.Unmarked || (timing == SignalTiming.OtherTime && source != TimingSource.Marker && !toldAtAnotherTime),
            RuleTiming.NotDistant => timing != SignalTiming.DistantPast,
            RuleTiming.OtherTime => timing == SignalTiming.OtherTime && source == TimingSource.Marker,
            _ => true,
        };
    }

    /// <summary>What one window of the text showed; windows combine by taking the most serious.</summary>
    private sealed record WindowResult(SafetyLevel Level, IReadOnlyList<string> Reasons, string? Answer, int Dutch, int English)
    {
        /// <summary>A language is clear when at least two of the words recognised are of it and three times as many as of the other.</summary>
        private static bool Clearly(int language, int other) => language >= 2 && language >= 3 * other;

        public static readonly WindowResult Empty = new(SafetyLevel.None, [], null, 0, 0);

        public WindowResult With(WindowResult other)
        {
            if (other.Reasons.Count == 0)
            {
                return this;
            }

            if (Reasons.Count == 0)
            {
                return other;
            }

            var first = other.Level > Level ? other : this;
            return new WindowResult(
                first.Level,
                [.. first.Reasons.Union(first == this ? other.Reasons : Reasons, StringComparer.Ordinal)],
                first.Answer,
                Dutch + other.Dutch,
                English + other.English);
        }

        public SafetyVerdict ToVerdict()
        {
            if (Reasons.Count == 0)
            {
                return SafetyVerdict.None;
            }

            var locale = Clearly(Dutch, English) ? "nl" : Clearly(English, Dutch) ? "en" : null;
            return new SafetyVerdict(Level, Reasons, Answer, locale);
        }
    }
}
