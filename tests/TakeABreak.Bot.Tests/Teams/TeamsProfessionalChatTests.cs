using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using TakeABreak.BotFramework.Schema;
using TakeABreak.Signalering.Consultations.Contact;
using TakeABreak.Storage.Consultations;

namespace TakeABreak.Bot.Tests.Teams;

/// <summary>A professional in a personal Teams chat, driven by activities in the shapes Teams sends.</summary>
public sealed class TeamsProfessionalChatTests : IDisposable
{
    private const string Welcome = "digitale assistent van Moviera";
    private readonly TeamsHost _hosts = new();
    private readonly TeamsActivities _teams = new("https://smba.trafficmanager.net/emea/");

    [Fact]
    public async Task Installing_the_app_welcomes_once_with_the_retention_notice_and_offers_the_Meldcode_first()
    {
        var host = _hosts.Start(deliver: false);
        var chat = "a:1" + Guid.NewGuid().ToString("N");

        var installed = await TeamsHost.SendAsync(host, _teams.Installed(TeamsActivities.Professional, chat));
        var botAdded = await TeamsHost.SendAsync(host, _teams.BotAddedToPersonalChat(TeamsActivities.Professional, chat));
        var firstMessage = await TeamsHost.SendAsync(host, _teams.PersonalMessage(TeamsActivities.Professional, chat, "hallo"));

        Assert.Contains(installed.Replies, reply => reply.Text!.Contains(Welcome, StringComparison.Ordinal) && reply.Text.Contains("typ geen namen of adressen van cliënten", StringComparison.Ordinal));
        Assert.Equal(["De stappen van de Meldcode", "Signalen bespreken"], installed.Replies[^1].SuggestedActions!.Actions.Select(a => a.Title));
        Assert.Empty(botAdded.Replies);
        Assert.DoesNotContain(firstMessage.Replies, reply => reply.Text?.Contains(Welcome, StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task Without_an_install_the_first_message_gets_the_welcome_and_the_second_does_not()
    {
        var host = _hosts.Start(deliver: false);
        var chat = "a:1" + Guid.NewGuid().ToString("N");

        var first = await TeamsHost.SendAsync(host, _teams.PersonalMessage(TeamsActivities.Professional, chat, "hallo"));
        var second = await TeamsHost.SendAsync(host, _teams.PersonalMessage(TeamsActivities.Professional, chat, "hallo?"));

        Assert.Single(first.Replies, reply => reply.Text!.Contains(Welcome, StringComparison.Ordinal));
        Assert.DoesNotContain(second.Replies, reply => reply.Text?.Contains(Welcome, StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task The_role_is_not_asked_and_a_question_with_more_than_three_choices_is_a_valid_card_whose_submit_answers_it()
    {
        var host = _hosts.Start(deliver: false);
        var chat = "a:1" + Guid.NewGuid().ToString("N");
        await TeamsHost.SendAsync(host, _teams.Installed(TeamsActivities.Professional, chat));

        var field = await TeamsHost.SendAsync(host, _teams.PersonalMessage(TeamsActivities.Professional, chat, "Signalen bespreken"));

        var question = field.Replies[^1];
        Assert.DoesNotContain(field.Replies, reply => reply.Text?.Contains("Wie ben je", StringComparison.OrdinalIgnoreCase) == true);
        Assert.Null(question.SuggestedActions);
        var card = Assert.Single(question.Attachments!).Content!.AsObject();
        var buttons = card["body"]![0]!["actions"]!.AsArray();
        Assert.True(buttons.Count > 3, "the field question has more than three choices");
        Assert.Empty(await OfficialAdaptiveCards.ProblemsAsync(card));
        Assert.Contains("1. ", card["fallbackText"]!.GetValue<string>(), StringComparison.Ordinal);

        var education = buttons.Select(b => b!["data"]!.AsObject()).First(data => data["choice"]!.GetValue<string>().StartsWith("School", StringComparison.Ordinal));
        var answered = await TeamsHost.SendAsync(host, _teams.PersonalSubmit(TeamsActivities.Professional, chat, education.DeepClone().AsObject()));

        Assert.DoesNotContain(answered.Replies, reply => reply.Text?.Contains("begrijp ik niet", StringComparison.OrdinalIgnoreCase) == true);
        Assert.NotEqual(question.Text, answered.Replies[^1].Text);
    }

    [Fact]
    public async Task Nothing_said_in_Teams_calls_the_chat_anonymous_or_offers_a_quick_exit()
    {
        var host = _hosts.Start(deliver: false);
        var chat = "a:1" + Guid.NewGuid().ToString("N");
        var said = new List<Activity>();
        foreach (var turn in new[] { "De stappen van de Meldcode", "is deze chat anoniem", "ja", "volgende stap", "stoppen met de stappen", "help" })
        {
            if (said.Count == 0)
            {
                said.AddRange((await TeamsHost.SendAsync(host, _teams.Installed(TeamsActivities.Professional, chat))).Replies);
            }

            said.AddRange((await TeamsHost.SendAsync(host, _teams.PersonalMessage(TeamsActivities.Professional, chat, turn))).Replies);
        }

        var texts = said.Select(reply => reply.Text ?? string.Empty).ToList();
        Assert.Contains(texts, text => text.Contains("je organisatie bewaart chats in Teams", StringComparison.Ordinal));
        foreach (var forbidden in new[] { "Snel weg", "Quick exit", "Leave now", "gesprek is anoniem", "chat is anonymous", "Ja. Je hoeft je naam niet" })
        {
            Assert.DoesNotContain(texts, text => text.Contains(forbidden, StringComparison.OrdinalIgnoreCase));
        }
    }

    [Fact]
    public async Task A_professional_who_asks_for_a_person_is_contacted_through_Teams_at_their_own_account_by_default()
    {
        var host = _hosts.Start(deliver: false);
        var chat = "a:1" + Guid.NewGuid().ToString("N");
        var said = new List<Activity>();
        await TeamsHost.SendAsync(host, _teams.Installed(TeamsActivities.Professional, chat));
        foreach (var turn in new[] { "ik wil een mens spreken over een kind", "ja", "ja", "overslaan", "overslaan" })
        {
            said.AddRange((await TeamsHost.SendAsync(host, _teams.PersonalMessage(TeamsActivities.Professional, chat, turn))).Replies);
        }

        var sent = await TeamsHost.SendAsync(host, _teams.PersonalMessage(TeamsActivities.Professional, chat, "versturen"));

        Assert.Contains(said, reply => reply.Text!.StartsWith("Moviera neemt contact met je op via Teams, op dit account", StringComparison.Ordinal));
        Assert.DoesNotContain(said, reply => reply.SuggestedActions?.Actions.Any(a => a.Title == "Via Teams") == true || reply.Attachments?.Any(a => a.Content!.ToJsonString().Contains("Via Teams", StringComparison.Ordinal)) == true);
        Assert.Contains(sent.Replies, reply => reply.Text!.Contains("TAB-", StringComparison.Ordinal));
        var stored = await host.Services.GetRequiredService<IConsultationStore>().ListAsync(CancellationToken.None).SingleAsync();
        Assert.Equal("professional", stored.Record.Request.Audience);
        Assert.Equal("msteams", stored.Record.Request.Channel);
        Assert.Equal(ContactWay.Teams, stored.Record.Request.Contact.Way);
        Assert.Contains(TeamsActivities.Professional.ObjectId, stored.Record.Request.Contact.Address, StringComparison.Ordinal);
    }

    public void Dispose() => _hosts.Dispose();
}
