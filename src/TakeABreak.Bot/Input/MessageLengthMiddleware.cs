using Microsoft.Extensions.Options;
using TakeABreak.BotFramework.Schema;
using TakeABreak.BotFramework.Turns;
using TakeABreak.Dialogs.Content;
using IMiddleware = TakeABreak.BotFramework.Turns.IMiddleware;

namespace TakeABreak.Bot.Input;

/// <summary>
/// The turn's input boundary, before the safety guard: a message longer than the maximum is cut to it and the user is
/// told that the rest was not read; the accepted text is kept whole for the guard, and the activity's text is cut to
/// what the dialogs read, so recognition costs the same for 4,000 characters as for 500.
/// </summary>
public sealed class MessageLengthMiddleware(IOptions<MessageLengthOptions> options, DialogContent content) : IMiddleware
{
    public const string TooLong = "service_message_too_long";

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        var text = activity.Text;
        var limits = options.Value;
        if (!activity.IsType(ActivityTypes.Message) || text is null || text.Length <= limits.MaxRecognizedLength)
        {
            await next(cancellationToken);
            return;
        }

        var accepted = AcceptedMessage.Cut(text, limits.MaxMessageLength);
        AcceptedMessage.Keep(turnContext, accepted);
        activity.Text = AcceptedMessage.Cut(accepted, limits.MaxRecognizedLength);
        if (accepted.Length < text.Length)
        {
            var notice = content.Strings.Text(TooLong, content.LocaleFor(activity.Locale))
                .Replace("{max}", limits.MaxMessageLength.ToString("N0", System.Globalization.CultureInfo.GetCultureInfo("nl-NL")), StringComparison.Ordinal);
            await turnContext.SendActivityAsync(new Activity { Type = ActivityTypes.Message, Text = notice }, cancellationToken);
        }

        await next(cancellationToken);
    }
}
