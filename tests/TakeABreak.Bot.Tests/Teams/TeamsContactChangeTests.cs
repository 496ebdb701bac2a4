using Microsoft.Extensions.DependencyInjection;
using TakeABreak.BotFramework.Schema;
using TakeABreak.Signalering.Consultations.Contact;
using TakeABreak.Storage.Consultations;

namespace TakeABreak.Bot.Tests.Teams;

/// <summary>
/// Played by the seventeenth round's explorer as a teacher in Teams. Told "Moviera neemt contact met je op via Teams …
/// Kies straks 'Iets veranderen'", she typed "iets veranderen" at once: it was stored as her safe moment, and her next
/// words as her name. Later she gave a phone number, took it back and chose Teams again, and was asked for a work e-mail
/// address although the bot knows her Teams account.
/// </summary>
public sealed class TeamsContactChangeTests : IDisposable
{
    private const string WayQuestion = "Hoe wil je dat Moviera contact met je opneemt?";
    private readonly TeamsHost _hosts = new();
    private readonly TeamsActivities _teams = new("https://smba.trafficmanager.net/emea/");

    [Theory]
    [InlineData("iets veranderen")]
    [InlineData("nee, liever niet")]
    public async Task A_professional_who_would_rather_be_reached_another_way_says_so_when_Teams_is_proposed(string answer)
    {
        var chat = await TeamsChat.OpenAsync(_hosts.Start(deliver: false), _teams);
        var proposed = await chat.SayAsync("ik wil een mens spreken over een kind", "ja");
        Assert.Contains(proposed, reply => reply.Text!.StartsWith("Moviera neemt contact met je op via Teams, op dit account", StringComparison.Ordinal));

        var replies = await chat.SayAsync(answer);

        Assert.Equal(WayQuestion, replies[^1].Text);
    }

    /// <summary>
    /// Played in round 21: a GP who answered the Teams proposal with "nee, bel me op 06 …" was asked how Moviera should
    /// contact her; since session 17 the number she gave is kept and the next question is when she is best reached.
    /// </summary>
    [Theory]
    [InlineData("nee, bel me op 06 1234 5678", "Wanneer kunnen we je het beste bereiken?")]
    [InlineData("nee, liever bellen", "Wat is je telefoonnummer?")]
    [InlineData("nee, mail me maar", "Wat is je e-mailadres?")]
    public async Task A_professional_who_says_how_she_would_rather_be_reached_when_Teams_is_proposed_is_asked_for_that_address(string answer, string question)
    {
        var chat = await TeamsChat.OpenAsync(_hosts.Start(deliver: false), _teams);
        await chat.SayAsync("ik wil een mens spreken over een kind", "ja");

        var replies = await chat.SayAsync(answer);

        Assert.StartsWith(question, replies[^1].Text, StringComparison.Ordinal);
    }

    /// <summary>
    /// Played in session 17: at the Teams proposal or at "Hoe wil je dat Moviera contact met je opneemt?" a professional
    /// typed only a number or an address, or "bel me op …" / "mail naar …": not understood. The way and the address are taken.
    /// </summary>
    [Theory]
    [InlineData(false, "0612345678", ContactWay.Phone, "+31612345678")]
    [InlineData(false, "j.jansen@school.nl", ContactWay.Email, "j.jansen@school.nl")]
    [InlineData(false, "bel me op 030-1234567", ContactWay.Phone, "+31301234567")]
    [InlineData(false, "mail naar j.jansen@school.nl", ContactWay.Email, "j.jansen@school.nl")]
    [InlineData(true, "0612345678", ContactWay.Phone, "+31612345678")]
    [InlineData(true, "j.jansen@school.nl", ContactWay.Email, "j.jansen@school.nl")]
    [InlineData(true, "bel me op 030-1234567", ContactWay.Phone, "+31301234567")]
    [InlineData(true, "mail naar j.jansen@school.nl", ContactWay.Email, "j.jansen@school.nl")]
    public async Task A_professional_who_types_a_number_or_an_address_when_asked_how_to_be_reached_is_reached_there(bool atTheWayQuestion, string typed, ContactWay way, string address)
    {
        var chat = await TeamsChat.OpenAsync(_hosts.Start(deliver: false), _teams);
        await chat.SayAsync("ik wil een mens spreken over een kind", "ja");
        if (atTheWayQuestion)
        {
            Assert.Equal(WayQuestion, (await chat.SayAsync("nee, iets anders"))[^1].Text);
        }

        var replies = await chat.SayAsync(typed);
        await chat.SayAsync("overslaan", "overslaan");
        await chat.SayAsync("versturen");

        Assert.StartsWith("Wanneer kunnen we je het beste bereiken?", replies[^1].Text, StringComparison.Ordinal);
        var stored = await chat.Host.Services.GetRequiredService<IConsultationStore>().ListAsync(CancellationToken.None).SingleAsync();
        Assert.Equal((way, address), (stored.Record.Request.Contact.Way, stored.Record.Request.Contact.Address));
    }

    [Fact]
    public async Task A_professional_who_says_call_me_when_she_consents_is_asked_her_number_and_not_offered_Teams()
    {
        var chat = await TeamsChat.OpenAsync(_hosts.Start(deliver: false), _teams);

        var replies = await chat.SayAsync("ik wil een mens spreken over een kind", "ja, bel me maar");

        Assert.DoesNotContain(replies, reply => reply.Text!.StartsWith("Moviera neemt contact met je op via Teams", StringComparison.Ordinal));
        Assert.StartsWith("Wat is je telefoonnummer?", replies[^1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_professional_who_takes_back_her_phone_number_and_chooses_Teams_is_reached_at_her_own_account()
    {
        var chat = await TeamsChat.OpenAsync(_hosts.Start(deliver: false), _teams);
        await chat.SayAsync("ik wil een mens spreken over een kind", "ja", "nee, liever bellen", "bellen", "0612345678", "overslaan", "Sanne", "iets veranderen");

        await chat.SayAsync("ik wil toch liever niet dat jullie mijn telefoonnummer hebben");
        var teams = await chat.SayAsync("via teams");
        await chat.SayAsync("overslaan", "Sanne");
        var sent = await chat.SayAsync("versturen");

        Assert.DoesNotContain(teams, reply => reply.Text!.Contains("e-mailadres", StringComparison.Ordinal));
        Assert.Contains(sent, reply => reply.Text!.Contains("TAB-", StringComparison.Ordinal));
        var stored = await chat.Host.Services.GetRequiredService<IConsultationStore>().ListAsync(CancellationToken.None).SingleAsync();
        Assert.Equal(ContactWay.Teams, stored.Record.Request.Contact.Way);
        Assert.Contains(TeamsActivities.Professional.ObjectId, stored.Record.Request.Contact.Address, StringComparison.Ordinal);
        Assert.DoesNotContain("612345678", stored.Record.Request.Summary, StringComparison.Ordinal);
    }

    public void Dispose() => _hosts.Dispose();
}
