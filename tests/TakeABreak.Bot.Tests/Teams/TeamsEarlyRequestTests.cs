using Microsoft.Extensions.DependencyInjection;
using TakeABreak.Signalering.Assessment;
using TakeABreak.Storage.Consultations;

namespace TakeABreak.Bot.Tests.Teams;

/// <summary>
/// Played by the seventeenth round's explorer as a GP in Teams: her first message (an older patient with unexplained
/// bruises, a son who manages her money) was serious enough for "Dit is ernstig", and the same case played to the end is
/// "Dringend". When she asked for Moviera's advice in the middle of the signs, the request Moviera's staff received said
/// "Zorgelijk": what the safety layer found in her words did not count for a request made before the urgency was said.
/// </summary>
public sealed class TeamsEarlyRequestTests : IDisposable
{
    private readonly TeamsHost _hosts = new();
    private readonly TeamsActivities _teams = new("https://smba.trafficmanager.net/emea/");

    [Fact]
    public async Task A_request_made_in_the_middle_of_a_serious_story_reaches_Moviera_as_urgent_as_the_story_is()
    {
        var chat = await TeamsChat.OpenAsync(_hosts.Start(deliver: false), _teams);
        var story = await chat.TextsAsync("Ik ben huisarts. Een oudere patiënte van 82 heeft blauwe plekken op haar armen die ze niet kan verklaren. Haar zoon beheert haar geld.");
        Assert.Contains(story, text => text.Contains("Dit is ernstig", StringComparison.Ordinal));

        await chat.SayAsync("ik wil graag advies van Moviera", "ja", "ja", "overslaan", "overslaan");

        var sent = await chat.TextsAsync("versturen");

        Assert.Contains(sent, text => text.Contains("TAB-", StringComparison.Ordinal));
        var stored = await chat.Host.Services.GetRequiredService<IConsultationStore>().ListAsync(CancellationToken.None).SingleAsync();
        Assert.Equal(UrgencyLevel.Urgent, stored.Record.Request.Urgency);
    }

    /// <summary>
    /// A home-care nurse tells the case and asks for Moviera in one message: the signs she told reach the request (and the
    /// summary staff read), as they would have when she had told them before asking.
    /// </summary>
    [Fact]
    public async Task The_signs_told_in_the_message_that_asks_for_Moviera_reach_the_request()
    {
        var chat = await TeamsChat.OpenAsync(_hosts.Start(deliver: false), _teams);
        await chat.SayAsync("Ik ben wijkverpleegkundige, mevrouw (82) heeft blauwe plekken en haar zoon beheert haar geld; kan ik met iemand van Moviera overleggen?");

        var summary = await chat.TextsAsync("ja", "ja", "overslaan", "overslaan");
        await chat.SayAsync("versturen");

        Assert.Contains(summary, text => text.Contains("Signalen: ", StringComparison.Ordinal) && !text.Contains("Signalen: niets gekozen", StringComparison.Ordinal));
        var request = (await chat.Host.Services.GetRequiredService<IConsultationStore>().ListAsync(CancellationToken.None).SingleAsync()).Record.Request;
        Assert.Contains("unexplained_injuries", request.SignalIds);
        Assert.Contains(request.SignalIds, id => id is "controls_money" or "no_control_over_own_money");
        Assert.Equal(["older_person"], request.PersonTypes);
        Assert.Equal("health", request.Field);
    }

    public void Dispose() => _hosts.Dispose();
}
