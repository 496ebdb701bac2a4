namespace TakeABreak.Signalering.Safety.Content;

/// <summary>When the anchor signal of a rule must be placed in time for the rule to fire.</summary>
internal enum RuleTiming
{
    /// <summary>It is happening now: the nearest time marker says now, or the word's own form does ("is hitting").</summary>
    Now,

    /// <summary>Nothing places it outside the present (now, present tense, or nothing says when).</summary>
    UnlessOtherTime,

    /// <summary>
    /// No time word places it: now, the present, or a past form with no time word near ("she stabbed him" has just happened;
    /// "last week she stabbed him" has not).
    /// </summary>
    NoTimeWord,

    /// <summary>Now, in the present or recently, but not long ago and over.</summary>
    NotDistant,
    /// <summary>
    /// A time word places it at another time that is not long ago: a pattern, a recent past, a condition ("ik hoor vaak klappen";
    /// not "ik hoorde een klap", which no time word places).
    /// </summary>
    OtherTime,

    /// <summary>Whenever it happened.</summary>
    Any,
}
