using TakeABreak.Bot.Conversation;

namespace TakeABreak.Bot.Consultations;

/// <summary>Names of the collected values dialogs/flows/consultation.yaml and the consultation actions share.</summary>
public static class ConsultationValues
{
    public const string Role = "role";
    public const string Field = "field";
    public const string About = ConversationValues.About;
    public const string Signals = ConversationValues.Signals;
    public const string Urgency = ConversationValues.Urgency;

    /// <summary>The urgency the request will have (set when the request is explained), for the questions after it.</summary>
    public const string RequestUrgency = "consultation_urgency";
    public const string OwnWords = "own_words";

    public const string ConsentAt = "consultation_consent_at";
    public const string ContactWay = "contact_way";
    public const string ContactAddress = "contact_address";
    public const string ContactCheck = "contact_check";
    public const string ContactAttempts = "contact_attempts";
    public const string SafeTime = "contact_safe_time";
    public const string OthersMaySee = "contact_others_may_see";
    public const string FirstName = "contact_first_name";
    public const string RequestId = "consultation_request_id";
    public const string Result = "consultation_result";
    public const string Reference = "consultation_reference";

    /// <summary>The value of <see cref="Result"/> once the person withdrew the request they sent.</summary>
    public const string Withdrawn = "withdrawn";

    /// <summary>A message the person may add to the request they sent, held until they say yes or no.</summary>
    public const string Addition = "consultation_addition";

    /// <summary>Everything personal the request collected; forgotten once it is stored or cancelled.</summary>
    public static IReadOnlyList<string> ContactValues { get; } =
        [ContactWay, ContactAddress, ContactCheck, ContactAttempts, SafeTime, OthersMaySee, FirstName];
}
