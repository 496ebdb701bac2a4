using System.Text.RegularExpressions;
using TakeABreak.BotFramework.Schema;

namespace TakeABreak.Bot.Safety;

/// <summary>
/// Puts the acknowledgement of a serious disclosure among the replies of its turn: after the welcome when the message opened
/// the conversation, otherwise before the dialog's replies; without the lines that repeat a phone number the other
/// replies already give (112 and 0800-2000 once each per turn); ending with a line that leads to the dialog's message after
/// it ("Nu gaan we verder waar we waren."), so that no question of its own stands right before the dialog's question. The
/// dialog's line that it now speaks the user's language comes before the acknowledgement, as it says why all after it is in
/// that language. When
/// the turn would otherwise have more than <see cref="MaxMessages"/> messages, two statements of the dialog in a row are
/// joined, or else the acknowledgement is joined to the message after it.
/// </summary>
public static partial class AcknowledgedTurn
{
    /// <summary>At most this many messages in one turn.</summary>
    public const int MaxMessages = 3;

    public static IReadOnlyList<Activity> Compose(Activity acknowledgement, IReadOnlyList<Activity> replies, bool afterWelcome, string goingOn, string? languageLine = null)
    {
        ArgumentNullException.ThrowIfNull(goingOn);
        ArgumentNullException.ThrowIfNull(acknowledgement);
        ArgumentNullException.ThrowIfNull(replies);
        var composed = replies.ToList();
        var said = string.Join('\n', composed.Where(IsMessage).Select(reply => reply.Text));
        acknowledgement.Text = WithoutRepeatedNumbers(acknowledgement.Text ?? string.Empty, said);

        var firstMessage = composed.FindIndex(IsMessage);
        var at = firstMessage < 0 ? composed.Count : afterWelcome ? firstMessage + 1 : firstMessage;
        if (languageLine is not null && TakeLanguageLine(composed, at, languageLine))
        {
            acknowledgement.Text = languageLine + "\n\n" + acknowledgement.Text;
        }

        composed.Insert(at, acknowledgement);
        if (composed.FindIndex(at + 1, IsMessage) >= 0)
        {
            acknowledgement.Text += "\n" + goingOn;
        }

        if (composed.Count(IsMessage) > MaxMessages && JoinTwoStatementsOfTheDialog(composed, at + 1))
        {
            return InTimeOrder(composed);
        }

        if (composed.Count(IsMessage) > MaxMessages && composed.FindIndex(at + 1, IsMessage) is var next and >= 0
            && composed[next].Attachments is not { Count: > 0 })
        {
            composed[next].Text = acknowledgement.Text + "\n\n" + composed[next].Text;
            composed.RemoveAt(at);
        }

        return InTimeOrder(composed);
    }

    /// <summary>
    /// The dialog's line that it follows the language the user writes in ("You are writing in English, …"), taken from the
    /// start of its first message from <paramref name="from"/> on: it goes before the acknowledgement, which is in that
    /// language already. A message that held only that line is removed.
    /// </summary>
    private static bool TakeLanguageLine(List<Activity> composed, int from, string languageLine)
    {
        var index = composed.FindIndex(from, IsMessage);
        if (index < 0 || composed[index].Text is not { } text || !text.StartsWith(languageLine, StringComparison.Ordinal))
        {
            return false;
        }

        var rest = text[languageLine.Length..].TrimStart();
        if (rest.Length == 0 && composed[index].Attachments is not { Count: > 0 } && composed[index].SuggestedActions is not { Actions.Count: > 0 })
        {
            composed.RemoveAt(index);
        }
        else
        {
            composed[index].Text = rest;
        }

        return true;
    }

    /// <summary>
    /// Web Chat shows a turn's messages by timestamp. The dialog's replies were stamped when the dialog sent them, before
    /// the acknowledgement existed; without this the acknowledgement showed after the question it leads into. Each
    /// activity gets a timestamp no earlier than the one before it, in the composed order.
    /// </summary>
    private static List<Activity> InTimeOrder(List<Activity> composed)
    {
        DateTimeOffset? previous = null;
        foreach (var activity in composed)
        {
            activity.Timestamp ??= previous ?? composed.Select(other => other.Timestamp).FirstOrDefault(stamp => stamp is not null);
            if (previous is { } before && activity.Timestamp is { } stamp && stamp <= before)
            {
                activity.Timestamp = before.AddTicks(1);
            }

            previous = activity.Timestamp ?? previous;
        }

        return composed;
    }

    /// <summary>
    /// Joins the first two messages of the dialog in a row that only say something (no buttons, no card), so that the
    /// acknowledgement keeps its own message and its last line still leads into the dialog.
    /// </summary>
    private static bool JoinTwoStatementsOfTheDialog(List<Activity> composed, int from)
    {
        for (var index = composed.FindIndex(from, IsMessage); index >= 0; )
        {
            var next = composed.FindIndex(index + 1, IsMessage);
            if (next < 0)
            {
                return false;
            }

            if (IsStatement(composed[index]) && IsStatement(composed[next]))
            {
                composed[index].Text = composed[index].Text + "\n\n" + composed[next].Text;
                composed.RemoveAt(next);
                return true;
            }

            index = next;
        }

        return false;
    }

    private static bool IsStatement(Activity activity) =>
        activity.Attachments is not { Count: > 0 } && activity.SuggestedActions is not { Actions.Count: > 0 };

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
