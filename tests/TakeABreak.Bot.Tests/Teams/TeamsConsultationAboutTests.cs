using Microsoft.Extensions.DependencyInjection;
using TakeABreak.Storage.Consultations;

namespace TakeABreak.Bot.Tests.Teams;

/// <summary>
/// Played in round 20: a professional in Teams asked what "het afwegingskader" is and right after asked to talk it over
/// with Moviera "over een gezin"; the request Moviera would receive said "Over wie: niets gekozen". A request says whom
/// it is about: taken from the words that asked for it, or asked.
/// </summary>
public sealed class TeamsConsultationAboutTests : IDisposable
{
    private const string AboutQuestion = "Over wie gaat je vraag aan Moviera?";
    private readonly TeamsHost _hosts = new();
    private readonly TeamsActivities _teams = new("https://smba.trafficmanager.net/emea/");

    [Theory]
    [InlineData("ik wil met iemand overleggen over een gezin", AboutQuestion)]
    [InlineData("kan ik een consultatie aanvragen over een gezin?", AboutQuestion)]
    [InlineData("ik wil graag een consultatie over een gezin", AboutQuestion)]
    [InlineData("I would like a consultation about a family", "Who is your question to Moviera about?")]
    public async Task A_professional_who_asks_Moviera_about_a_family_is_asked_whom_it_is_about(string request, string question)
    {
        var chat = await TeamsChat.OpenAsync(_hosts.Start(deliver: false), _teams);
        await chat.SayAsync("wat is het afwegingskader?");

        var replies = await chat.TextsAsync(request);

        Assert.StartsWith(question, replies[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_answer_to_whom_it_is_about_is_in_the_request_Moviera_receives()
    {
        var chat = await TeamsChat.OpenAsync(_hosts.Start(deliver: false), _teams);
        await chat.SayAsync("wat is het afwegingskader?", "ik wil met iemand overleggen over een gezin");

        var consent = await chat.TextsAsync("een partner en een kind");
        var summary = await chat.AllTextsAsync("ja", "ja", "overslaan", "overslaan");

        Assert.Contains(consent, text => text.StartsWith("Vind je het goed dat we dit naar Moviera sturen?", StringComparison.Ordinal));
        Assert.Contains(summary, text => text.Contains("- Over wie: Een partner of ex-partner, Een kind", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("ik wil met iemand overleggen over een moeder en haar kinderen", "child")]
    [InlineData("can I talk to someone about a child in my class?", "child")]
    public async Task Whom_the_request_names_is_taken_and_not_asked(string request, string personType)
    {
        var chat = await TeamsChat.OpenAsync(_hosts.Start(deliver: false), _teams);

        var replies = await chat.TextsAsync(request);
        await chat.SayAsync("ja", "ja", "overslaan", "overslaan", "versturen");

        Assert.DoesNotContain(replies, text => text.StartsWith(AboutQuestion, StringComparison.Ordinal));
        var stored = await chat.Host.Services.GetRequiredService<IConsultationStore>().ListAsync(CancellationToken.None).SingleAsync();
        Assert.Contains(personType, stored.Record.Request.PersonTypes);
    }

    public void Dispose() => _hosts.Dispose();
}
