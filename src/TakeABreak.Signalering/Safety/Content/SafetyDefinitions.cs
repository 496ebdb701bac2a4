using TakeABreak.Linguistics.Stemming;
using TakeABreak.Signalering.Safety.Matching;

namespace TakeABreak.Signalering.Safety.Content;

internal sealed record TermDefinition(string Text, int Line, TextLanguage Language);

/// <param name="FormGivesTime">Whether the form of the word found ("is hitting", "gewurgd") places it in time when no time word is near.</param>
/// <param name="Said">Whether the signal is itself something said (a threat): a now word before "he said" places it.</param>
/// <param name="TimeFromVerb">Whether, without a time word near, it takes the time of the nearest verb placed in time.</param>
/// <param name="YieldsTo">For a blocker: the signals that overrule it anywhere in the message ("is gevallen" is no accident next to "na zijn duw").</param>
/// <param name="NotWhenNow">For a blocker: the signals it does not cancel when a now word places them ("is het normaal dat hij me nu schopt").</param>
/// <param name="TheseDaysTerms">For a now word: those of its terms that also mean "these days" ("nu", "now").</param>
/// <param name="TheseDaysWith">For a now word with <paramref name="TheseDaysTerms"/>: the how-often words that, near an act and with no other now word near, make it a habit of these days ("nu slaat hij me vaak").</param>
/// <param name="PlacesWhatCameBefore">For another time that opens a clause of habit or condition ("when they fight", "als hij gedronken heeft"): it places a signal before it in its clause that nothing else places, however far ("i hide in my room with my little brother when they fight").</param>
/// <param name="TheseDaysAfter">For a now word with <paramref name="TheseDaysTerms"/>: the words of an earlier stage that, earlier in the same sentence, make an act after them a habit of these days ("eerst alleen schelden, nu slaat hij ook").</param>
/// <param name="YieldsToTimes">For a now word: the time words that, in its clause, say when it happens instead ("ik hoor het 's nachts").</param>
internal sealed record ConceptDefinition(string Id, ConceptRole Role, IReadOnlyList<TermDefinition> Terms, bool FormGivesTime = false, bool TimeFromVerb = false, IReadOnlyList<string>? YieldsTo = null, IReadOnlyList<string>? EndsAtANewSubject = null, IReadOnlyList<string>? NotWhenNow = null, IReadOnlyList<string>? YieldsToTimes = null, bool Said = false, IReadOnlyList<string>? TheseDaysTerms = null, IReadOnlyList<string>? TheseDaysWith = null, IReadOnlyList<string>? TheseDaysAfter = null, bool PlacesWhatCameBefore = false);

/// <param name="TranspositionMinLength">Words of at least this many letters are also found with two neighbouring letters swapped.</param>
/// <param name="DroppedFinalLetters">Final letters chat drops per language ("kapot make"): a word is also found as a term word of that language with one of them after it.</param>
/// <param name="RunTogether">Words run together in chat ("hijslaatme"); null: never split.</param>
internal sealed record MatchingSettings(
    IReadOnlyList<TypoAllowance> Typos,
    int NegationWindow,
    int TimeWindow,
    int GapMax,
    int HabitWindow,
    int TranspositionMinLength = int.MaxValue,
    IReadOnlyDictionary<TextLanguage, IReadOnlyList<char>>? DroppedFinalLetters = null,
    RunTogetherSettings? RunTogether = null);

/// <param name="Openers">Words chat joins to the next word ("hij", "een", "he"): a run-together word is split only when it starts with one…</param>
/// <param name="Closers">…or ends with one of these ("me", "her", "nu"): "hittingme".</param>
internal sealed record RunTogetherSettings(IReadOnlyList<string> Openers, IReadOnlyList<string> Closers);

internal sealed record LexiconDefinition(
    MatchingSettings Matching,
    IReadOnlyList<string> OrdinaryWords,
    IReadOnlyList<ConceptDefinition> Concepts,
    IReadOnlyDictionary<TextLanguage, VerbForms> VerbForms,
    IReadOnlyList<string>? NumberWords = null,
    int SmallestNumber = int.MaxValue);

/// <param name="With">Signals that must be found in the same clause too; each item is a list of which any one will do.</param>
/// <param name="Answer">The message (from messages.yaml) the bot answers with when this rule decides the verdict; null: the level's default.</param>
/// <param name="Unless">Signals that stop the rule when found in the anchor's clause.</param>
/// <param name="InMessage">Signals that must be found anywhere in the message, not only in the anchor's clause; each item is a list of which any one will do.</param>
/// <param name="MaxWords">The rule fires only on a message of at most this many words ("knife", "gun. help"); null: any length.</param>
/// <param name="UnlessInMessage">Signals that stop the rule when found anywhere in the message ("we both laughed").</param>
/// <param name="Shouted">The rule fires only on a message written as shouting: in capitals, with "!!" or with a letter stretched ("HELP", "hulp!!!", "helppp").</param>
internal sealed record RuleDefinition(
    string Id,
    SafetyLevel Level,
    IReadOnlyList<string> Anchors,
    IReadOnlyList<IReadOnlyList<string>> With,
    RuleTiming When,
    string? Answer = null,
    IReadOnlyList<string>? Unless = null,
    IReadOnlyList<IReadOnlyList<string>>? InMessage = null,
    int? MaxWords = null,
    bool Shouted = false,
    IReadOnlyList<string>? UnlessInMessage = null);

/// <param name="Id">The reason id reported with the verdict.</param>
/// <param name="MaxWords">Only a reply of at most this many words is read.</param>
/// <param name="Answer">The acute message (from messages.yaml) the bot answers with.</param>
/// <param name="AloneMaxWords">The words of <paramref name="NowAlone"/> count only in a reply of at most this many words.</param>
/// <param name="Now">Per language, the phrases that say it is happening now, as normalized words.</param>
/// <param name="NowAlone">Per language, the words that say it only in a very short reply ("nu", "right now").</param>
/// <param name="Calm">The phrases that say it is over or calm, or hold a "now" that is no moment, as normalized words.</param>
/// <param name="NotCalm">The phrases that hold a calm word but say the opposite ("hes gone crazy", "niet veilig"), as normalized words.</param>
/// <param name="AskedWhatNext">The questions what to do next ("wat nu", "what now"), whose bare now word says nothing of the moment, as normalized words.</param>
internal sealed record AfterDisclosureDefinition(
    string Id,
    int MaxWords,
    int AloneMaxWords,
    string Answer,
    IReadOnlyDictionary<TextLanguage, IReadOnlyList<string[]>> Now,
    IReadOnlyDictionary<TextLanguage, IReadOnlyList<string[]>> NowAlone,
    IReadOnlyList<string[]> Calm,
    IReadOnlyList<string[]> NotCalm,
    IReadOnlyList<string[]> AskedWhatNext);
