using System.Text.Json.Nodes;
using TakeABreak.Bot.Safety;
using TakeABreak.Bot.Testing;
using TakeABreak.Bot.Testing.Conversations;
using TakeABreak.BotFramework.Schema;

namespace TakeABreak.Bot.Tests.Teams;

/// <summary>Teams activities in the shapes Teams sends them (conversation type, tenant in channelData), through the real host.</summary>
public sealed class TeamsRulesTests : IDisposable
{
    private const string Moviera = "72f988bf-0000-4000-8000-000000000001";
    private const string Elsewhere = "0c1d2e3f-0000-4000-8000-000000000099";

    private readonly TestBotHost _host = new TestBotHost().WithSetting("Teams:AllowedTenants:0", Moviera);

    [Fact]
    public async Task A_message_in_a_team_channel_gets_a_pointer_to_the_personal_chat_and_no_conversation()
    {
        await new TestFlow(_host, locale: "nl-NL", conversationId: "19:staff@thread.tacv2;messageid=1")
            .Send(Teams(Message("hoi, ik maak me zorgen om mijn buurvrouw"), "channel", Moviera))
            .AssertReply(reply =>
            {
                Assert.Contains("persoonlijke chat", reply.Text, StringComparison.Ordinal);
                Assert.Contains("112", reply.Text, StringComparison.Ordinal);
                Assert.Null(reply.SuggestedActions);
            })
            .AssertNoReply()
            .StartTestAsync();
    }

    [Fact]
    public async Task Members_joining_a_team_or_group_chat_get_no_welcome()
    {
        foreach (var scope in new[] { "channel", "groupChat" })
        {
            await new TestFlow(_host, locale: "nl-NL", conversationId: $"19:{scope}@thread.v2")
                .Send(Teams(new Activity
                {
                    Type = ActivityTypes.ConversationUpdate,
                    MembersAdded = [new ChannelAccount { Id = "29:new-member" }],
                }, scope, Moviera))
                .AssertNoReply()
                .StartTestAsync();
        }
    }

    [Fact]
    public async Task Acute_danger_typed_in_a_channel_is_not_discussed_there_but_the_pointer_names_112()
    {
        await new TestFlow(_host, locale: "en-US", conversationId: "19:group@thread.v2")
            .Send(Teams(Message("he is strangling her right now"), "groupChat", Moviera))
            .AssertReply(reply =>
            {
                Assert.Contains("personal chat", reply.Text, StringComparison.Ordinal);
                Assert.Contains("call 112", reply.Text, StringComparison.OrdinalIgnoreCase);
            })
            .AssertNoReply()
            .StartTestAsync();
    }

    [Fact]
    public async Task Someone_from_a_tenant_that_is_not_allowed_gets_a_polite_refusal_with_the_numbers()
    {
        await new TestFlow(_host, locale: "nl-NL", conversationId: "a:personal-elsewhere")
            .Send(Teams(Message("hallo"), "personal", Elsewhere))
            .AssertReply(reply =>
            {
                Assert.Contains("Veilig Thuis, 0800-2000", reply.Text, StringComparison.Ordinal);
                Assert.Contains("112", reply.Text, StringComparison.Ordinal);
            })
            .AssertNoReply()
            .StartTestAsync();
    }

    [Fact]
    public async Task A_personal_chat_from_an_allowed_tenant_gets_the_conversation()
    {
        await new TestFlow(_host, locale: "nl-NL", conversationId: "a:personal-moviera")
            .Send(Teams(Message("hallo"), "personal", Moviera))
            .AssertReplyEventually(reply => reply.SuggestedActions is { Actions.Count: > 0 } || reply.Attachments is { Count: > 0 }, "the first question")
            .StartTestAsync();
    }

    [Fact]
    public async Task Acute_danger_in_a_personal_Teams_chat_gets_112_without_the_web_widget_banner_event()
    {
        var replies = new List<Activity>();
        await new TestFlow(_host, locale: "nl-NL", conversationId: "a:personal-acute")
            .Send(Teams(Message("help hij slaat haar nu met een mes"), "personal", Moviera))
            .AssertReply(reply => { replies.Add(reply); Assert.Contains("112", reply.Text, StringComparison.Ordinal); })
            .AssertReply(reply => replies.Add(reply), "the offer to go on")
            .StartTestAsync();

        Assert.DoesNotContain(replies, reply => reply.IsType(ActivityTypes.Event) && reply.Name == SafetyReplies.AlertEventName);
    }

    [Fact]
    public async Task The_same_acute_message_on_the_web_still_raises_the_banner_event()
    {
        await new TestFlow(_host, locale: "nl-NL")
            .Send("help hij slaat haar nu met een mes")
            .AssertReplyContains("112")
            .AssertReply(reply => Assert.Equal(SafetyReplies.AlertEventName, reply.Name), "the banner event")
            .StartTestAsync();
    }

    public void Dispose() => _host.Dispose();

    private static Activity Message(string text) => new() { Type = ActivityTypes.Message, Text = text };

    private static Activity Teams(Activity activity, string conversationType, string tenantId)
    {
        activity.ChannelId = "msteams";
        activity.ServiceUrl = "https://smba.trafficmanager.net/emea/";
        activity.Conversation = new ConversationAccount
        {
            Id = conversationType == "personal" ? "a:1" + Guid.NewGuid().ToString("N") : "19:" + Guid.NewGuid().ToString("N") + "@thread.v2",
            ConversationType = conversationType,
            TenantId = tenantId,
            IsGroup = conversationType == "personal" ? null : true,
        };
        activity.From = new ChannelAccount { Id = "29:1abc", Name = "Sam", AadObjectId = "00000000-0000-4000-8000-00000000a11c", Role = RoleTypes.User };
        activity.ChannelData = new JsonObject { ["tenant"] = new JsonObject { ["id"] = tenantId } };
        return activity;
    }
}
