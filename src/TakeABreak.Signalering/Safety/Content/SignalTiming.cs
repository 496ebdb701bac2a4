namespace TakeABreak.Signalering.Safety.Content;

/// <summary>Where a signal found in a message is placed in time, by the nearest time marker or by the word's own form.</summary>
internal enum SignalTiming
{
    /// <summary>Nothing says when, or it is in the present tense ("hij slaat me").</summary>
    Unmarked,

    /// <summary>Happening now ("nu", "right now", "is hitting", "aan het slaan").</summary>
    Now,

    /// <summary>Recent past, habit, condition or future ("gisteren", "vaak", "als ik wegga", "he choked me").</summary>
    OtherTime,

    /// <summary>Long ago and over ("jaren geleden", "als kind", "used to").</summary>
    DistantPast,
}
