using TakeABreak.BotFramework.Turns;

namespace TakeABreak.Bot.Input;

/// <summary>
/// The text of the turn's message as accepted at the input boundary (at most <see cref="MessageLengthOptions.MaxMessageLength"/>
/// characters), kept for the safety guard while the activity's own text is cut to what the dialogs read.
/// </summary>
public static class AcceptedMessage
{
    private const string Key = "TakeABreak.Input.AcceptedText";

    /// <summary>The whole accepted text; the activity's text when the boundary did not cut anything.</summary>
    public static string? TextOf(ITurnContext turnContext) =>
        turnContext.TurnState.TryGetValue(Key, out var text) && text is string accepted ? accepted : turnContext.Activity.Text;

    internal static void Keep(ITurnContext turnContext, string text) => turnContext.TurnState[Key] = text;

    /// <summary>The first <paramref name="length"/> characters, ended at a space when there is one in the last tenth.</summary>
    internal static string Cut(string text, int length)
    {
        if (text.Length <= length)
        {
            return text;
        }

        var space = text.LastIndexOf(' ', length, length / 10);
        var end = space > 0 ? space : length;
        if (char.IsHighSurrogate(text[end - 1]))
        {
            end--;
        }

        return text[..end];
    }
}
