using TakeABreak.Signalering.Safety;

namespace TakeABreak.Signalering.Tests.Safety.Labelled;

/// <summary>Which half of the labelled set a message belongs to; fixed once by its position in its situation list.</summary>
public enum LabelledHalf
{
    Tuning,
    HeldOut,

    /// <summary>safety-messages-fresh.yaml: written after the first held-out measurement, before the second tuning round; never tuned on.</summary>
    Fresh,
}

/// <summary>One message of safety-messages.yaml with its expected level, situation type, language and half.</summary>
public sealed record LabelledMessage(string Text, string Language, string Situation, SafetyLevel Expected, LabelledHalf Half);
