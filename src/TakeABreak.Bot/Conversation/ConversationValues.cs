namespace TakeABreak.Bot.Conversation;

/// <summary>Names of the collected values the conversation content (dialogs/flows) and the domain actions share.</summary>
public static class ConversationValues
{
    public const string About = "about";
    public const string Signals = "signals";
    public const string Context = "context";
    public const string Urgency = "urgency";
    public const string Feedback = "feedback";

    /// <summary>Urgent red flags the safety guard found in what the user typed (reason ids); they raise the urgency.</summary>
    public const string SafetyFlags = "safety_flags";
}
