using TakeABreak.Signalering.Safety.Content;
using TakeABreak.Signalering.Safety.Matching;

namespace TakeABreak.Signalering.Safety.Timing;

/// <summary>A signal not denied or set aside, with its time and what gave it.</summary>
internal readonly record struct LiveSignal(ConceptMatch Match, SignalTiming Timing, TimingSource Source);

/// <summary>What placed a signal in time: nothing, a time word, or its verb form.</summary>
internal enum TimingSource
{
    None,
    Marker,
    Form,
}

/// <summary>Time words found before longer phrases hide the words inside them: where now words end, where present words are.</summary>
internal readonly record struct TimeWordsBeforeHiding(bool[] NowWordEnds, bool[] PresentWordAt);
