using TakeABreak.Linguistics.Normalization;
using TakeABreak.Linguistics.Stemming;
using TakeABreak.Signalering.Safety.Content;
using TakeABreak.Signalering.Safety.Matching;

namespace TakeABreak.Signalering.Safety.Timing;

/// <summary>
/// Places each signal of a message in time - now, unmarked (the present, or no time at all), another time, or long ago - from
/// the time words near it, its clause and its verb form, and sets aside the signals a negation or a blocker cancels.
/// </summary>
internal sealed class SignalTimer
{
    private readonly ConceptTable _concepts;
    private readonly MatchingSettings _settings;
    private readonly IReadOnlyDictionary<TextLanguage, VerbForms> _verbForms;

    public SignalTimer(ConceptTable concepts, MatchingSettings settings, IReadOnlyDictionary<TextLanguage, VerbForms> verbForms)
    {
        _concepts = concepts;
        _settings = settings;
        _verbForms = verbForms;
    }

    /// <summary>Where now words end and present words are, read before longer phrases hide the words inside them.</summary>
    public TimeWordsBeforeHiding TimeWordsBeforeHiding(List<ConceptMatch> matches, int tokens) =>
        new(NowWordEnds(matches, tokens), PresentWords(matches, tokens));

    /// <summary>A subject between a signal and a negation after it gives the negation its own verb: "op mijn gezicht, ik kon niet ademen".</summary>
    private static bool SubjectBetween(ConceptMatch signal, ConceptMatch negation, List<ConceptMatch> subjects)
    {
        if (negation.Start <= signal.End)
        {
            return false;
        }

        foreach (var subject in subjects)
        {
            if (subject.Start > signal.End && subject.End < negation.Start)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A negation belongs to the verb on its own side of "nadat", "because": "huilt niet meer nadat hij hem door elkaar schudde".</summary>
    private static bool BoundaryBetween(ConceptMatch signal, ConceptMatch negation, List<ConceptMatch> boundaries)
    {
        foreach (var boundary in boundaries)
        {
            if ((boundary.Start > negation.End && boundary.End < signal.Start) || (boundary.Start > signal.End && boundary.End < negation.Start))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Where a question about what to do begins after the signal in its clause ("... moet ik nou 112 bellen"); int.MaxValue when none.</summary>
    private int QuestionAfter(ConceptMatch signal, List<ConceptMatch> others, int segment, int[] segments)
    {
        var start = int.MaxValue;
        foreach (var other in others)
        {
            if (_concepts.Roles[other.Concept] == ConceptRole.Blocker && _concepts.EndsAtANewSubject[other.Concept] is not null
                && other.Start > signal.End && segments[other.Start] == segment && other.Start < start)
            {
                start = other.Start;
            }
        }

        return start;
    }

    /// <summary>A blocker that is the first word of the signal's own phrase is its verb, not a frame: "hij timmert op haar in".</summary>
    private static bool IsOwnVerb(ConceptMatch blocker, ConceptMatch signal) =>
        blocker.Start == signal.Start && blocker.End < signal.End;

    /// <summary>
    /// A question about what to do ends where a new statement with a subject of its own begins (a subject pronoun, or someone who
    /// acts: "my dad"), unless a condition word opens it: "moet ik 112 bellen hij slaat mijn moeder" and "who do i call, my dad is
    /// beating my mum right now" tell what happens, "moet ik 112 bellen als hij haar slaat" asks.
    /// </summary>
    private bool QuestionEndsBefore(ConceptMatch blocker, ConceptMatch signal, List<ConceptMatch> matches, List<ConceptMatch> conditions)
    {
        if (_concepts.EndsAtANewSubject[blocker.Concept] is not { } alsoSubjects || blocker.End >= signal.Start)
        {
            return false;
        }

        foreach (var subject in matches)
        {
            if ((_concepts.Roles[subject.Concept] == ConceptRole.Subject || Array.IndexOf(alsoSubjects, subject.Concept) >= 0)
                && subject.Start > blocker.End && subject.Start <= signal.Start
                && !ConditionBetween(blocker, subject, conditions))
            {
                return true;
            }
        }

        return false;
    }

    private static bool ConditionBetween(ConceptMatch blocker, ConceptMatch subject, List<ConceptMatch> conditions)
    {
        foreach (var condition in conditions)
        {
            if (condition.Start > blocker.End && condition.Start < subject.Start)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A blocker that yields to a signal found anywhere in the message: "ze is gevallen na zijn duw" is no accident.</summary>
    private bool Overruled(ConceptMatch blocker, List<ConceptMatch> matches)
    {
        if (_concepts.OverruledBy[blocker.Concept].Length == 0)
        {
            return false;
        }

        foreach (var match in matches)
        {
            if (Array.IndexOf(_concepts.OverruledBy[blocker.Concept], match.Concept) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The signals not denied or set aside, placed in time; those set aside are noted in <paramref name="parts"/> when it is given.</summary>
    public List<LiveSignal> Place(NormalizedText text, List<ConceptMatch> matches, int[] segments, bool[] headed, List<ConceptMatch> conditions, TimeWordsBeforeHiding timeWords, List<FoundPart>? parts)
    {
        var live = new List<LiveSignal>();
        var others = new List<ConceptMatch>(matches.Count);
        var plainNowInMessage = false;
        foreach (var match in matches)
        {
            if (_concepts.Roles[match.Concept] is not (ConceptRole.Signal or ConceptRole.Subject) && !Overruled(match, matches))
            {
                others.Add(match);
                plainNowInMessage |= _concepts.Roles[match.Concept] == ConceptRole.NowMarker && !_concepts.YieldsToATime[match.Concept];
            }
        }

        var subjects = _concepts.OfRole(matches, ConceptRole.Subject);
        var boundaries = _concepts.OfRole(matches, ConceptRole.NegationBoundary);
        foreach (var signal in matches)
        {
            if (_concepts.Roles[signal.Concept] != ConceptRole.Signal)
            {
                continue;
            }

            var clues = Gather(signal, text, matches, others, segments, headed, conditions, subjects, boundaries);
            Settle(ref clues, signal, text, timeWords, plainNowInMessage);

            // "can i call 911 if he is beating me right now": a question about what to do does not cancel what happens now.
            if (clues.Blocked || (clues.AskedAbout && clues.Timing != SignalTiming.Now))
            {
                parts?.Add(new FoundPart(signal.Concept, clues.Negated ? FoundPlacement.Negated : FoundPlacement.Blocked));
                continue;
            }

            var source = clues.Nearest < int.MaxValue ? TimingSource.Marker : TimingSource.None;
            if (source == TimingSource.None && _concepts.FormGivesTime[signal.Concept])
            {
                clues.Timing = PostureWithItsInfinitive(signal, text, segments, others) ? SignalTiming.Now : TimingOfPhraseForm(signal, text);
                source = TimingSource.Form;
            }

            live.Add(new LiveSignal(signal, clues.Timing, source));
        }

        return InheritVerbTiming(live, segments);
    }

    /// <summary>What the words around a signal in its clause say of its time, and whether a negation or a blocker cancels it.</summary>
    private TimeClues Gather(
        ConceptMatch signal, NormalizedText text, List<ConceptMatch> matches, List<ConceptMatch> others, int[] segments, bool[] headed,
        List<ConceptMatch> conditions, List<ConceptMatch> subjects, List<ConceptMatch> boundaries)
    {
        var clues = new TimeClues
        {
            Blocked = headed[text.Tokens[signal.Start].Sentence],
            Nearest = int.MaxValue,
            Timing = SignalTiming.Unmarked,
        };

        var segment = segments[signal.Start];
        var toldFrom = TellingBefore(signal, others, segment, segments);
        var questionAfter = QuestionAfter(signal, others, segment, segments);
        foreach (var other in others)
        {
            clues.EarlierStageBefore |= _concepts.MakesTheseDaysAfter[other.Concept] && other.End < signal.Start
                && text.Tokens[other.End].Sentence == text.Tokens[signal.Start].Sentence;
            if (segments[other.Start] != segment)
            {
                continue;
            }

            if (_concepts.Roles[other.Concept] == ConceptRole.NowMarker && other.End < toldFrom && _concepts.FormGivesTime[signal.Concept] && !_concepts.Said[signal.Concept])
            {
                continue; // "she just told me he hits her": the now word is when it was told, not when he hits her
            }

            var distance = signal.DistanceTo(other);
            var role = _concepts.Roles[other.Concept];
            if (other.Start > questionAfter && role != ConceptRole.Blocker)
            {
                continue; // "... mishandelende vriend, hoe help ik haar nu": the question's own words do not place the act told before it
            }

            if (role == ConceptRole.Negation && signal.Start <= other.Start && other.End <= signal.End)
            {
                continue; // a negation that is part of the signal's own term: "reageert ze niet"
            }

            if (role == ConceptRole.Blocker && (IsOwnVerb(other, signal) || QuestionEndsBefore(other, signal, matches, conditions)))
            {
                continue;
            }

            if (role == ConceptRole.Blocker && Array.IndexOf(_concepts.NotWhenNow[other.Concept], signal.Concept) >= 0)
            {
                clues.AskedAbout = true; // "is het normaal dat hij me nu schopt": the question does not cancel an act placed now
                continue;
            }

            if (role == ConceptRole.Blocker && _concepts.EndsAtANewSubject[other.Concept] is not null && (other.End < signal.Start || other.Start > signal.End))
            {
                // A question about what to do, before the act or after it ("... en de kinderen zijn er ook moet ik nou 112 bellen"): it
                // cancels the act unless a now word places it.
                clues.AskedAbout = true;
                continue;
            }

            if (role == ConceptRole.Blocker
                || (role == ConceptRole.Negation && distance <= _settings.NegationWindow && !SubjectBetween(signal, other, subjects) && !BoundaryBetween(signal, other, boundaries)))
            {
                clues.Blocked = true;
                clues.Negated = role == ConceptRole.Negation;
                break;
            }

            if (role == ConceptRole.ReportedSpeechMarker && other.End < signal.Start)
            {
                clues.ReportedBefore = true;
                continue; // what was said, to the end of its clause, has its own time
            }

            if (role == ConceptRole.ReportedSpeechMarker && !EndsItsClause(other, segments) && NewSpeakerBefore(signal, other, subjects))
            {
                continue; // "he is downstairs breaking stuff, he said hes coming up": it opens what was said after it, not what came before
            }

            if (_concepts.PlacesWhatCameBefore[other.Concept] && other.Start > signal.End)
            {
                if (BoundaryBetween(signal, other, boundaries))
                {
                    continue; // "i'm locked in the bathroom because when he drinks ...": the habit belongs to the reason
                }

                clues.HabitClauseAfter = true;
            }

            clues.Supposed |= role == ConceptRole.SuppositionMarker;
            clues.SupposedBefore |= role == ConceptRole.SuppositionMarker && other.End < signal.Start;
            clues.DistantPastBefore |= other.End < signal.Start && role == ConceptRole.DistantPastMarker && distance <= 2 * _settings.TimeWindow;
            clues.OtherTimeOpensBefore |= role == ConceptRole.OtherTimeMarker && other.End < signal.Start && NearTheStartOfItsClause(other, segments);

            var window = role == ConceptRole.HabitMarker ? _settings.HabitWindow : _settings.TimeWindow;
            var marked = distance <= window || PlacesTheWholeClause(other, role, signal, segments) || SaidJustNow(other, role, signal, toldFrom) || PassiveWithItsParticiple(other, role, signal, distance, text)
                ? MarkedTiming(role, _concepts.TimeFromVerb[signal.Concept])
                : null;
            clues.DistantPast |= marked == SignalTiming.DistantPast;
            clues.NowAfter |= marked == SignalTiming.Now && other.Start > signal.End;
            clues.NowNear |= marked == SignalTiming.Now;
            clues.PlainNowNear |= marked == SignalTiming.Now && !_concepts.YieldsToATime[other.Concept];
            if (_concepts.TimeThatHearingYieldsTo[other.Concept])
            {
                clues.YieldedTimeInClause = true;
                clues.YieldedTimeForWhatIsHeard |= _concepts.HeardSignalYieldsTo[signal.Concept] is { } heardYields && Array.IndexOf(heardYields, other.Concept) >= 0;
            }

            clues.NowBefore |= marked == SignalTiming.Now && other.End < signal.Start;
            var meansTheseDays = marked == SignalTiming.Now && MeansTheseDays(other, text);
            clues.TheseDaysNear |= meansTheseDays;
            clues.OtherNowNear |= marked == SignalTiming.Now && !meansTheseDays && !_concepts.YieldsToATime[other.Concept];
            clues.HowOftenOfTheseDaysNear |= _concepts.MakesTheseDays[other.Concept] && distance <= _settings.HabitWindow;
            clues.PlainNowBefore |= marked == SignalTiming.Now && other.End < signal.Start && !_concepts.YieldsToATime[other.Concept];
            clues.OtherTimeNear |= marked == SignalTiming.OtherTime;
            if (marked is { } time && (distance < clues.Nearest || (distance == clues.Nearest && Priority(time) < Priority(clues.Timing))))
            {
                clues.Nearest = distance;
                clues.Timing = time;
                clues.NearestIsAfter = other.Start > signal.End;
                clues.NearestIsPresent = role == ConceptRole.PresentMarker;
                clues.NearestIsHabit = role == ConceptRole.HabitMarker;
            }
        }

        return clues;
    }

    /// <summary>Settles the time of a signal from its clues, in order: each step below reads one way people tell when it happens.</summary>
    private void Settle(ref TimeClues clues, ConceptMatch signal, NormalizedText text, TimeWordsBeforeHiding timeWords, bool plainNowInMessage)
    {
        var nowWords = timeWords.NowWordEnds;

        // "is being beaten ... right now": the present and a now word after it agree, and now says more; "wordt thuis
        // geslagen": a habit or another time near says more than the present.
        if (clues.Timing == SignalTiming.Unmarked && clues.NowAfter)
        {
            clues.Timing = SignalTiming.Now;
        }
        else if (clues.Timing == SignalTiming.Unmarked && clues.NearestIsPresent && clues.OtherTimeNear)
        {
            clues.Timing = SignalTiming.OtherTime;
        }
        else if (clues.Timing == SignalTiming.Unmarked && clues.NearestIsPresent && clues.NowNear)
        {
            clues.Timing = SignalTiming.Now; // "op dit moment wordt mijn zus geslagen": the present and a now word before it
        }

        // "ik denk dat mijn buurvrouw wordt geslagen", "i think my friend is being hit": a present passive the writer supposes, with
        // no now word near, tells what happens to someone, not what happens this moment; so does an act going on that the writer
        // supposes before it with no now word anywhere ("i think my uncle is hitting my gran").
        var supposedPresent = clues.NearestIsPresent || HoldsAPresentWord(signal, timeWords.PresentWordAt);
        var supposedGoingOn = clues.SupposedBefore && !plainNowInMessage && clues.Nearest == int.MaxValue
            && TimingByForm(text.Word(signal.Start), signal.Language) == SignalTiming.Now;
        if (clues.Supposed && !clues.NowNear && clues.Timing == SignalTiming.Unmarked && (supposedPresent || supposedGoingOn))
        {
            clues.Timing = SignalTiming.OtherTime;
            clues.Nearest = Math.Min(clues.Nearest, _settings.TimeWindow);
        }

        // "ze zijn aan het vechten en hij slaat haar steeds": a habit word after a now word is a repetition going on now.
        if (clues.Timing == SignalTiming.OtherTime && clues.NearestIsHabit && clues.NowBefore)
        {
            clues.Timing = SignalTiming.Now;
        }

        // "help he is beating me, every night the same": an act going on, after a now word, is now; the other time after it
        // says how often it happens.
        if (clues.Timing == SignalTiming.OtherTime && clues.NearestIsAfter && clues.PlainNowBefore && GoesOn(signal, text, nowWords))
        {
            clues.Timing = SignalTiming.Now;
        }

        // "i hear him hit her at night": an act heard is not placed now when a time word the hearing yields to says, in the
        // clause, when it is heard. Rage and fear do not yield: they have no serious disclosure to fall back on. A signal that
        // is only heard yields to the times it names ("ik hoor vaak klappen": how often, not "'s nachts", which may be tonight),
        // and only when nothing else in the message is said to happen now ("... maar nu gilt ze om hulp").
        if (clues.Timing == SignalTiming.Now && !clues.PlainNowNear
            && ((clues.YieldedTimeInClause && _concepts.FormGivesTime[signal.Concept]) || (clues.YieldedTimeForWhatIsHeard && !plainNowInMessage)))
        {
            clues.Timing = SignalTiming.OtherTime;
        }

        // A story told in order: "years ago he hit me, now I am fine" - long ago before the act places it, not the now after it.
        if (clues.Timing == SignalTiming.Now && clues.NearestIsAfter && clues.DistantPastBefore)
        {
            clues.Timing = SignalTiming.DistantPast;
        }

        // The same story a few weeks ago: "twee weken geleden kneep hij haar keel dicht, ze slaapt nu bij ons" - another time that
        // opens the clause places an act that is not said to go on, not the now after it that belongs to the next part.
        if (clues.Timing == SignalTiming.Now && clues.NearestIsAfter && clues.OtherTimeOpensBefore && !clues.PlainNowBefore && !GoesOn(signal, text, nowWords))
        {
            clues.Timing = SignalTiming.OtherTime;
        }

        // "a few weeks ago he had his hands around her neck": another time that opens the clause places a thing (a neck, a knife)
        // that nothing nearer places and no verb form of its own could.
        if (clues.Timing == SignalTiming.Unmarked && clues.Nearest == int.MaxValue && clues.OtherTimeOpensBefore && !clues.NowNear && !_concepts.FormGivesTime[signal.Concept])
        {
            clues.Timing = SignalTiming.OtherTime;
            clues.Nearest = Math.Min(clues.Nearest, _settings.TimeWindow);
        }

        // "i hide in my room with my little brother when they fight": a clause of habit or condition after the signal tells
        // when it happens, however far, when nothing nearer places it and nothing in the message is said to happen now; not
        // across "because" ("i'm locked in the bathroom because when he drinks he gets like this" is now).
        if (clues.Timing == SignalTiming.Unmarked && clues.Nearest == int.MaxValue && clues.HabitClauseAfter && !clues.NowNear && !plainNowInMessage)
        {
            clues.Timing = SignalTiming.OtherTime;
            clues.Nearest = Math.Min(clues.Nearest, _settings.TimeWindow);
        }

        // "hij zei dat hij me vermoordt": what was said, with no time of its own, is another time than now.
        if (clues.Timing == SignalTiming.Unmarked && clues.ReportedBefore && !clues.NowNear)
        {
            clues.Timing = SignalTiming.OtherTime;
            clues.Nearest = Math.Min(clues.Nearest, _settings.TimeWindow);
        }

        // "my dad just hits me sometimes": a verb in the form of a habit with a habit word near tells a habit, whatever now word
        // ("just", "nu") stands nearer; "just" before it means "simply", not "a moment ago".
        if (clues.Timing == SignalTiming.Now && clues.OtherTimeNear && _concepts.FormGivesTime[signal.Concept] && IsHabitualForm(text.Word(signal.Start), signal.Language))
        {
            clues.Timing = SignalTiming.OtherTime;
        }

        // "nu slaat hij me vaak", "now he hits me often", "eerst alleen schelden, nu slaat hij ook": a now word that also means
        // "these days", with how often near the act or an earlier stage before it in the sentence and no other now word, tells
        // a habit of these days - unless the act is said to go on ("hij is me nu aan het slaan").
        if (clues.Timing == SignalTiming.Now && clues.TheseDaysNear && !clues.OtherNowNear && (clues.HowOftenOfTheseDaysNear || clues.EarlierStageBefore)
            && TimingByForm(text.Word(signal.Start), signal.Language) != SignalTiming.Now)
        {
            clues.Timing = SignalTiming.OtherTime;
        }

        // A habit or a moment long ago is long ago: "as a child I was sometimes beaten".
        if (clues.DistantPast && clues.Timing == SignalTiming.OtherTime)
        {
            clues.Timing = SignalTiming.DistantPast;
        }
    }

    /// <summary>
    /// A threat told with a now word right before the telling ("the neighbour just told me he is coming for her"): it was said just
    /// now, so the now word places it however long what was said is.
    /// </summary>
    private bool SaidJustNow(ConceptMatch marker, ConceptRole role, ConceptMatch signal, int toldFrom) =>
        role == ConceptRole.NowMarker && _concepts.Said[signal.Concept] && marker.End < toldFrom && toldFrom - marker.End <= 2;

    /// <summary>
    /// Where the last reported-speech word before the signal in its clause starts ("told", "vertelde"); int.MinValue when there is
    /// none. What comes after it was told: a now word before it is when it was told.
    /// </summary>
    private int TellingBefore(ConceptMatch signal, List<ConceptMatch> others, int segment, int[] segments)
    {
        var from = int.MinValue;
        foreach (var other in others)
        {
            if (_concepts.Roles[other.Concept] == ConceptRole.ReportedSpeechMarker && segments[other.Start] == segment && other.End < signal.Start)
            {
                from = Math.Max(from, other.Start);
            }
        }

        return from;
    }

    /// <summary>
    /// An act said to be going on: a progressive form ("is beating"), or a now word right before the verb or opening its phrase
    /// ("is me aan het slaan", where "aan het slaan" is the signal's own phrase).
    /// </summary>
    private bool GoesOn(ConceptMatch signal, NormalizedText text, bool[] nowWordEndsAt) =>
        TimingByForm(text.Word(signal.Start), signal.Language) == SignalTiming.Now
        || (signal.Start > 0 && nowWordEndsAt[signal.Start - 1])
        || (signal.Start < signal.End && nowWordEndsAt[signal.End - 1]);

    /// <summary>Where words of the present passive are ("wordt", "being"), taken before the signal's own phrase hides them ("being hit").</summary>
    private bool[] PresentWords(List<ConceptMatch> matches, int tokens)
    {
        var present = new bool[tokens];
        foreach (var match in matches)
        {
            if (_concepts.Roles[match.Concept] == ConceptRole.PresentMarker)
            {
                for (var i = match.Start; i <= match.End; i++)
                {
                    present[i] = true;
                }
            }
        }

        return present;
    }

    /// <summary>Whether a now word found is one of its concept's words that also mean "these days" ("nu", "now").</summary>
    private bool MeansTheseDays(ConceptMatch nowWord, NormalizedText text) =>
        nowWord.Start == nowWord.End
        && _concepts.TheseDaysWords[nowWord.Concept] is { } words
        && words.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.Word(nowWord.Start));

    private static bool HoldsAPresentWord(ConceptMatch signal, bool[] presentWordAt)
    {
        for (var i = signal.Start; i <= signal.End; i++)
        {
            if (presentWordAt[i])
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Where now words end, taken before longer phrases hide them ("aan het" inside "aan het slaan").</summary>
    private bool[] NowWordEnds(List<ConceptMatch> matches, int tokens)
    {
        var ends = new bool[tokens];
        foreach (var match in matches)
        {
            if (_concepts.Roles[match.Concept] == ConceptRole.NowMarker && !_concepts.YieldsToATime[match.Concept])
            {
                ends[match.End] = true;
            }
        }

        return ends;
    }

    /// <summary>Whether a subject comes after the signal and opens the telling: "..., he said", not "drew daddy hitting mummy and said".</summary>
    private static bool NewSpeakerBefore(ConceptMatch signal, ConceptMatch marker, List<ConceptMatch> subjects)
    {
        foreach (var subject in subjects)
        {
            if (subject.Start > signal.End && subject.Start <= marker.Start)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a match is the last of its clause ("he hit her, she said"), not followed by what it opens.</summary>
    private static bool EndsItsClause(ConceptMatch match, int[] segments) =>
        match.End + 1 >= segments.Length || segments[match.End + 1] != segments[match.End];

    /// <summary>
    /// A time word that opens its clause places everything in it, however far: "gisteren greep hij een mes en zat hij achter me aan",
    /// "last week he grabbed a bottle and came at me again and again", "terwijl ik dit typ hoor ik hem schreeuwen en ... slaan".
    /// </summary>
    private static bool PlacesTheWholeClause(ConceptMatch marker, ConceptRole role, ConceptMatch signal, int[] segments) =>
        role is ConceptRole.NowMarker or ConceptRole.OtherTimeMarker or ConceptRole.HabitMarker or ConceptRole.DistantPastMarker or ConceptRole.ReportedSpeechMarker
        && marker.End <= signal.Start
        && (marker.Start == 0 || segments[marker.Start - 1] != segments[marker.Start]);

    /// <summary>
    /// A Dutch passive puts its participle at the end of the clause, however many words come between: in "ze wordt door mijn zwager
    /// bij haar arm door de kamer gesleurd" the present "wordt" places "gesleurd", which its form alone would put in the past.
    /// </summary>
    private bool PassiveWithItsParticiple(ConceptMatch marker, ConceptRole role, ConceptMatch signal, int distance, NormalizedText text) =>
        role == ConceptRole.PresentMarker
        && marker.End <= signal.Start
        && distance <= 2 * _settings.TimeWindow
        && TimingByForm(text.Word(signal.Start), signal.Language) == SignalTiming.OtherTime;

    /// <summary>
    /// A Dutch verb of posture with "te" before the infinitive tells what goes on now, however many words come between: "een moeder
    /// staat op het schoolplein haar kind te slaan", "zit hem al de hele tijd te schoppen"; a time word near the verb of posture
    /// places both ("staat bijna elke avond bij haar deur te schreeuwen en te slaan").
    /// </summary>
    private bool PostureWithItsInfinitive(ConceptMatch signal, NormalizedText text, int[] segments, List<ConceptMatch> others)
    {
        if (signal.Start < 2)
        {
            return false;
        }

        foreach (var (formLanguage, forms) in _verbForms)
        {
            if ((signal.Language is { } language && language != formLanguage) || !forms.IsProgressiveParticle(text.Word(signal.Start - 1)))
            {
                continue;
            }

            for (var i = signal.Start - 2; i >= 0 && signal.Start - i <= 2 * _settings.TimeWindow && segments[i] == segments[signal.Start]; i--)
            {
                if (forms.IsPostureVerb(text.Word(i)))
                {
                    return !TimePlacedAround(i, signal, others, segments);
                }
            }
        }

        return false;
    }

    private bool TimePlacedAround(int postureVerb, ConceptMatch signal, List<ConceptMatch> others, int[] segments)
    {
        foreach (var other in others)
        {
            if (_concepts.Roles[other.Concept] is ConceptRole.OtherTimeMarker or ConceptRole.HabitMarker or ConceptRole.DistantPastMarker
                && segments[other.Start] == segments[signal.Start]
                && other.Start >= postureVerb - _settings.TimeWindow && other.End < signal.Start)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A time word among the first three words of its clause ("drie weken terug had hij ...").</summary>
    private static bool NearTheStartOfItsClause(ConceptMatch marker, int[] segments) =>
        marker.Start < 3 ? segments[0] == segments[marker.Start] : segments[marker.Start - 3] != segments[marker.Start];

    /// <summary>
    /// A signal that nothing places in time and that asks for it (a weapon) takes the time of the nearest verb in its clause that is
    /// placed in time (by its form or a time word): in "he threatened her with a knife" the knife is in the past too.
    /// </summary>
    private List<LiveSignal> InheritVerbTiming(List<LiveSignal> live, int[] segments)
    {
        for (var i = 0; i < live.Count; i++)
        {
            if (live[i].Source != TimingSource.None || !_concepts.TimeFromVerb[live[i].Match.Concept])
            {
                continue;
            }

            var nearest = int.MaxValue;
            var timing = live[i].Timing;
            foreach (var verb in live)
            {
                var distance = live[i].Match.DistanceTo(verb.Match);
                if (_concepts.FormGivesTime[verb.Match.Concept] && verb.Source != TimingSource.None && verb.Timing != SignalTiming.Unmarked
                    && segments[verb.Match.Start] == segments[live[i].Match.Start]
                    && distance <= _settings.TimeWindow && distance < nearest)
                {
                    nearest = distance;
                    timing = verb.Timing;
                }
            }

            live[i] = live[i] with { Timing = timing };
        }

        return live;
    }

    /// <summary>At equal distance, the more serious reading wins: now, then the present, then other times.</summary>
    private static int Priority(SignalTiming timing) => timing switch
    {
        SignalTiming.Now => 0,
        SignalTiming.Unmarked => 1,
        SignalTiming.OtherTime => 2,
        _ => 3,
    };

    /// <summary>The timing a time marker gives; null for concepts that are no time marker, and a storage place for what is no thing.</summary>
    private static SignalTiming? MarkedTiming(ConceptRole role, bool isThing) => role switch
    {
        ConceptRole.StoragePlaceMarker when isThing => SignalTiming.OtherTime,
        ConceptRole.NowMarker => SignalTiming.Now,
        ConceptRole.PresentMarker => SignalTiming.Unmarked,
        ConceptRole.OtherTimeMarker or ConceptRole.HabitMarker or ConceptRole.ReportedSpeechMarker => SignalTiming.OtherTime,
        ConceptRole.DistantPastMarker => SignalTiming.DistantPast,
        _ => null,
    };

    private bool IsHabitualForm(ReadOnlySpan<char> word, TextLanguage? language)
    {
        foreach (var (formLanguage, forms) in _verbForms)
        {
            if ((language is null || language == formLanguage) && forms.Of(word) == VerbForm.Habitual)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The form of a phrase's first word, or, when that tells nothing and its last word is a past form listed by name, the past:
    /// "met de dood bedreigd" is told afterwards like "bedreigd" (an ending alone is no past there: "aan te rijden").
    /// </summary>
    private SignalTiming TimingOfPhraseForm(ConceptMatch signal, NormalizedText text)
    {
        var first = TimingByForm(text.Word(signal.Start), signal.Language);
        return first == SignalTiming.Unmarked && signal.End > signal.Start && IsListedPast(text.Word(signal.End), signal.Language) ? SignalTiming.OtherTime : first;
    }

    private bool IsListedPast(ReadOnlySpan<char> word, TextLanguage? language)
    {
        foreach (var (formLanguage, forms) in _verbForms)
        {
            if ((language is null || language == formLanguage) && forms.IsListedPast(word))
            {
                return true;
            }
        }

        return false;
    }

    private SignalTiming TimingByForm(ReadOnlySpan<char> word, TextLanguage? language)
    {
        var progressive = false;
        var past = false;
        foreach (var (formLanguage, forms) in _verbForms)
        {
            if (language is null || language == formLanguage)
            {
                var form = forms.Of(word);
                progressive |= form == VerbForm.Progressive;
                past |= form is VerbForm.Past or VerbForm.Habitual;
            }
        }

        return progressive ? SignalTiming.Now : past ? SignalTiming.OtherTime : SignalTiming.Unmarked;
    }

    /// <summary>What the words around one signal say of its time, gathered (<see cref="Gather"/>) before it is settled (<see cref="Settle"/>).</summary>
    private struct TimeClues
    {
        public bool Blocked;
        public bool HabitClauseAfter;
        public bool Negated;
        public int Nearest;
        public SignalTiming Timing;
        public bool DistantPast;
        public bool NowAfter;
        public bool NowNear;
        public bool NearestIsPresent;
        public bool OtherTimeNear;
        public bool NearestIsAfter;
        public bool DistantPastBefore;
        public bool OtherTimeOpensBefore;
        public bool NowBefore;
        public bool NearestIsHabit;
        public bool ReportedBefore;
        public bool AskedAbout;
        public bool PlainNowNear;
        public bool PlainNowBefore;
        public bool YieldedTimeInClause;
        public bool YieldedTimeForWhatIsHeard;
        public bool Supposed;
        public bool SupposedBefore;
        public bool TheseDaysNear;
        public bool OtherNowNear;
        public bool HowOftenOfTheseDaysNear;
        public bool EarlierStageBefore;
    }
}
