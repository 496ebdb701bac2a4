using System.Text.Json.Nodes;
using TakeABreak.BotFramework.Schema;
using TakeABreak.BotFramework.Turns;

namespace TakeABreak.EndToEnd.Tests.Widget;

/// <summary>
/// A stand-in for the product conversation while it is built elsewhere: a welcome with suggested actions, one
/// path to "what you can do", the safety event on a test keyword, and an echo that shows the locale it heard.
/// </summary>
internal sealed class WidgetRehearsalBot : IBot
{
    public const string Welcome = "Welkom bij de oefenbot.";
    public const string Worried = "Ik maak me zorgen om iemand";
    public const string WhatYouCanDo = "Wat je kunt doen: luister zonder te oordelen.";
    public const string AcuteKeyword = "TEST-ACUUT";

    public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        if (activity.IsType(ActivityTypes.ConversationUpdate))
        {
            var welcome = activity.CreateReply(Welcome);
            welcome.SuggestedActions = new SuggestedActions
            {
                Actions = [new CardAction { Type = ActionTypes.ImBack, Title = Worried, Value = JsonValue.Create(Worried) }],
            };
            await turnContext.SendActivityAsync(welcome, cancellationToken);
            return;
        }

        if (!activity.IsType(ActivityTypes.Message))
        {
            return;
        }

        if (activity.Text == AcuteKeyword)
        {
            await turnContext.SendActivityAsync(
                new Activity { Type = ActivityTypes.Event, Name = "takeabreak.safetyAlert", Value = new JsonObject { ["level"] = "acute" } },
                cancellationToken);
            await turnContext.SendActivityAsync(activity.CreateReply("Bel 112."), cancellationToken);
            return;
        }

        var text = activity.Text == Worried ? WhatYouCanDo : $"gehoord in {activity.Locale}: {activity.Text}";
        await turnContext.SendActivityAsync(activity.CreateReply(text), cancellationToken);
    }
}
