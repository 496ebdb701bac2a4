using System.Net.Http.Headers;
using System.Text;
using TakeABreak.BotFramework.Schema;

namespace TakeABreak.BotFramework.Tests.Support;

/// <summary>Builds the activities and HTTP requests a channel sends to /api/messages.</summary>
public static class ActivityRequests
{
    public const string Path = "/api/messages";

    public static Activity Message(string serviceUrl, string text = "hallo", string channelId = "msteams", string conversationId = "conversation-1") => new()
    {
        Type = ActivityTypes.Message,
        Id = "incoming-1",
        ChannelId = channelId,
        ServiceUrl = serviceUrl,
        From = new ChannelAccount { Id = "user-1", Name = "User" },
        Recipient = new ChannelAccount { Id = "bot-1", Name = "Bot" },
        Conversation = new ConversationAccount { Id = conversationId },
        Text = text,
        Locale = "nl-NL",
    };

    public static HttpRequestMessage Post(Activity activity, string? bearerToken = null) => Post(ProtocolJson.Write(activity), bearerToken);

    public static HttpRequestMessage Post(string json, string? bearerToken = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, Path) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        if (bearerToken is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearerToken);
        }

        return request;
    }
}
