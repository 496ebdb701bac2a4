namespace TakeABreak.Bot.Conversation;

/// <summary>Names of the collected values the conversation content (dialogs/flows) and the domain actions share.</summary>
public static class ConversationValues
{
    public const string About = "about";
    public const string Signals = "signals";
    public const string Context = "context";
    public const string Frequency = "frequency";
    public const string SeriousFactors = "serious_factors";
    public const string Role = "role";

    /// <summary>The role of someone telling about themselves.</summary>
    public const string RoleSelf = "self";

    /// <summary>The values that hold context answer ids (dialogs/assessment/context.yaml).</summary>
    public static IReadOnlyList<string> ContextAnswers { get; } = [Context, Frequency, SeriousFactors];
    public const string Urgency = "urgency";
    public const string Feedback = "feedback";

    /// <summary>Urgent red flags the safety guard found in what the user typed (reason ids); they raise the urgency.</summary>
    public const string SafetyFlags = "safety_flags";

    /// <summary>Signal ids only the language model read in what the user typed; offered for confirmation, never taken as given.</summary>
    public const string SuggestedSignals = "suggested_signals";

    /// <summary>The user's answer ("yes" or "no") to the offer of the suggested signals.</summary>
    public const string SuggestedSignalsAnswer = "suggested_signals_answer";
}
