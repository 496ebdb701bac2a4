using System.Text.Json.Nodes;
using TakeABreak.BotFramework.Schema;

namespace TakeABreak.Bot.Tests.Teams;

/// <summary>
/// Teams activities in the shapes Teams sends them (as recorded in Microsoft's Teams bot documentation): ids with the
/// 29:/28:/a:/19: prefixes, the conversation type, the tenant in channelData, mentions as entities, channel and team in
/// channelData, card submits as a message with a value, and Universal Actions as an adaptiveCard/action invoke.
/// </summary>
internal sealed class TeamsActivities(string serviceUrl, string tenantId = TeamsActivities.Moviera, string locale = "nl-NL")
{
    public const string Moviera = "72f988bf-0000-4000-8000-000000000001";
    public const string BotId = "28:7e3c5b9a-0000-4000-8000-00000000b07";
    public const string StaffChannel = "19:8a1f0c7e2b4d4f7a9c1e@thread.tacv2";
    public const string Team = "19:3b2a1d0c9e8f@thread.tacv2";
    private int _ids;

    public static TeamsPerson Professional { get; } = new("29:1prof", "Sam de Vries", "00000000-0000-4000-8000-00000000a11c");

    public static TeamsPerson StaffMember { get; } = new("29:1staff", "Mira Jansen", "00000000-0000-4000-8000-0000000057af");

    /// <summary>A second Moviera staff member, for two people at the same card.</summary>
    public static TeamsPerson SecondStaffMember { get; } = new("29:2staff", "Joris Smit", "00000000-0000-4000-8000-0000000057b0");

    public static TeamsPerson Colleague { get; } = new("29:1other", "Piet Bakker", "00000000-0000-4000-8000-00000000beef");

    public Activity PersonalMessage(TeamsPerson from, string personalChat, string text) =>
        Personal(new Activity { Type = ActivityTypes.Message, Text = text, TextFormat = "plain" }, from, personalChat);

    public Activity PersonalSubmit(TeamsPerson from, string personalChat, JsonObject value) =>
        Personal(new Activity { Type = ActivityTypes.Message, Value = value }, from, personalChat);

    public Activity Installed(TeamsPerson from, string personalChat) =>
        Personal(new Activity { Type = ActivityTypes.InstallationUpdate, Action = "add" }, from, personalChat);

    public Activity BotAddedToPersonalChat(TeamsPerson from, string personalChat) =>
        Personal(new Activity { Type = ActivityTypes.ConversationUpdate, MembersAdded = [new ChannelAccount { Id = BotId }] }, from, personalChat);

    /// <summary>A message in a team channel that @mentions the bot: Teams puts the mention in the text and in an entity.</summary>
    public Activity ChannelMessage(TeamsPerson from, string text, string channelId = StaffChannel)
    {
        var mention = "<at>TakeABreak</at>";
        var activity = Channel(new Activity { Type = ActivityTypes.Message, Text = $"{mention} {text}", TextFormat = "plain" }, from, channelId);
        activity.Entities =
        [
            new Entity
            {
                Type = "mention",
                Properties = new Dictionary<string, System.Text.Json.JsonElement>
                {
                    ["mentioned"] = System.Text.Json.JsonSerializer.SerializeToElement(new { id = BotId, name = "TakeABreak" }),
                    ["text"] = System.Text.Json.JsonSerializer.SerializeToElement(mention),
                },
            },
        ];
        return activity;
    }

    public Activity MembersAdded(string conversationType)
    {
        var activity = new Activity { Type = ActivityTypes.ConversationUpdate, MembersAdded = [new ChannelAccount { Id = "29:1newmember" }] };
        return conversationType == "channel" ? Channel(activity, StaffMember, StaffChannel) : Group(activity, StaffMember);
    }

    public Activity GroupChatMessage(TeamsPerson from, string text) =>
        Group(new Activity { Type = ActivityTypes.Message, Text = text, TextFormat = "plain" }, from);

    /// <summary>An Action.Execute pressed on a card the bot posted in the staff channel.</summary>
    public Activity CardAction(TeamsPerson from, string conversationId, string cardActivityId, string verb, JsonObject data)
    {
        var activity = Channel(
            new Activity
            {
                Type = ActivityTypes.Invoke,
                Name = "adaptiveCard/action",
                ReplyToId = cardActivityId,
                Value = new JsonObject
                {
                    ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data },
                    ["trigger"] = "manual",
                },
            },
            from,
            StaffChannel);
        activity.Conversation!.Id = conversationId;
        return activity;
    }

    private Activity Personal(Activity activity, TeamsPerson from, string personalChat)
    {
        activity.Conversation = new ConversationAccount { Id = personalChat, ConversationType = "personal", TenantId = tenantId };
        activity.ChannelData = new JsonObject { ["tenant"] = new JsonObject { ["id"] = tenantId } };
        return Common(activity, from);
    }

    private Activity Channel(Activity activity, TeamsPerson from, string channelId)
    {
        activity.Conversation = new ConversationAccount { Id = $"{channelId};messageid=17{Interlocked.Increment(ref _ids):D11}", ConversationType = "channel", IsGroup = true, TenantId = tenantId };
        activity.ChannelData = new JsonObject
        {
            ["teamsChannelId"] = channelId,
            ["teamsTeamId"] = Team,
            ["channel"] = new JsonObject { ["id"] = channelId },
            ["team"] = new JsonObject { ["id"] = Team },
            ["tenant"] = new JsonObject { ["id"] = tenantId },
        };
        return Common(activity, from);
    }

    private Activity Group(Activity activity, TeamsPerson from)
    {
        activity.Conversation = new ConversationAccount { Id = "19:group_2f1e@thread.v2", ConversationType = "groupChat", IsGroup = true, TenantId = tenantId };
        activity.ChannelData = new JsonObject { ["tenant"] = new JsonObject { ["id"] = tenantId } };
        return Common(activity, from);
    }

    private Activity Common(Activity activity, TeamsPerson from)
    {
        activity.Id ??= $"17{Interlocked.Increment(ref _ids):D11}";
        activity.ChannelId = "msteams";
        activity.ServiceUrl = serviceUrl;
        activity.Timestamp = DateTimeOffset.UtcNow;
        activity.Locale = locale;
        activity.From = new ChannelAccount { Id = from.Id, Name = from.Name, AadObjectId = from.ObjectId };
        activity.Recipient = new ChannelAccount { Id = BotId, Name = "TakeABreak" };
        return activity;
    }
}

internal sealed record TeamsPerson(string Id, string Name, string ObjectId);
