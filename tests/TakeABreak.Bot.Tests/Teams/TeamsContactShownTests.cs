using Microsoft.Extensions.DependencyInjection;
using TakeABreak.Storage.Consultations;

namespace TakeABreak.Bot.Tests.Teams;

/// <summary>
/// Played in round 20: the summary a professional in Teams agreed to, and what Moviera's staff read, showed "Contact: Via
/// Teams: Prof (Entra 00000000-…)". A Teams contact is shown by the professional's name only, never by the account's
/// object id; without a name it says just "Via Teams".
/// </summary>
public sealed class TeamsContactShownTests : IDisposable
{
    private readonly TeamsHost _hosts = new();
    private readonly TeamsActivities _teams = new("https://smba.trafficmanager.net/emea/");

    [Fact]
    public async Task The_summary_names_the_professional_s_Teams_account_by_name_and_never_by_its_object_id()
    {
        var chat = await TeamsChat.OpenAsync(_hosts.Start(deliver: false), _teams);

        var said = await chat.AllTextsAsync("ik wil een mens spreken over een kind", "ja", "ja", "overslaan", "overslaan");
        await chat.SayAsync("versturen");

        Assert.Contains(said, text => text.Split('\n').Contains("- Contact: Via Teams: Sam de Vries"));
        Assert.DoesNotContain(said, text => text.Contains(TeamsActivities.Professional.ObjectId, StringComparison.Ordinal) || text.Contains("Entra", StringComparison.Ordinal));
        var stored = await chat.Host.Services.GetRequiredService<IConsultationStore>().ListAsync(CancellationToken.None).SingleAsync();
        Assert.DoesNotContain(TeamsActivities.Professional.ObjectId, stored.Record.Request.Summary, StringComparison.Ordinal);
    }

    /// <summary>
    /// Left from round 20: without a display name the request said only "Via Teams", and Moviera's staff read "een
    /// professional via Teams" with nothing to find the account by. Such a professional is not offered "this account"
    /// but asked how Moviera can reach them; through Teams, by the work e-mail address that finds them there.
    /// </summary>
    [Fact]
    public async Task Without_a_display_name_the_professional_is_asked_how_Moviera_finds_them_in_Teams()
    {
        var unnamed = new TeamsPerson("29:1noname", "", "00000000-0000-4000-8000-0000000000aa");
        var chat = await TeamsChat.OpenAsync(_hosts.Start(deliver: false), _teams, unnamed);

        var asked = await chat.AllTextsAsync("ik wil een mens spreken over een kind", "ja");
        var said = await chat.AllTextsAsync("via teams", "sam.devries@school.nl", "overslaan", "overslaan");
        await chat.SayAsync("versturen");

        Assert.DoesNotContain(asked, text => text.Contains("op dit account", StringComparison.Ordinal));
        Assert.Contains(said, text => text.Contains("werk-e-mailadres", StringComparison.Ordinal));
        Assert.Contains(said, text => text.Split('\n').Contains("- Contact: Via Teams: sam.devries@school.nl"));
        Assert.DoesNotContain(said, text => text.Contains(unnamed.ObjectId, StringComparison.Ordinal) || text.Contains("Entra", StringComparison.Ordinal));
        var stored = await chat.Host.Services.GetRequiredService<IConsultationStore>().ListAsync(CancellationToken.None).SingleAsync();
        Assert.Equal("sam.devries@school.nl", stored.Record.Request.Contact.Address);
    }

    public void Dispose() => _hosts.Dispose();
}
