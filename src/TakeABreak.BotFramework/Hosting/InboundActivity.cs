using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using TakeABreak.BotFramework.Logging;
using TakeABreak.BotFramework.Schema;

namespace TakeABreak.BotFramework.Hosting;

/// <summary>
/// Reads an activity at the edge (<c>/api/messages</c> and the local Direct Line) and refuses what would break a turn
/// later: a body that is not UTF-8 or not JSON, no type, control characters in the type or the ids, nulls in arrays,
/// members without an id, and text that cannot be written back as JSON (lone surrogates) anywhere in it.
/// </summary>
public static class InboundActivity
{
    public const int MaxTypeLength = 64;

    /// <summary>The activity, or null and a short problem for a 400 (never message text).</summary>
    public static (Activity? Activity, string? Problem) Read(ReadOnlySpan<byte> body)
    {
        if (!Utf8.IsValid(body))
        {
            return (null, "The body is not valid UTF-8.");
        }

        Activity? activity;
        try
        {
            activity = ProtocolJson.ReadActivity(body);
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException or NotSupportedException or FormatException or ArgumentException)
        {
            return (null, "The body is not a JSON activity.");
        }

        if (activity is null || string.IsNullOrWhiteSpace(activity.Type))
        {
            return (null, "The activity has no 'type'.");
        }

        var problem = Problem(activity);
        return problem is null ? (activity, null) : (null, problem);
    }

    private static string? Problem(Activity activity)
    {
        if (activity.Type!.Length > MaxTypeLength || HasUnsafe(activity.Type))
        {
            return $"'type' must be at most {MaxTypeLength} printable characters.";
        }

        var ids = new (string Name, string? Value)[]
        {
            ("id", activity.Id), ("channelId", activity.ChannelId), ("serviceUrl", activity.ServiceUrl), ("replyToId", activity.ReplyToId),
            ("conversation.id", activity.Conversation?.Id), ("from.id", activity.From?.Id), ("recipient.id", activity.Recipient?.Id),
            ("locale", activity.Locale), ("name", activity.Name), ("deliveryMode", activity.DeliveryMode),
        };
        foreach (var (name, value) in ids)
        {
            if (HasUnsafe(value))
            {
                return $"'{name}' contains control characters.";
            }
        }

        return NullIn("membersAdded", activity.MembersAdded)
            ?? NullIn("membersRemoved", activity.MembersRemoved)
            ?? NullIn("attachments", activity.Attachments)
            ?? NullIn("entities", activity.Entities)
            ?? NullIn("listenFor", activity.ListenFor)
            ?? NullIn("textHighlights", activity.TextHighlights)
            ?? NullIn("suggestedActions.actions", activity.SuggestedActions?.Actions)
            ?? NullIn("suggestedActions.to", activity.SuggestedActions?.To)
            ?? MemberWithoutId("membersAdded", activity.MembersAdded)
            ?? MemberWithoutId("membersRemoved", activity.MembersRemoved)
            ?? Unwritable(activity);
    }

    private static bool HasUnsafe(string? value) => LogValue.ContainsUnsafe(value);

    private static string? NullIn<T>(string name, IEnumerable<T?>? items) =>
        items is not null && items.Any(item => item is null) ? $"'{name}' contains null." : null;

    private static string? MemberWithoutId(string name, IEnumerable<ChannelAccount>? members) =>
        members is not null && members.Any(member => string.IsNullOrEmpty(member.Id) || HasUnsafe(member.Id)) ? $"Every entry of '{name}' needs a printable 'id'." : null;

    /// <summary>Writes the activity back once: text with lone surrogates (in text, channelData, value...) cannot be, and would fail a turn later.</summary>
    private static string? Unwritable(Activity activity)
    {
        try
        {
            ProtocolJson.Write(activity);
            return null;
        }
        catch (Exception exception) when (exception is ArgumentException or InvalidOperationException or JsonException)
        {
            return "The activity contains text that is not valid Unicode.";
        }
    }
}
