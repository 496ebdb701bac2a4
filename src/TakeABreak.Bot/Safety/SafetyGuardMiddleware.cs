using System.Text;
using System.Text.Json.Nodes;
using TakeABreak.Bot.Conversation;
using TakeABreak.BotFramework.Schema;
using TakeABreak.BotFramework.Turns;
using IMiddleware = TakeABreak.BotFramework.Turns.IMiddleware;
using TakeABreak.Dialogs.Turns;
using TakeABreak.Signalering.Safety;

namespace TakeABreak.Bot.Safety;

/// <summary>
/// Sees every message before any dialog does. On acute danger it answers in the same turn — call 112 first, the
/// <c>takeabreak.safetyAlert</c> event for the widget's banner, then the offer to go on or start again — and the dialog
/// does not run. Urgent red flags are remembered so the urgency for follow-up is raised later.
/// </summary>
public sealed class SafetyGuardMiddleware(SafetyContent safety, DialogEngine dialogs, SafetyTelemetry telemetry) : IMiddleware
{
    public const string AlertEventName = "takeabreak.safetyAlert";

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        var text = activity.IsType(ActivityTypes.Message) ? UserTextOf(activity) : string.Empty;
        if (text.Length == 0)
        {
            await next(cancellationToken);
            return;
        }

        var verdict = safety.Detector.Assess(text);
        telemetry.Count(verdict.Level);
        if (verdict.IsAcute)
        {
            await AnswerAcuteDangerAsync(turnContext, cancellationToken);
            return;
        }

        if (verdict.Level == SafetyLevel.Urgent)
        {
            await dialogs.RememberAsync(turnContext, ConversationValues.SafetyFlags, verdict.ReasonIds, cancellationToken);
        }

        if (IsLabel(text, SafetyMessages.AcuteContinue))
        {
            await dialogs.RepromptAsync(turnContext, cancellationToken);
            return;
        }

        if (IsLabel(text, SafetyMessages.AcuteRestart))
        {
            await dialogs.RestartAsync(turnContext, cancellationToken);
            return;
        }

        await next(cancellationToken);
    }

    private async Task AnswerAcuteDangerAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var locale = await dialogs.LocaleAsync(turnContext, cancellationToken);
        var messages = safety.Messages;
        var offer = new Activity
        {
            Type = ActivityTypes.Message,
            Text = messages.Get(SafetyMessages.AcuteContinueOffer, locale),
            InputHint = InputHints.ExpectingInput,
            SuggestedActions = new SuggestedActions
            {
                Actions =
                [
                    CardAction.ImBack(messages.Get(SafetyMessages.AcuteContinue, locale), messages.Get(SafetyMessages.AcuteContinue, locale)),
                    CardAction.ImBack(messages.Get(SafetyMessages.AcuteRestart, locale), messages.Get(SafetyMessages.AcuteRestart, locale)),
                ],
            },
        };
        await turnContext.SendActivitiesAsync(
            [
                new Activity { Type = ActivityTypes.Message, Text = messages.Get(SafetyMessages.AcuteDanger, locale), InputHint = InputHints.AcceptingInput },
                new Activity { Type = ActivityTypes.Event, Name = AlertEventName, Value = new JsonObject { ["level"] = "acute" } },
                offer,
            ],
            cancellationToken);
    }

    /// <summary>Whether the text is the button label of this offer answer, in any language.</summary>
    private bool IsLabel(string text, string messageId) =>
        safety.Messages.Locales.Any(locale => string.Equals(text.Trim(), safety.Messages.Get(messageId, locale), StringComparison.OrdinalIgnoreCase));

    /// <summary>What the user wrote: the message text and every text field of a submitted card.</summary>
    private static string UserTextOf(Activity activity)
    {
        if (activity.Value is null)
        {
            return activity.Text?.Trim() ?? string.Empty;
        }

        var text = new StringBuilder(activity.Text);
        AppendStrings(activity.Value, text);
        return text.ToString().Trim();
    }

    private static void AppendStrings(JsonNode? node, StringBuilder text)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (_, child) in obj)
                {
                    AppendStrings(child, text);
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    AppendStrings(child, text);
                }

                break;
            case JsonValue value when value.TryGetValue<string>(out var s):
                text.Append('\n').Append(s);
                break;
        }
    }
}
