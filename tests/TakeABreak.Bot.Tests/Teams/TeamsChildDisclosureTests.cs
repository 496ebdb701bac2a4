namespace TakeABreak.Bot.Tests.Teams;

/// <summary>
/// Played in round 20: a sports coach in Teams told what a boy said ("hij zei dat zijn stiefvader hem slaat"). The safety
/// layer said it was serious and to ask Veilig Thuis, then the signs list came: nothing said what the child's own words
/// mean. A child who tells is acknowledged before the flow goes on: how to answer the child, write down their words, and
/// that a child's own story counts as acute unsafety (DOMAIN.md), with Veilig Thuis.
/// </summary>
public sealed class TeamsChildDisclosureTests : IDisposable
{
    private const string SignsQuestion = "Wat heb je gemerkt?";
    private readonly TeamsHost _hosts = new();
    private readonly TeamsActivities _teams = new("https://smba.trafficmanager.net/emea/");

    [Theory]
    [InlineData("ik ben sportcoach bij een voetbalclub. een jongen van 11 uit mijn team zei vandaag dat zijn stiefvader hem slaat")]
    [InlineData("ik ben leerkracht. een leerling zei tegen mij: mijn vader slaat mij")]
    public async Task A_professional_who_passes_on_what_a_child_told_hears_what_that_means_before_the_signs(string story)
    {
        var chat = await TeamsChat.OpenAsync(_hosts.Start(deliver: false), _teams);
        await chat.SayAsync("Signalen bespreken");

        var replies = await chat.TextsAsync(story);

        var acknowledged = replies.FindIndex(text => text.Contains("niet zijn schuld", StringComparison.Ordinal) && text.Contains("acute onveiligheid", StringComparison.Ordinal));
        var signs = replies.FindIndex(text => text.StartsWith(SignsQuestion, StringComparison.Ordinal));
        Assert.True(acknowledged >= 0, "the child's disclosure is acknowledged");
        Assert.True(signs < 0 || acknowledged < signs, "before the signs are asked");
    }

    [Fact]
    public async Task Signs_a_professional_saw_without_the_child_telling_get_no_such_note()
    {
        var chat = await TeamsChat.OpenAsync(_hosts.Start(deliver: false), _teams);
        await chat.SayAsync("Signalen bespreken");

        var replies = await chat.TextsAsync("ik ben leerkracht. bij een leerling uit groep 5 zie ik steeds blauwe plekken");

        Assert.DoesNotContain(replies, text => text.Contains("acute onveiligheid", StringComparison.Ordinal));
    }

    public void Dispose() => _hosts.Dispose();
}
