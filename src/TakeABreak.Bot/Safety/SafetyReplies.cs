using System.Text.Json.Nodes;
using TakeABreak.BotFramework.Schema;
using TakeABreak.Signalering.Safety;
using TakeABreak.Signalering.Safety.SecondReading;

namespace TakeABreak.Bot.Safety;

/// <summary>The activities the guard sends, with their wording from dialogs/safety/messages.yaml.</summary>
public sealed class SafetyReplies(SafetyMessages messages)
{
    public const string AlertEventName = "takeabreak.safetyAlert";

    /// <summary>The ending of the id of an answer's version for professionals in dialogs/safety/messages.yaml.</summary>
    public const string ProfessionalSuffix = "_professional";

    /// <summary>
    /// Danger now: the answer (call 112 first), the event for the widget's banner where there is a widget (not in
    /// Teams, which shows events to nobody), and the offer to go on or start again.
    /// </summary>
    public IReadOnlyList<Activity> Acute(SafetyVerdict verdict, string locale, bool withBannerEvent)
    {
        var goOn = messages.Get(SafetyMessages.AcuteContinue, locale);
        var restart = messages.Get(SafetyMessages.AcuteRestart, locale);
        Activity[] banner = withBannerEvent
            ? [new Activity { Type = ActivityTypes.Event, Name = AlertEventName, Value = new JsonObject { ["level"] = "acute" } }]
            : [];
        return
        [
            Message(messages.Get(verdict.AnswerId ?? SafetyMessages.AcuteDanger, locale), locale),
            .. banner,
            new Activity
            {
                Type = ActivityTypes.Message,
                Text = messages.Get(SafetyMessages.AcuteContinueOffer, locale),
                Locale = locale,
                InputHint = InputHints.ExpectingInput,
                SuggestedActions = new SuggestedActions { Actions = [CardAction.ImBack(goOn, goOn), CardAction.ImBack(restart, restart)] },
            },
        ];
    }

    /// <summary>The ending of the id of an answer's short version, for a conversation that already had a serious disclosure answered.</summary>
    public const string AgainSuffix = "_again";

    /// <summary>
    /// A serious disclosure without danger now: an acknowledgement with where to go (Veilig Thuis, 113, De Kindertelefoon);
    /// for a professional its <c>_professional</c> version (the Meldcode) where messages.yaml has one, and when one was
    /// answered before in this conversation its <c>_again</c> version (one sentence) where there is one; to a young writer
    /// who said their age its <c>_young</c> version (De Kindertelefoon said plainly) where there is one. To a young person,
    /// and to a professional who passes on what a child told them, the acknowledgement for children replaces the general one
    /// and the disclosure reading's (which cannot say what was told); an answer a rule chose (113) stays.
    /// </summary>
    public Activity Urgent(SafetyVerdict verdict, string locale, bool toProfessional, bool answeredBefore = false, bool toYoungPerson = false, bool childToldThem = false, bool ageKnown = false) =>
        Message(messages.Get(UrgentAnswerId(verdict, toProfessional, answeredBefore, (toYoungPerson && !toProfessional) || (childToldThem && toProfessional), ageKnown && !toProfessional), locale), locale);

    /// <summary>The ending of the id of an answer's version for a young writer who said their age: De Kindertelefoon without "if you are under 18".</summary>
    public const string YoungSuffix = "_young";

    private string UrgentAnswerId(SafetyVerdict verdict, bool toProfessional, bool answeredBefore, bool aboutAChild, bool youngByAge)
    {
        var general = aboutAChild ? SafetyMessages.ChildDisclosure : SafetyMessages.UrgentDisclosure;
        var chosen = verdict.AnswerId is { } ruled && !(aboutAChild && verdict.ReasonIds.Contains(DisclosureReader.ReasonId)) ? ruled : general;
        var answer = WhereWritten(WhereWritten(chosen, ProfessionalSuffix, toProfessional), YoungSuffix, youngByAge);
        return WhereWritten(answer, AgainSuffix, answeredBefore);
    }

    private string WhereWritten(string answer, string suffix, bool wanted) =>
        wanted && messages.Ids.Contains(answer + suffix, StringComparer.Ordinal) ? answer + suffix : answer;

    /// <summary>The line that leads from the acknowledgement to the dialog's question after it.</summary>
    public string GoingOn(string locale, bool conversationStarts) =>
        messages.Get(conversationStarts ? SafetyMessages.UrgentGoingOnFirst : SafetyMessages.UrgentGoingOn, locale);

    /// <summary>Whether the text is the label of one of the guard's own buttons, in any language.</summary>
    public bool IsButton(string text, string messageId) =>
        messages.Locales.Any(locale => string.Equals(text.Trim(), messages.Get(messageId, locale), StringComparison.OrdinalIgnoreCase));

    private static Activity Message(string text, string locale) => new()
    {
        Type = ActivityTypes.Message,
        Text = text,
        TextFormat = "plain",
        Locale = locale,
        InputHint = InputHints.AcceptingInput,
    };
}
