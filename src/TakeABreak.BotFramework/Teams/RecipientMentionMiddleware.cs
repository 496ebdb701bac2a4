using System.Text.Json;
using TakeABreak.BotFramework.Schema;
using TakeABreak.BotFramework.Turns;

namespace TakeABreak.BotFramework.Teams;

/// <summary>
/// In Teams channels and group chats the bot only gets messages that @mention it, and the mention is part of the text
/// ("&lt;at&gt;TakeABreak&lt;/at&gt; hoi"). This removes the text of every mention entity that names the bot itself.
/// </summary>
public sealed class RecipientMentionMiddleware : IMiddleware
{
    public Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        if (activity.IsType(ActivityTypes.Message) && activity.Text is { Length: > 0 } && activity.Entities is { Count: > 0 } && activity.Recipient?.Id is { } botId)
        {
            activity.Text = RemoveMentionsOf(botId, activity.Text, activity.Entities);
        }

        return next(cancellationToken);
    }

    public static string RemoveMentionsOf(string recipientId, string text, IEnumerable<Entity> entities)
    {
        foreach (var entity in entities)
        {
            if (!string.Equals(entity.Type, "mention", StringComparison.OrdinalIgnoreCase) || entity.Properties is null)
            {
                continue;
            }

            if (entity.Properties.TryGetValue("mentioned", out var mentioned)
                && mentioned.ValueKind == JsonValueKind.Object
                && mentioned.TryGetProperty("id", out var id)
                && id.ValueKind == JsonValueKind.String
                && string.Equals(id.GetString(), recipientId, StringComparison.Ordinal)
                && entity.Properties.TryGetValue("text", out var mentionText)
                && mentionText.ValueKind == JsonValueKind.String
                && mentionText.GetString() is { Length: > 0 } fragment)
            {
                text = text.Replace(fragment, string.Empty, StringComparison.OrdinalIgnoreCase);
            }
        }

        return text.Trim();
    }
}
