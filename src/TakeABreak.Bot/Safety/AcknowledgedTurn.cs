using System.Text.RegularExpressions;
using TakeABreak.BotFramework.Schema;

namespace TakeABreak.Bot.Safety;

/// <summary>
/// Puts the acknowledgement of a serious disclosure among the replies of its turn: after the welcome when the message opened
/// the conversation, otherwise before the dialog's replies; without the lines that repeat a phone number the other
/// replies already give (112 and 0800-2000 once each per turn); ending with a line that leads to the dialog's message after
/// it ("Nu gaan we verder waar we waren."), so that no question of its own stands right before the dialog's question; and
/// joined to the message after it when the turn would otherwise have more than <see cref="MaxMessages"/> messages.
/// </summary>
public static partial class AcknowledgedTurn
{
    /// <summary>At most this many messages in one turn.</summary>
    public const int MaxMessages = 3;

    public static IReadOnlyList<Activity> Compose(Activity acknowledgement, IReadOnlyList<Activity> replies, bool afterWelcome, string goingOn)
    {
        ArgumentNullException.ThrowIfNull(goingOn);
        ArgumentNullException.ThrowIfNull(acknowledgement);
        ArgumentNullException.ThrowIfNull(replies);
        var composed = replies.ToList();
        var said = string.Join('\n', composed.Where(IsMessage).Select(reply => reply.Text));
        acknowledgement.Text = WithoutRepeatedNumbers(acknowledgement.Text ?? string.Empty, said);

        var firstMessage = composed.FindIndex(IsMessage);
        var at = firstMessage < 0 ? composed.Count : afterWelcome ? firstMessage + 1 : firstMessage;
        composed.Insert(at, acknowledgement);
        if (composed.FindIndex(at + 1, IsMessage) >= 0)
        {
            acknowledgement.Text += "\n" + goingOn;
        }

        if (composed.Count(IsMessage) > MaxMessages && composed.FindIndex(at + 1, IsMessage) is var next and >= 0
            && composed[next].Attachments is not { Count: > 0 })
        {
            composed[next].Text = acknowledgement.Text + "\n\n" + composed[next].Text;
            composed.RemoveAt(at);
        }

        return composed;
    }

    /// <summary>The text without its lines that give a phone number already said; the first line always stays.</summary>
    internal static string WithoutRepeatedNumbers(string text, string said)
    {
        var saidNumbers = PhoneNumber().Matches(said).Select(match => match.Value).ToHashSet(StringComparer.Ordinal);
        if (saidNumbers.Count == 0)
        {
            return text;
        }

        var lines = text.Split('\n');
        return string.Join('\n', lines.Where((line, index) =>
            index == 0 || !PhoneNumber().Matches(line).Any(match => saidNumbers.Contains(match.Value))));
    }

    private static bool IsMessage(Activity activity) => activity.IsType(ActivityTypes.Message);

    /// <summary>The numbers people are told to call: 112, 113, 0800-2000, 0800-0113.</summary>
    [GeneratedRegex(@"(?<![\w-])(?:0800-\d{4}|1\d\d)(?![\w-])", RegexOptions.CultureInvariant)]
    private static partial Regex PhoneNumber();
}
