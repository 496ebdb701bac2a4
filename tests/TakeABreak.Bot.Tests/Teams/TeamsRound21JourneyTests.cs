namespace TakeABreak.Bot.Tests.Teams;

/// <summary>
/// Played in round 21 as professionals in Teams who type the whole story in one message: a home-care nurse about a
/// woman of 85 was taken to speak of partner violence, and a GP whose story ended with "wat zijn de stappen van de
/// meldcode?" was asked to choose between the steps and the signs, and later heard the five steps a second time.
/// A youth worker who cancelled her request and changed her mind was not understood.
/// </summary>
public sealed class TeamsRound21JourneyTests : IDisposable
{
    private const string GpStory = "Ik ben huisarts. Een patiënte van 34 komt steeds met vage klachten, vorige week had ze een gebroken pols. Ze zegt dat ze gevallen is maar haar man praat steeds voor haar. Wat zijn de stappen van de meldcode?";
    private readonly TeamsHost _hosts = new();

    [Theory]
    [InlineData("nl-NL", "Ik ben wijkverpleegkundige. Een cliënte, een vrouw van 85 met dementie, heeft blauwe plekken op beide armen en haar dochter die voor haar zorgt wordt erg boos op haar.", "het gaat om een oudere", "partner")]
    [InlineData("en-US", "Hi, I'm a district nurse. One of my clients, a woman of 85 with dementia, has bruises on both arms and her daughter who cares for her gets very angry with her.", "it is about an older person", "partner")]
    public async Task A_woman_of_85_cared_for_by_her_daughter_is_about_an_older_person_and_not_about_a_partner(string locale, string story, string older, string partner)
    {
        var chat = await TeamsChat.OpenAsync(_hosts.Start(deliver: false), new TeamsActivities("https://smba.trafficmanager.net/emea/", locale: locale));

        var understood = Assert.Single(await chat.TextsAsync(story), text => text.Contains(older, StringComparison.Ordinal));

        Assert.DoesNotContain(partner, understood, StringComparison.Ordinal);
    }

    /// <summary>
    /// A coach of an under-12 team about one of his players: a child, though no word for a child was used, and a story
    /// of signs, though none of the words that chose "Talk through signs" (he was asked where to start).
    /// </summary>
    [Fact]
    public async Task A_player_of_an_under_12_team_is_a_child()
    {
        var chat = await TeamsChat.OpenAsync(_hosts.Start(deliver: false), new TeamsActivities("https://smba.trafficmanager.net/emea/", locale: "en-US"));

        var replies = await chat.TextsAsync("I coach an under-12 football team. One of my players keeps coming to training with bruises and says he fell off his bike, every week a new story.");

        Assert.Contains(replies, text => text.Contains("it is about a child", StringComparison.Ordinal));
        Assert.Contains(replies, text => text.StartsWith("What have you noticed?", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_story_that_asks_for_the_Meldcode_steps_gets_them_and_keeps_what_it_told_for_the_signs()
    {
        var chat = await TeamsChat.OpenAsync(_hosts.Start(deliver: false), new TeamsActivities("https://smba.trafficmanager.net/emea/"));

        var steps = await chat.TextsAsync(GpStory);
        await chat.SayAsync("nee");
        var signs = await chat.TextsAsync("ja");

        Assert.DoesNotContain(steps, text => text.Contains("meer dan één", StringComparison.Ordinal));
        // The guard reads the broken wrist and the husband who speaks for her as a serious disclosure (since session 27): its
        // acknowledgement comes first and the dialog's two statements share one message, so the overview need not open one.
        Assert.Contains(steps, text => text.Contains("Als professional volg je de Meldcode", StringComparison.Ordinal));
        Assert.Contains(signs, text => text.StartsWith("Je vertelde al: verwondingen zonder duidelijke uitleg", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_professional_who_began_with_the_Meldcode_steps_is_not_told_them_again_after_the_signs()
    {
        var chat = await TeamsChat.OpenAsync(_hosts.Start(deliver: false), new TeamsActivities("https://smba.trafficmanager.net/emea/"));
        await chat.SayAsync(GpStory, "nee", "ja", "klaar");

        var advice = await chat.AllTextsAsync("klaar");

        Assert.DoesNotContain(advice, text => text.Contains("Die heeft vijf stappen", StringComparison.Ordinal));
        Assert.Contains(advice, text => text.StartsWith("De stappen van de Meldcode zag je aan het begin", StringComparison.Ordinal));
        Assert.Contains(advice, text => text.StartsWith("Wil je dit bespreken met iemand van Moviera?", StringComparison.Ordinal));
    }

    /// <summary>A youth worker who chose "Niet versturen" at the summary changed her mind; her words were not understood.</summary>
    [Theory]
    [InlineData("wacht, ik wil het toch wel naar Moviera sturen")]
    [InlineData("ik wil het toch versturen")]
    public async Task A_professional_who_cancelled_the_request_and_changes_her_mind_gets_it_back(string changedMind)
    {
        var chat = await TeamsChat.OpenAsync(_hosts.Start(deliver: false), new TeamsActivities("https://smba.trafficmanager.net/emea/"));
        await chat.SayAsync("ik wil een mens spreken over een kind", "ja", "ja", "overslaan", "overslaan", "niet versturen");

        var replies = await chat.TextsAsync(changedMind);

        Assert.Equal("Vind je het goed dat we dit naar Moviera sturen?", replies[^1]);
    }

    /// <summary>
    /// An English GP answered the Teams proposal with "no, call me on +31 …": "no" right before "call me" hid the phone.
    /// Since session 17 the number she gave is kept, and she is asked when she is best reached.
    /// </summary>
    [Theory]
    [InlineData("no, call me on +31 (0)6-1234 5678", "When is the best time to reach you?")]
    [InlineData("no, email me please", "What is your e-mail address?")]
    [InlineData("no, don't call me", "How would you like Moviera to contact you?")]
    public async Task An_English_professional_who_says_no_and_how_instead_is_asked_for_that_address(string answer, string question)
    {
        var chat = await TeamsChat.OpenAsync(_hosts.Start(deliver: false), new TeamsActivities("https://smba.trafficmanager.net/emea/", locale: "en-US"));
        await chat.SayAsync("I want to talk to a person about a child", "yes");

        var replies = await chat.TextsAsync(answer);

        Assert.StartsWith(question, replies[^1], StringComparison.Ordinal);
    }

    public void Dispose() => _hosts.Dispose();
}
