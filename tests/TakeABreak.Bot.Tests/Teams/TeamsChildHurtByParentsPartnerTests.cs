namespace TakeABreak.Bot.Tests.Teams;

/// <summary>
/// Left from round 20: a teacher in Teams wrote "her mother's boyfriend hurts her" about a pupil, and the bot took it as
/// partner violence (the mother as the one harmed) next to the child. The child is the one harmed by her mother's partner.
/// </summary>
public sealed class TeamsChildHurtByParentsPartnerTests : IDisposable
{
    private readonly TeamsHost _hosts = new();

    [Theory]
    [InlineData("en-US", "I am a teacher. A pupil told me her mother's boyfriend hurts her.", "it is about a child", "partner")]
    [InlineData("en-US", "I'm a sports coach. One of my players told me his mum's new boyfriend hits him.", "it is about a child", "partner")]
    [InlineData("nl-NL", "Ik ben leerkracht. Een leerling vertelde dat de vriend van haar moeder haar pijn doet.", "het gaat om een kind", "partner")]
    public async Task A_child_hurt_by_a_parents_partner_is_about_the_child_not_about_partner_violence(string locale, string story, string child, string partner)
    {
        var chat = await TeamsChat.OpenAsync(_hosts.Start(deliver: false), new TeamsActivities("https://smba.trafficmanager.net/emea/", locale: locale));

        var understood = Assert.Single(await chat.TextsAsync(story), text => text.Contains(child, StringComparison.Ordinal));

        Assert.DoesNotContain(partner, understood, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_patients_boyfriend_who_hits_her_is_still_partner_violence()
    {
        var chat = await TeamsChat.OpenAsync(_hosts.Start(deliver: false), new TeamsActivities("https://smba.trafficmanager.net/emea/", locale: "en-US"));

        var replies = await chat.TextsAsync("I'm a GP. My patient's boyfriend hits her.");

        Assert.Contains(replies, text => text.Contains("it is about a partner or ex-partner", StringComparison.Ordinal));
    }

    public void Dispose() => _hosts.Dispose();
}
