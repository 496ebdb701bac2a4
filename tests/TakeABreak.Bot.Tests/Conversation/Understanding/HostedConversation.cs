using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using TakeABreak.BotFramework.Schema;
using TakeABreak.BotFramework.Turns;

namespace TakeABreak.Bot.Tests.Conversation.Understanding;

/// <summary>
/// One conversation through the real host's turn pipeline (the safety guard, then the dialogs), typed turn by turn, in the
/// widget or in a Teams personal chat; each turn gives the messages the user sees. The channel is the channel id the host
/// sees ("webchat" and "directline" are the website, "msteams" a Teams personal chat), so answers for one channel only show.
/// </summary>
public sealed class HostedConversation(IServiceProvider services, string locale = "nl-NL", string channel = "directline")
{
    private const string Tenant = "00000000-0000-4000-8000-000000000001";
    private readonly BotAdapter _adapter = services.GetRequiredService<BotAdapter>();
    private readonly string _conversationId = "hosted-" + Guid.NewGuid().ToString("N");

    private bool InTeams => channel == "msteams";

    /// <summary>A conversation that has begun: the welcome and the first question are said.</summary>
    public static async Task<HostedConversation> StartedAsync(IServiceProvider services, string locale = "nl-NL", string channel = "directline")
    {
        var conversation = new HostedConversation(services, locale, channel);
        await conversation.StartAsync();
        return conversation;
    }

    /// <summary>Plays the messages between '|' in a conversation that has begun; every text the user saw after the welcome.</summary>
    public static async Task<List<string>> PlayedAsync(IServiceProvider services, string locale, string messages, string channel = "directline")
    {
        var conversation = await StartedAsync(services, locale, channel);
        var said = new List<string>();
        foreach (var message in messages.Split('|'))
        {
            said.AddRange((await conversation.SayAsync(message)).Select(reply => reply.Text ?? string.Empty));
        }

        return said;
    }

    public Task<IReadOnlyList<Activity>> StartAsync() => TurnAsync(new Activity
    {
        Type = ActivityTypes.ConversationUpdate,
        MembersAdded = [new ChannelAccount { Id = "bot" }, new ChannelAccount { Id = "user" }],
    });

    public Task<IReadOnlyList<Activity>> SayAsync(string text) => TurnAsync(new Activity { Type = ActivityTypes.Message, Text = text });

    /// <summary>Types the messages between '|' one by one; the messages the user sees after the last one.</summary>
    public async Task<IReadOnlyList<Activity>> SayEachAsync(string messages)
    {
        IReadOnlyList<Activity> replies = [];
        foreach (var message in messages.Split('|'))
        {
            replies = await SayAsync(message);
        }

        return replies;
    }

    private async Task<IReadOnlyList<Activity>> TurnAsync(Activity activity)
    {
        activity.Id = Guid.NewGuid().ToString("N");
        activity.ChannelId = channel;
        activity.ServiceUrl = InTeams ? "https://smba.trafficmanager.net/emea/" : "https://test.invalid/";
        activity.Conversation = new ConversationAccount { Id = _conversationId, ConversationType = InTeams ? "personal" : null, TenantId = InTeams ? Tenant : null };
        activity.From = new ChannelAccount { Id = "user", Name = "user", Role = RoleTypes.User, AadObjectId = InTeams ? "00000000-0000-4000-8000-00000000a11c" : null };
        activity.Recipient = new ChannelAccount { Id = "bot", Name = "bot", Role = RoleTypes.Bot };
        activity.Locale = locale;
        activity.Timestamp = DateTimeOffset.UtcNow;
        activity.ChannelData = InTeams ? new JsonObject { ["tenant"] = new JsonObject { ["id"] = Tenant } } : null;
        var replies = new CollectedReplies();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await _adapter.ProcessActivityAsync(activity, replies, timeout.Token);
        return [.. replies.Activities.Where(reply => reply.IsType(ActivityTypes.Message))];
    }
}
