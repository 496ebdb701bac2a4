namespace TakeABreak.Signalering.Safety.Content;

/// <summary>When the anchor signal of a rule must be placed in time for the rule to fire.</summary>
internal enum RuleTiming
{
    /// <summary>The nearest time marker says now.</summary>
    Now,

    /// <summary>No time marker places it outside the present (it is now, or nothing says when).</summary>
    UnlessOtherTime,

    /// <summary>Whenever it happened.</summary>
    Any,
}
