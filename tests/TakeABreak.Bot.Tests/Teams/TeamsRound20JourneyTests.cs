namespace TakeABreak.Bot.Tests.Teams;

/// <summary>Journeys typed in Teams in round 20, kept as they failed.</summary>
public sealed class TeamsRound20JourneyTests : IDisposable
{
    private readonly TeamsHost _hosts = new();
    private readonly TeamsActivities _teams = new("https://smba.trafficmanager.net/emea/");

    [Fact]
    public async Task A_community_officer_whose_older_man_s_son_takes_his_pension_is_understood_as_no_say_over_his_own_money()
    {
        var chat = await TeamsChat.OpenAsync(_hosts.Start(deliver: false), _teams);

        var replies = await chat.TextsAsync("ik ben wijkagent. ik maak me zorgen om een oudere man, zijn zoon neemt steeds zijn pensioen af");

        var understood = replies.First(text => text.StartsWith("Ik begrijp", StringComparison.Ordinal));
        Assert.Contains("het gaat om een oudere", understood, StringComparison.Ordinal);
        Assert.Contains("geen zeggenschap over het eigen geld", understood, StringComparison.OrdinalIgnoreCase);
    }

    public void Dispose() => _hosts.Dispose();
}
