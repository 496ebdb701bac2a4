using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using TakeABreak.BotFramework.Schema;
using TakeABreak.Dialogs.Runtime;

namespace TakeABreak.Dialogs.Turns;

/// <summary>Turns dialog replies into message activities: buttons as suggested actions, checklists as Adaptive Cards.</summary>
public static class ReplyActivities
{
    public static Activity From(DialogReply reply)
    {
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Text = reply.Text,
            TextFormat = "plain",
            InputHint = reply.ExpectsAnswer ? InputHints.ExpectingInput : InputHints.AcceptingInput,
        };
        if (reply.Choices.Count > 0)
        {
            activity.SuggestedActions = new SuggestedActions
            {
                Actions = reply.Choices.Select(choice => CardAction.ImBack(choice.Title, choice.Title)).ToList(),
            };
        }

        if (reply.Checklist is { } checklist)
        {
            activity.Text = reply.Text + "\n\n" + checklist.Hint;
            activity.Attachments = [new Attachment { ContentType = Attachment.AdaptiveCardContentType, Content = Card(reply.Text, checklist) }];
        }

        return activity;
    }

    private const char NoBreakSpace = '\u00A0';

    private static JsonObject Card(string prompt, ReplyChecklist checklist)
    {
        var choices = new JsonArray();
        var fallback = new StringBuilder(prompt);
        for (var i = 0; i < checklist.Options.Count; i++)
        {
            var number = (i + 1).ToString(CultureInfo.InvariantCulture);
            // A no-break space after "2.": with a plain space, Web Chat's Markdown reads each title as a list of its own and shows "1." on every option.
            choices.Add(new JsonObject { ["title"] = $"{number}.{NoBreakSpace}{checklist.Options[i].Title}", ["value"] = checklist.Options[i].Id });
            fallback.Append('\n').Append(number).Append(". ").Append(checklist.Options[i].Title);
        }

        return new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = "1.3",
            ["fallbackText"] = fallback.ToString(),
            ["body"] = new JsonArray
            {
                new JsonObject { ["type"] = "Input.ChoiceSet", ["id"] = "selection", ["isMultiSelect"] = true, ["style"] = "expanded", ["choices"] = choices, ["value"] = string.Join(",", checklist.Selected) },
            },
            ["actions"] = new JsonArray
            {
                new JsonObject { ["type"] = "Action.Submit", ["title"] = checklist.SubmitTitle, ["data"] = new JsonObject { ["checklist"] = checklist.Key } },
                new JsonObject { ["type"] = "Action.Submit", ["title"] = checklist.NoneTitle, ["data"] = new JsonObject { ["checklist"] = checklist.Key, ["none"] = true } },
            },
        };
    }
}
