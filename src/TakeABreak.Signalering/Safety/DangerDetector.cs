using TakeABreak.Signalering.Safety.Content;
using TakeABreak.Signalering.Safety.Matching;

namespace TakeABreak.Signalering.Safety;

/// <summary>
/// Decides whether a message describes danger now (acute) or a serious red flag (urgent), using the lexicon and rules
/// in dialogs/safety. Everything is compiled once at load; <see cref="Assess"/> is thread-safe and allocation-light.
/// </summary>
public sealed class DangerDetector
{
    private readonly ConceptRole[] _roles;
    private readonly PhraseMatcher _matcher;
    private readonly CompiledRule[] _rules;
    private readonly MatchingSettings _settings;

    internal DangerDetector(LexiconDefinition lexicon, IReadOnlyList<RuleDefinition> rules)
    {
        _settings = lexicon.Matching;
        _roles = [.. lexicon.Concepts.Select(concept => concept.Role)];
        var conceptIndex = lexicon.Concepts
            .Select((concept, index) => (concept.Id, index))
            .ToDictionary(pair => pair.Id, pair => pair.index, StringComparer.Ordinal);

        var words = new Dictionary<string, int>(StringComparer.Ordinal);
        var prefixes = new Dictionary<string, int>(StringComparer.Ordinal);
        var phraseParts = new List<(int Concept, IReadOnlyList<TermPart> Parts)>();
        foreach (var (concept, index) in lexicon.Concepts.Select((concept, index) => (concept, index)))
        {
            foreach (var term in concept.Terms)
            {
                phraseParts.Add((index, TermSyntax.Parse(term.Text, out _)));
            }
        }

        var nextId = 0;
        foreach (var part in phraseParts.SelectMany(phrase => phrase.Parts))
        {
            var table = part.Kind == TermPartKind.Prefix ? prefixes : words;
            if (part.Kind != TermPartKind.Gap && !table.ContainsKey(part.Text))
            {
                table[part.Text] = nextId++;
            }
        }

        var vocabulary = new TermVocabulary(words, prefixes, lexicon.OrdinaryWords.Select(TextNormalizer.NormalizeTerm), _settings.Typos);
        var phrases = phraseParts
            .Where(phrase => phrase.Parts.Count > 0)
            .Select(phrase => new PhrasePattern(phrase.Concept, [.. phrase.Parts.Select(part => part.Kind switch
            {
                TermPartKind.Gap => PhrasePattern.Gap,
                TermPartKind.Prefix => prefixes[part.Text],
                _ => words[part.Text],
            })]));
        _matcher = new PhraseMatcher(vocabulary, phrases, _settings.GapMax);

        _rules = [.. rules
            .Select((rule, order) => (rule, order))
            .OrderByDescending(pair => pair.rule.Level)
            .ThenBy(pair => pair.order)
            .Select(pair => new CompiledRule(
                pair.rule.Id,
                pair.rule.Level,
                [.. pair.rule.Anchors.Select(id => conceptIndex[id])],
                [.. pair.rule.With.Select(id => conceptIndex[id])],
                pair.rule.When))];
    }

    public SafetyVerdict Assess(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var normalized = TextNormalizer.Normalize(text);
        if (normalized.Tokens.Count == 0)
        {
            return SafetyVerdict.None;
        }

        var matches = _matcher.FindAll(normalized);
        if (!matches.Exists(match => _roles[match.Concept] == ConceptRole.Signal))
        {
            return SafetyVerdict.None;
        }

        matches.RemoveAll(match => matches.Exists(other => Hides(other, match)));
        var segments = Segments(normalized.Tokens, matches);
        var signals = LiveSignals(matches, segments);
        if (signals.Count == 0)
        {
            return SafetyVerdict.None;
        }

        var level = SafetyLevel.None;
        List<string>? reasons = null;
        foreach (var rule in _rules)
        {
            if (Fires(rule, signals, segments))
            {
                level = rule.Level > level ? rule.Level : level;
                (reasons ??= []).Add(rule.Id);
            }
        }

        return reasons is null ? SafetyVerdict.None : new SafetyVerdict(level, reasons);
    }

    /// <summary>
    /// A longer phrase hides the shorter ones inside it ("weet niet" hides "niet", "tot nu toe" hides "nu"),
    /// except that only signals and neutral phrases can hide a signal, and a phrase with a gap hides nothing.
    /// </summary>
    private bool Hides(ConceptMatch outer, ConceptMatch inner) =>
        !outer.HasGap
        && outer.Contains(inner)
        && (_roles[inner.Concept] != ConceptRole.Signal || _roles[outer.Concept] is ConceptRole.Signal or ConceptRole.Neutral);

    private static bool Fires(CompiledRule rule, List<LiveSignal> signals, int[] segments)
    {
        foreach (var anchor in signals)
        {
            if (!rule.Anchors.Contains(anchor.Match.Concept) || !rule.AcceptsTiming(anchor.Timing))
            {
                continue;
            }

            var segment = segments[anchor.Match.Start];
            var all = true;
            foreach (var needed in rule.With)
            {
                if (!signals.Exists(signal => signal.Match.Concept == needed && segments[signal.Match.Start] == segment))
                {
                    all = false;
                    break;
                }
            }

            if (all)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Clause number per token: sentences split further where a clause break begins.</summary>
    private int[] Segments(IReadOnlyList<Token> tokens, List<ConceptMatch> matches)
    {
        var breaks = new bool[tokens.Count];
        foreach (var match in matches)
        {
            if (_roles[match.Concept] == ConceptRole.ClauseBreak)
            {
                breaks[match.Start] = true;
            }
        }

        var segments = new int[tokens.Count];
        var segment = 0;
        for (var i = 1; i < tokens.Count; i++)
        {
            if (breaks[i] || tokens[i].Sentence != tokens[i - 1].Sentence)
            {
                segment++;
            }

            segments[i] = segment;
        }

        return segments;
    }

    private List<LiveSignal> LiveSignals(List<ConceptMatch> matches, int[] segments)
    {
        var live = new List<LiveSignal>();
        foreach (var signal in matches)
        {
            if (_roles[signal.Concept] != ConceptRole.Signal)
            {
                continue;
            }

            var segment = segments[signal.Start];
            var blocked = false;
            var nearestNow = int.MaxValue;
            var nearestOther = int.MaxValue;
            foreach (var other in matches)
            {
                if (segments[other.Start] != segment)
                {
                    continue;
                }

                var distance = signal.DistanceTo(other);
                switch (_roles[other.Concept])
                {
                    case ConceptRole.Blocker:
                    case ConceptRole.Negation when distance <= _settings.NegationWindow:
                        blocked = true;
                        break;
                    case ConceptRole.NowMarker when distance <= _settings.TimeWindow:
                        nearestNow = Math.Min(nearestNow, distance);
                        break;
                    case ConceptRole.OtherTimeMarker when distance <= _settings.TimeWindow:
                        nearestOther = Math.Min(nearestOther, distance);
                        break;
                }
            }

            if (blocked)
            {
                continue;
            }

            var timing = nearestNow == int.MaxValue && nearestOther == int.MaxValue ? SignalTiming.Unmarked
                : nearestNow <= nearestOther ? SignalTiming.Now
                : SignalTiming.OtherTime;
            live.Add(new LiveSignal(signal, timing));
        }

        return live;
    }

    private enum SignalTiming
    {
        Unmarked,
        Now,
        OtherTime,
    }

    private readonly record struct LiveSignal(ConceptMatch Match, SignalTiming Timing);

    private sealed record CompiledRule(string Id, SafetyLevel Level, int[] Anchors, int[] With, RuleTiming When)
    {
        public bool AcceptsTiming(SignalTiming timing) => When switch
        {
            RuleTiming.Now => timing == SignalTiming.Now,
            RuleTiming.UnlessOtherTime => timing != SignalTiming.OtherTime,
            _ => true,
        };
    }
}
