using Microsoft.Extensions.DependencyInjection;
using TakeABreak.Bot.Consultations.Delivery;
using TakeABreak.Bot.Testing;
using TakeABreak.Storage.Consultations;

namespace TakeABreak.Bot.Tests.Teams;

/// <summary>
/// Journeys of professionals in Teams, typed in their own words (round 18): what the bot says when a professional tells
/// something serious, whom a family story is about, the Meldcode asked in the middle of something, and what Moviera's
/// staff get from the request.
/// </summary>
public sealed class TeamsProfessionalJourneyTests : IDisposable
{
    private readonly TeamsHost _hosts = new();
    private readonly TeamsActivities _teams = new("https://smba.trafficmanager.net/emea/");

    [Fact]
    public async Task A_professional_who_tells_something_serious_hears_of_the_Meldcode_and_Veilig_Thuis_advice_not_that_they_need_not_give_their_name()
    {
        var chat = await TeamsChat.OpenAsync(_hosts.Start(deliver: false), _teams);
        await chat.TextsAsync("Signalen bespreken");
        await chat.TextsAsync("ik ben huisarts");

        var told = await chat.TextsAsync("een patiënte vertelde dat haar man haar vorige week heeft gewurgd");

        var acknowledgement = told.First(text => text.Contains("0800-2000", StringComparison.Ordinal));
        Assert.Contains("Meldcode", acknowledgement, StringComparison.Ordinal);
        Assert.Contains("112", acknowledgement, StringComparison.Ordinal);
        Assert.DoesNotContain("naam niet", acknowledgement, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_professional_who_passes_on_what_a_child_told_is_not_sent_to_the_Kindertelefoon()
    {
        var chat = await TeamsChat.OpenAsync(_hosts.Start(deliver: false), _teams);
        await chat.TextsAsync("Signalen bespreken");

        var told = await chat.TextsAsync("een leerling zei tegen mij: mijn vader slaat mij");

        var acknowledgement = told.First(text => text.Contains("0800-2000", StringComparison.Ordinal));
        Assert.Contains("Meldcode", acknowledgement, StringComparison.Ordinal);
        Assert.DoesNotContain("Ben je jonger dan 18", acknowledgement, StringComparison.Ordinal);
        Assert.DoesNotContain("naam niet", acknowledgement, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("in een gezin op mijn school zie ik dat de moeder blauwe plekken heeft", "het gaat om een partner")]
    [InlineData("in een gezin op mijn school zie ik dat het kind blauwe plekken heeft", "het gaat om een kind")]
    [InlineData("bij een leerling uit groep 5 zie ik steeds blauwe plekken", "het gaat om een kind")]
    public async Task Whom_a_family_story_of_a_professional_is_about_is_understood(string story, string understood)
    {
        var chat = await TeamsChat.OpenAsync(_hosts.Start(deliver: false), _teams);
        await chat.TextsAsync("Signalen bespreken");
        await chat.TextsAsync("ik ben leerkracht");

        var replies = await chat.TextsAsync(story);

        Assert.Contains(replies, text => text.Contains(understood, StringComparison.Ordinal));
        Assert.DoesNotContain(replies, text => text.StartsWith("Over wie maak je je zorgen", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("ja")]
    [InlineData("volgende stap")]
    [InlineData("next step")]
    public async Task The_Meldcode_asked_in_the_middle_of_something_offers_its_steps_one_by_one_and_goes_on_with_them(string goOn)
    {
        var chat = await TeamsChat.OpenAsync(_hosts.Start(deliver: false), _teams);
        await chat.TextsAsync("Signalen bespreken");
        await chat.TextsAsync("ik ben huisarts");

        var overview = await chat.TextsAsync("wat zijn de stappen van de meldcode?");
        var stepOne = await chat.TextsAsync(goOn);
        var stepTwo = await chat.TextsAsync("volgende stap");

        Assert.Contains(overview, text => text.Contains("vijf stappen", StringComparison.Ordinal));
        Assert.Contains(overview, text => text.Contains("een voor een", StringComparison.OrdinalIgnoreCase) || text.Contains("één voor één", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(stepOne, text => text.Contains("Stap 1", StringComparison.Ordinal));
        Assert.Contains(stepTwo, text => text.Contains("Stap 2", StringComparison.Ordinal));
        Assert.DoesNotContain(stepOne.Concat(stepTwo), text => text.Contains("begrijp ik niet", StringComparison.Ordinal));
    }

    [Fact]
    public async Task After_the_Meldcode_steps_asked_in_between_the_conversation_goes_on_at_the_question_it_was_at()
    {
        var chat = await TeamsChat.OpenAsync(_hosts.Start(deliver: false), _teams);
        await chat.TextsAsync("Signalen bespreken");
        await chat.TextsAsync("ik ben huisarts");
        await chat.TextsAsync("wat zijn de stappen van de meldcode?");

        var back = await chat.TextsAsync("nee");

        Assert.StartsWith("Over wie maak je je zorgen", back[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_request_of_a_professional_shows_Moviera_their_field_on_the_card_and_in_the_summary_they_agreed_to()
    {
        var chat = await TeamsChat.OpenAsync(_hosts.Start(deliver: false), _teams);
        await chat.TextsAsync("Signalen bespreken");
        await chat.TextsAsync("ik ben huisarts");
        var summary = await RequestAsync(chat);

        var stored = await chat.Host.Services.GetRequiredService<IConsultationStore>().ListAsync(CancellationToken.None).SingleAsync();
        var card = chat.Host.Services.GetRequiredService<StaffCard>().Build(stored.Record, DateTimeOffset.UtcNow).ToJsonString();
        Assert.Equal("health", stored.Record.Request.Field);
        Assert.Contains(summary, text => text.Contains("Werkveld: Huisarts, verpleging of andere gezondheidszorg", StringComparison.Ordinal));
        Assert.Contains("Werkveld", card, StringComparison.Ordinal);
        Assert.Contains("Huisarts, verpleging of andere gezondheidszorg", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_request_of_a_professional_who_named_no_field_has_no_field_on_the_card()
    {
        var chat = await TeamsChat.OpenAsync(_hosts.Start(deliver: false), _teams);
        await RequestAsync(chat);

        var stored = await chat.Host.Services.GetRequiredService<IConsultationStore>().ListAsync(CancellationToken.None).SingleAsync();
        var card = chat.Host.Services.GetRequiredService<StaffCard>().Build(stored.Record, DateTimeOffset.UtcNow).ToJsonString();
        Assert.Null(stored.Record.Request.Field);
        Assert.DoesNotContain("Werkveld", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task After_something_urgent_the_time_question_offers_as_soon_as_possible_first_and_Moviera_reads_it()
    {
        var chat = await TeamsChat.OpenAsync(_hosts.Start(deliver: false), _teams);
        await chat.TextsAsync("Signalen bespreken");
        await chat.TextsAsync("ik ben huisarts");
        await chat.TextsAsync("een patiënte vertelde dat haar man haar vorige week heeft gewurgd");
        await chat.TextsAsync("ik wil een mens spreken");
        await chat.TextsAsync("ja");

        var timeQuestion = (await chat.SayAsync("ja"))[^1];
        var first = timeQuestion.SuggestedActions!.Actions[0];
        await chat.TextsAsync(first.Value?.ToString() ?? first.Title!);
        await chat.TextsAsync("overslaan");
        await chat.TextsAsync("versturen");

        Assert.Equal("Zo snel als het kan", first.Title);
        var stored = await chat.Host.Services.GetRequiredService<IConsultationStore>().ListAsync(CancellationToken.None).SingleAsync();
        Assert.Equal("Zo snel als het kan", stored.Record.Request.Contact.SafeTime);
    }

    [Fact]
    public async Task Without_anything_urgent_the_time_question_offers_only_to_skip()
    {
        var chat = await TeamsChat.OpenAsync(_hosts.Start(deliver: false), _teams);
        await chat.TextsAsync("ik wil een mens spreken over een kind");
        await chat.TextsAsync("ja");

        var timeQuestion = (await chat.SayAsync("ja"))[^1];

        Assert.Equal(["Overslaan"], timeQuestion.SuggestedActions!.Actions.Select(action => action.Title));
    }

    [Fact]
    public async Task A_community_police_officer_who_asks_whether_he_must_use_the_Meldcode_hears_whom_it_is_for()
    {
        var chat = await TeamsChat.OpenAsync(_hosts.Start(deliver: false), _teams);

        var replies = await chat.TextsAsync("ik ben wijkagent. moet ik de meldcode gebruiken na een melding van huiselijk geweld?");

        Assert.Contains(replies, text => text.Contains("De Meldcode huiselijk geweld en kindermishandeling is voor professionals", StringComparison.Ordinal) && text.Contains("justitie", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_district_nurse_who_finds_an_old_man_left_in_a_wet_bed_by_his_son_is_understood_as_neglect_of_an_older_person()
    {
        var chat = await TeamsChat.OpenAsync(_hosts.Start(deliver: false), _teams);

        var replies = await chat.TextsAsync("ik ben wijkverpleegkundige. bij een oude meneer van 88 lag hij vanochtend weer in een nat bed, zijn zoon zorgt voor hem maar doet niks");

        var understood = replies.First(text => text.StartsWith("Ik begrijp", StringComparison.Ordinal));
        Assert.Contains("het gaat om een oudere", understood, StringComparison.Ordinal);
        Assert.Contains("krijgt niet genoeg eten, zorg of hulp", understood, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_childcare_worker_whose_toddler_says_daddy_hurts_mummy_is_understood_as_a_child_who_witnesses_partner_violence()
    {
        var chat = await TeamsChat.OpenAsync(_hosts.Start(deliver: false), _teams);
        await chat.TextsAsync("Signalen bespreken");

        var replies = await chat.TextsAsync("ik werk op de kinderopvang. een peuter van 3 zei vandaag tegen mij: papa doet mama pijn");

        var understood = replies.First(text => text.StartsWith("Ik begrijp", StringComparison.Ordinal));
        Assert.Contains("een partner of ex-partner", understood, StringComparison.Ordinal);
        Assert.Contains("een kind", understood, StringComparison.Ordinal);
        Assert.Contains("het kind vertelt over ruzie thuis", understood, StringComparison.Ordinal);
    }

    private static async Task<List<string>> RequestAsync(TeamsChat chat)
    {
        foreach (var turn in new[] { "ik wil een mens spreken over een kind", "ja", "ja", "overslaan" })
        {
            await chat.TextsAsync(turn);
        }

        var summary = await chat.TextsAsync("overslaan");
        var sent = await chat.TextsAsync("versturen");
        Assert.Contains(sent, text => text.Contains("TAB-", StringComparison.Ordinal));
        return summary;
    }

    public void Dispose() => _hosts.Dispose();
}
