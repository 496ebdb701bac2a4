using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using TakeABreak.Bot.Consultations.Submission;
using TakeABreak.Bot.Teams.StaffChannel;
using TakeABreak.Bot.Testing;
using TakeABreak.Bot.Testing.Azurite;
using TakeABreak.Bot.Testing.Fakes;
using TakeABreak.BotFramework.Schema;
using TakeABreak.Signalering.Assessment;
using TakeABreak.Signalering.Consultations;
using TakeABreak.Signalering.Consultations.Contact;
using TakeABreak.Storage.Consultations;

namespace TakeABreak.Bot.Tests.Teams;

/// <summary>
/// Moviera staff in a Teams channel: linking it as the inbox, the outbox delivered there as cards through a local
/// recording Connector, and claiming or closing from a card.
/// </summary>
public sealed class StaffChannelTests : IAsyncLifetime, IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);
    private readonly TeamsHost _hosts = new();
    private RecordingConnectorServer _connector = null!;
    private TeamsActivities _teams = null!;

    public async Task InitializeAsync()
    {
        _connector = await RecordingConnectorServer.StartAsync();
        _teams = new TeamsActivities(_connector.ServiceUrl);
    }

    public Task DisposeAsync() => _connector.DisposeAsync().AsTask();

    [Fact]
    public async Task Only_staff_can_link_the_channel_and_unlink_it_the_same_way_and_nothing_dialog_like_is_posted_there()
    {
        var host = _hosts.Start(deliver: false);
        var channels = host.Services.GetRequiredService<StaffChannelStore>();

        var refused = await TeamsHost.SendAsync(host, _teams.ChannelMessage(TeamsActivities.Colleague, "koppel"));
        Assert.Null(await channels.GetAsync(CancellationToken.None));

        var linked = await TeamsHost.SendAsync(host, _teams.ChannelMessage(TeamsActivities.StaffMember, "koppel dit kanaal"));
        var link = await channels.GetAsync(CancellationToken.None);
        Assert.Equal(TeamsActivities.StaffChannel, link?.ChannelId);
        Assert.Equal(TeamsActivities.Team, link?.TeamId);
        Assert.Contains(TeamsActivities.StaffMember.ObjectId, link?.LinkedBy, StringComparison.Ordinal);

        var otherTalk = await TeamsHost.SendAsync(host, _teams.ChannelMessage(TeamsActivities.StaffMember, "mijn buurvrouw wordt geslagen"));
        var groupChat = await TeamsHost.SendAsync(host, _teams.GroupChatMessage(TeamsActivities.Colleague, "koppel"));
        var colleagueUnlinks = await TeamsHost.SendAsync(host, _teams.ChannelMessage(TeamsActivities.Colleague, "ontkoppel"));
        Assert.NotNull(await channels.GetAsync(CancellationToken.None));

        var unlinked = await TeamsHost.SendAsync(host, _teams.ChannelMessage(TeamsActivities.StaffMember, "ontkoppel"));
        Assert.Null(await channels.GetAsync(CancellationToken.None));

        Assert.Contains("alleen medewerkers van Moviera", Assert.Single(refused.Replies).Text, StringComparison.Ordinal);
        Assert.Contains("alleen medewerkers van Moviera", Assert.Single(colleagueUnlinks.Replies).Text, StringComparison.Ordinal);
        Assert.Contains("Dit kanaal is nu het kanaal voor hulpvragen", Assert.Single(linked.Replies).Text, StringComparison.Ordinal);
        Assert.Contains("geen kanaal meer", Assert.Single(unlinked.Replies).Text, StringComparison.Ordinal);
        Assert.Contains("persoonlijke chat", Assert.Single(otherTalk.Replies).Text, StringComparison.Ordinal);
        Assert.Contains("persoonlijke chat", Assert.Single(groupChat.Replies).Text, StringComparison.Ordinal);
        Assert.All(
            new[] { refused, linked, otherTalk, groupChat, colleagueUnlinks, unlinked }.SelectMany(turn => turn.Replies),
            reply => Assert.True(reply.SuggestedActions is null && reply.Attachments is null && reply.InputHint != InputHints.ExpectingInput, "no question in a channel"));
    }

    [Fact]
    public async Task Members_added_to_a_team_or_group_chat_get_nothing()
    {
        var host = _hosts.Start(deliver: false);

        Assert.Empty((await TeamsHost.SendAsync(host, _teams.MembersAdded("channel"))).Replies);
        Assert.Empty((await TeamsHost.SendAsync(host, _teams.MembersAdded("groupChat"))).Replies);
    }

    [Fact]
    public async Task A_new_request_reaches_the_linked_channel_as_exactly_one_valid_card_after_three_failed_attempts()
    {
        var host = _hosts.Start();
        await TeamsHost.SendAsync(host, _teams.ChannelMessage(TeamsActivities.StaffMember, "koppel"));
        for (var i = 0; i < 3; i++)
        {
            _connector.RespondNextWith(503);
        }

        var record = await SubmitAsync(host, UrgencyLevel.Urgent);

        await WaitUntilAsync(async () => (await OutboxAsync(host)).Count == 0, "the outbox to empty");
        var attempts = _connector.Requests.Where(r => r.Method == "POST" && r.Path == "/v3/conversations").ToList();
        Assert.Equal(4, attempts.Count);
        Assert.True(attempts[3].ReceivedAt - attempts[0].ReceivedAt >= TimeSpan.FromMilliseconds(50 + 100), "the retries wait longer each time");
        var posted = attempts[3].Body!;
        Assert.Equal(TeamsActivities.StaffChannel, posted["channelData"]!["channel"]!["id"]!.GetValue<string>());
        Assert.True(posted["isGroup"]!.GetValue<bool>());
        var attachment = posted["activity"]!["attachments"]![0]!;
        Assert.Equal("application/vnd.microsoft.card.adaptive", attachment["contentType"]!.GetValue<string>());
        var card = attachment["content"]!;
        Assert.Empty(await OfficialAdaptiveCards.ProblemsAsync(card));
        var json = card.ToJsonString();
        Assert.Contains(record.Reference, json, StringComparison.Ordinal);
        Assert.Contains("\"style\":\"attention\"", json, StringComparison.Ordinal);
        Assert.Contains("Dringend", json, StringComparison.Ordinal);
        Assert.Contains("Oppakken", json, StringComparison.Ordinal);
        Assert.Contains("Afsluiten", json, StringComparison.Ordinal);
        Assert.Contains("Buur", json, StringComparison.Ordinal);
        Assert.DoesNotContain("+31611223344", json, StringComparison.Ordinal);
        Assert.DoesNotContain("Sanne", json, StringComparison.Ordinal);
        Assert.DoesNotContain("Ik maak me zorgen", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Entries_left_pending_by_a_stopped_host_are_delivered_by_the_next_one()
    {
        var first = _hosts.Start(deliver: false);
        await TeamsHost.SendAsync(first, _teams.ChannelMessage(TeamsActivities.StaffMember, "koppel"));
        await SubmitAsync(first, UrgencyLevel.Concern);
        await SubmitAsync(first, UrgencyLevel.Urgent);
        Assert.Equal(2, (await OutboxAsync(first)).Count);
        first.Dispose();

        var second = _hosts.Start();

        await WaitUntilAsync(async () => (await OutboxAsync(second)).Count == 0, "the outbox to empty");
        Assert.Equal(2, _connector.Requests.Count(r => r.Method == "POST" && r.Path == "/v3/conversations"));
    }

    [Fact]
    public async Task Two_hosts_on_one_store_never_deliver_one_entry_twice()
    {
        // SQLite serves one instance only; several instances share Blob storage.
        using var azurite = new AzuriteFixture();
        var blob = (azurite.ConnectionString, "staff" + Guid.NewGuid().ToString("N")[..8]);
        var first = _hosts.Start(deliver: false, blob);
        await TeamsHost.SendAsync(first, _teams.ChannelMessage(TeamsActivities.StaffMember, "koppel"));
        var records = new List<ConsultationRecord>();
        for (var i = 0; i < 6; i++)
        {
            records.Add(await SubmitAsync(first, i % 2 == 0 ? UrgencyLevel.Urgent : UrgencyLevel.Concern));
        }

        first.Dispose();
        var a = _hosts.Start(blob: blob);
        var b = _hosts.Start(blob: blob);

        await WaitUntilAsync(async () => (await OutboxAsync(a)).Count == 0, "the outbox to empty");
        await Task.Delay(TimeSpan.FromMilliseconds(500));
        var posts = _connector.Requests.Where(r => r.Method == "POST" && r.Path == "/v3/conversations").Select(r => r.Body!.ToJsonString()).ToList();
        Assert.Equal(records.Count, posts.Count);
        Assert.All(records, record => Assert.Single(posts, post => post.Contains(record.Reference, StringComparison.Ordinal)));
        _ = b;
    }

    [Fact]
    public async Task Staff_claim_and_close_from_the_card_through_the_staff_desk_and_the_card_is_updated_in_place()
    {
        var host = _hosts.Start();
        await TeamsHost.SendAsync(host, _teams.ChannelMessage(TeamsActivities.StaffMember, "koppel"));
        var record = await SubmitAsync(host, UrgencyLevel.Concern);
        await WaitUntilAsync(async () => (await OutboxAsync(host)).Count == 0, "the card to be posted");
        var thread = $"{TeamsActivities.StaffChannel};messageid=activity-1";

        var claimed = await TeamsHost.SendAsync(host, _teams.CardAction(TeamsActivities.StaffMember, thread, "activity-1", "consultation.claim", new JsonObject { ["consultationId"] = record.Id }));

        Assert.Equal(200, claimed.InvokeResponse!.Status);
        Assert.Equal(200, claimed.InvokeResponse.Body!["statusCode"]!.GetValue<int>());
        Assert.Equal("application/vnd.microsoft.card.adaptive", claimed.InvokeResponse.Body["type"]!.GetValue<string>());
        var refreshed = claimed.InvokeResponse.Body["value"]!;
        Assert.Empty(await OfficialAdaptiveCards.ProblemsAsync(refreshed));
        Assert.Contains("Opgepakt door Mira Jansen", refreshed.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain("consultation.claim", refreshed.ToJsonString(), StringComparison.Ordinal);
        Assert.Empty(claimed.Replies);

        var stored = await host.Services.GetRequiredService<IConsultationStore>().GetAsync(record.Id, CancellationToken.None);
        Assert.Equal(ConsultationStatus.Claimed, stored!.Record.Status);
        var audit = await host.Services.GetRequiredService<IConsultationAuditTrail>().ForAsync(record.Id, CancellationToken.None);
        Assert.Contains(audit, entry => entry.Action == AuditActions.Claimed && entry.Actor.Contains(TeamsActivities.StaffMember.ObjectId, StringComparison.Ordinal));

        await WaitUntilAsync(() => Task.FromResult(_connector.Requests.Any(r => r.Method == "PUT")), "the card to be updated in place");
        var update = _connector.Requests.First(r => r.Method == "PUT");
        Assert.Equal($"/v3/conversations/{Uri.EscapeDataString("conversation-1")}/activities/activity-1", update.Path);
        Assert.Contains("Opgepakt door Mira Jansen", update.Body!.ToJsonString(), StringComparison.Ordinal);

        var closed = await TeamsHost.SendAsync(host, _teams.CardAction(TeamsActivities.StaffMember, thread, "activity-1", "consultation.close", new JsonObject { ["consultationId"] = record.Id, ["outcome"] = "advice_given" }));
        Assert.Contains("Advies gegeven", closed.InvokeResponse!.Body!["value"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(ConsultationStatus.Closed, (await host.Services.GetRequiredService<IConsultationStore>().GetAsync(record.Id, CancellationToken.None))!.Record.Status);
    }

    /// <summary>
    /// Teams sends no display name for some accounts. Such a staff member claims from the card, the card names them
    /// without their object id, and a request they claimed on the page (as "name (Entra id)") they can close on the card.
    /// </summary>
    [Fact]
    public async Task A_staff_member_whose_Teams_account_has_no_display_name_claims_and_closes_from_the_card()
    {
        var nameless = TeamsActivities.StaffMember with { Name = "" };
        var host = _hosts.Start(deliver: false);
        var first = await SubmitAsync(host, UrgencyLevel.Concern);
        var thread = $"{TeamsActivities.StaffChannel};messageid=activity-1";

        var claimed = await TeamsHost.SendAsync(host, _teams.CardAction(nameless, thread, "activity-1", "consultation.claim", new JsonObject { ["consultationId"] = first.Id }));

        var card = claimed.InvokeResponse!.Body!["value"]!.ToJsonString();
        Assert.Contains("Opgepakt door een medewerker zonder naam in Teams", card, StringComparison.Ordinal);
        Assert.DoesNotContain(nameless.ObjectId, card, StringComparison.Ordinal);

        var store = host.Services.GetRequiredService<IConsultationStore>();
        var second = await SubmitAsync(host, UrgencyLevel.Concern);
        await host.Services.GetRequiredService<TakeABreak.Bot.Staff.Desk.StaffDesk>().ClaimAsync(
            second.Id, (await store.GetAsync(second.Id, CancellationToken.None))!.ETag, TakeABreak.Bot.Staff.Desk.StaffMemberName.ForEntra("mira@moviera.nl", nameless.ObjectId), CancellationToken.None);
        var closed = await TeamsHost.SendAsync(host, _teams.CardAction(nameless, thread, "activity-2", "consultation.close", new JsonObject { ["consultationId"] = second.Id, ["outcome"] = "advice_given" }));

        Assert.Contains("Advies gegeven", closed.InvokeResponse!.Body!["value"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(ConsultationStatus.Closed, (await store.GetAsync(second.Id, CancellationToken.None))!.Record.Status);
    }

    [Fact]
    public async Task Someone_who_is_not_staff_cannot_claim_from_the_card_and_gets_the_documented_error()
    {
        var host = _hosts.Start(deliver: false);
        var record = await SubmitAsync(host, UrgencyLevel.Urgent);
        var invoke = _teams.CardAction(TeamsActivities.Colleague, $"{TeamsActivities.StaffChannel};messageid=1", "1", "consultation.claim", new JsonObject { ["consultationId"] = record.Id });

        using var client = host.CreateClient();
        using var response = await client.PostAsJsonAsync("/api/messages", invoke, TakeABreak.BotFramework.Schema.ProtocolJson.Options);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(400, body["statusCode"]!.GetValue<int>());
        Assert.Equal("application/vnd.microsoft.error", body["type"]!.GetValue<string>());
        Assert.Equal("notStaff", body["value"]!["code"]!.GetValue<string>());
        var stored = await host.Services.GetRequiredService<IConsultationStore>().GetAsync(record.Id, CancellationToken.None);
        Assert.Equal(ConsultationStatus.New, stored!.Record.Status);
        Assert.DoesNotContain(await host.Services.GetRequiredService<IConsultationAuditTrail>().ForAsync(record.Id, CancellationToken.None), entry => entry.Action == AuditActions.Claimed);
    }

    public void Dispose() => _hosts.Dispose();

    private static Task<ConsultationRecord> SubmitAsync(TestBotHost host, UrgencyLevel urgency) =>
        host.Services.GetRequiredService<ConsultationSubmission>().SubmitAsync(
            Guid.NewGuid().ToString("N"),
            new ConsultationRequest(
                "msteams", "neighbour", ["partner"], ["partner_fear"], [], urgency, [], "Samenvatting met +31611223344", "Ik maak me zorgen",
                new ContactDetails(ContactWay.Phone, "+31611223344", "na 18 uur", null, "Sanne"),
                new ConsultationConsent("test", DateTimeOffset.UtcNow)),
            conversationKey: null,
            CancellationToken.None);

    private static Task<IReadOnlyList<StaffNotification>> OutboxAsync(TestBotHost host) =>
        host.Services.GetRequiredService<IStaffNotificationOutbox>().PendingAsync(CancellationToken.None);

    private static async Task WaitUntilAsync(Func<Task<bool>> condition, string what)
    {
        var deadline = DateTimeOffset.UtcNow + Patience;
        while (!await condition())
        {
            if (DateTimeOffset.UtcNow > deadline)
            {
                throw new TimeoutException($"Waited {Patience} for {what}.");
            }

            await Task.Delay(50);
        }
    }
}
