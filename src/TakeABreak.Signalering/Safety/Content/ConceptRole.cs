namespace TakeABreak.Signalering.Safety.Content;

/// <summary>What a concept of the safety lexicon does when it is found in a message.</summary>
internal enum ConceptRole
{
    /// <summary>Something dangerous (violence, weapon, threat); rules are built from signals.</summary>
    Signal,

    /// <summary>Places a nearby signal in the present: "nu", "right now", "vanavond", "help me".</summary>
    NowMarker,

    /// <summary>Places a nearby signal in the present, without saying it is happening this moment ("wordt", "being").</summary>
    PresentMarker,

    /// <summary>Places a nearby signal outside the present: recent past, habit, condition or future ("vorige week", "vaak", "als").</summary>
    OtherTimeMarker,

    /// <summary>
    /// A place where things are kept ("in de kast", "in the shed"): it places only a thing (a weapon, an object) outside the present
    /// ("he keeps a knife in the shed"); a person locked in the shed is there now.
    /// </summary>
    StoragePlaceMarker,

    /// <summary>
    /// A habit ("steeds", "telkens"): read like another time, except that a now word before the signal in its clause says the
    /// repetition is going on now ("ze zijn aan het vechten en hij slaat haar steeds").
    /// </summary>
    HabitMarker,

    /// <summary>
    /// Reported speech ("zei", "said", "told"): what was said takes its own time ("hij zei net dat hij me vannacht vermoordt" is now);
    /// only when nothing in it is placed in time is it another time, and a signal before it is another time too.
    /// </summary>
    ReportedSpeechMarker,

    /// <summary>Places a nearby signal long ago and over ("jaren geleden", "als kind", "used to").</summary>
    DistantPastMarker,
    /// <summary>
    /// Says that the writer supposes what is told rather than sees it happen ("ik denk", "volgens mij", "i think"): a signal in
    /// the present passive ("wordt geslagen", "is being hit") with no now word near is then what happens to someone, not this
    /// moment ("ik denk dat mijn buurvrouw wordt geslagen" is a serious disclosure; "... wordt nu geslagen" is danger now).
    /// </summary>
    SuppositionMarker,

    /// <summary>Cancels a signal a few words away: "niet", "geen", "not", "never".</summary>
    Negation,

    /// <summary>Cancels every signal in its sentence: hypotheticals, general questions, fiction and news.</summary>
    Blocker,

    /// <summary>Starts a new clause, so markers and blockers before it do not reach the signals after it ("maar nu").</summary>
    ClauseBreak,

    /// <summary>
    /// A subject pronoun ("ik", "hij", "i", "he"): a negation after it belongs to its own verb, not to a signal before it
    /// ("kussen op mijn gezicht, ik kon niet ademen").
    /// </summary>
    Subject,

    /// <summary>
    /// Opens a part of the clause with a verb of its own ("nadat", "omdat", "after", "because"): a negation on one side does not
    /// reach a signal on the other ("de baby huilt niet meer nadat hij hem door elkaar schudde").
    /// </summary>
    NegationBoundary,

    /// <summary>A phrase that only hides the words inside it from the other concepts ("weet niet", "tot nu toe").</summary>
    Neutral,
}
