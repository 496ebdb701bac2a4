using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using TakeABreak.BotFramework.Schema;
using TakeABreak.BotFramework.Teams;
using TakeABreak.BotFramework.Turns;
using IMiddleware = TakeABreak.BotFramework.Turns.IMiddleware;

namespace TakeABreak.Bot.Teams;

/// <summary>
/// Teams shows only the first three suggested actions. A question with more choices goes to Teams as an Adaptive Card
/// with a button per choice (and a numbered list as its fallback text); pressing a button sends a message with
/// <c>value.choice</c> and no text, which this middleware turns back into the choice's text, so it is answered exactly
/// like a typed or tapped choice.
/// </summary>
public sealed class TeamsChoiceCardsMiddleware : IMiddleware
{
    public const int MaxSuggestedActions = 3;
    public const string ChoiceKey = "choice";
    public const string CardVersion = "1.5";
    public const string CardSchema = "http://adaptivecards.io/schemas/adaptive-card.json";

    public Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken)
    {
        if (!TeamsConversation.IsTeams(turnContext.Activity))
        {
            return next(cancellationToken);
        }

        var activity = turnContext.Activity;
        if (activity.IsType(ActivityTypes.Message) && string.IsNullOrWhiteSpace(activity.Text)
            && activity.Value is JsonObject value && value[ChoiceKey] is JsonValue choice && choice.TryGetValue<string>(out var chosen))
        {
            activity.Text = chosen;
            activity.Value = null;
        }

        turnContext.OnSendActivities((_, activities, send) =>
        {
            foreach (var reply in activities)
            {
                ShowChoicesAsCard(reply);
            }

            return send();
        });
        return next(cancellationToken);
    }

    public static void ShowChoicesAsCard(Activity reply)
    {
        if (reply.SuggestedActions is not { Actions.Count: > MaxSuggestedActions } suggested)
        {
            return;
        }

        var titles = suggested.Actions.Select(action => action.Title ?? action.Value?.ToString() ?? string.Empty).ToList();
        var fallback = new StringBuilder(reply.Text);
        var actions = new JsonArray();
        for (var i = 0; i < titles.Count; i++)
        {
            fallback.Append('\n').Append((i + 1).ToString(CultureInfo.InvariantCulture)).Append(". ").Append(titles[i]);
            actions.Add(new JsonObject { ["type"] = "Action.Submit", ["title"] = titles[i], ["data"] = new JsonObject { [ChoiceKey] = titles[i] } });
        }

        var card = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = CardSchema,
            ["version"] = CardVersion,
            ["fallbackText"] = fallback.ToString(),
            ["body"] = new JsonArray { new JsonObject { ["type"] = "ActionSet", ["actions"] = actions } },
        };
        reply.SuggestedActions = null;
        reply.Attachments = [.. reply.Attachments ?? [], new Attachment { ContentType = Attachment.AdaptiveCardContentType, Content = card }];
    }
}
