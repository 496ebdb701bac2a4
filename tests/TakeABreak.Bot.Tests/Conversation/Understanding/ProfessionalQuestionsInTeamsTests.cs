namespace TakeABreak.Bot.Tests.Conversation.Understanding;

/// <summary>
/// Played by the seventeenth round's explorer as a GP and a teacher in Teams: in the middle of the signs they asked what
/// the Meldcode says they must do, what "afwegingskader" means, whether they need permission to call Veilig Thuis and
/// whether to talk to the parents first, and asked for Moviera's advice in their own words. The bot answered the
/// Meldcode question with what the Meldcode is, did not understand the rest, closed the signs list on the permission
/// question, and read "eerst" in "moet ik eerst met de ouders praten?" as "eer": it changed the case to honour-based
/// violence and handed it over.
/// </summary>
public sealed class ProfessionalQuestionsInTeamsTests(ConversationHostFixture fixture) : IClassFixture<ConversationHostFixture>
{
    private const string GeneralPractitioner = "Ik ben huisarts. Een oudere patiënte van 82 heeft blauwe plekken op haar armen die ze niet kan verklaren. Haar zoon beheert haar geld.";
    private const string Teacher = "Ik ben leerkracht in groep 6. Een leerling van 9 vertelde vandaag dat zijn vader zijn moeder heeft geslagen.";

    [Fact]
    public async Task A_GP_who_asks_what_the_Meldcode_says_she_must_do_gets_its_five_steps()
    {
        var conversation = await AtTheSignsAsync(GeneralPractitioner);

        var replies = await conversation.SayAsync("wat moet ik volgens de meldcode doen?");

        Assert.Contains(replies, reply => reply.Text.Contains("1. Breng de signalen in kaart.", StringComparison.Ordinal) && reply.Text.Contains("5. Beslis", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("wat betekent afwegingskader?")]
    [InlineData("wat is een afwegingskader")]
    public async Task A_professional_who_asks_what_afwegingskader_means_is_told_and_the_signs_stay_open(string question)
    {
        var conversation = await AtTheSignsAsync(GeneralPractitioner);

        var replies = await conversation.SayAsync(question);

        Assert.Contains(replies, reply => reply.Text.Contains("Het afwegingskader", StringComparison.Ordinal) && reply.Text.Contains("stap 4", StringComparison.Ordinal));
        Assert.DoesNotContain(replies, reply => reply.Text.Contains("begrijp ik niet", StringComparison.Ordinal));
        Assert.Contains("Is er nog meer?", replies[^1].Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("heb ik toestemming van de patiënt nodig om Veilig Thuis te bellen?")]
    [InlineData("moet de patiënt toestemming geven voordat ik veilig thuis bel?")]
    public async Task A_GP_who_asks_whether_she_needs_the_patients_permission_hears_that_advice_is_anonymous_and_a_report_is_open(string question)
    {
        var conversation = await AtTheSignsAsync(GeneralPractitioner);

        var replies = await conversation.SayAsync(question);

        Assert.Contains(replies, reply => reply.Text.Contains("Advies vragen bij Veilig Thuis kan anoniem", StringComparison.Ordinal) && reply.Text.Contains("meld je open", StringComparison.Ordinal));
        Assert.DoesNotContain(replies, reply => reply.Text.Contains("Ik ga verder met wat je tot nu toe vertelde", StringComparison.Ordinal));
        Assert.Contains("Is er nog meer?", replies[^1].Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("moet ik eerst met de ouders praten?")]
    [InlineData("moet ik het eerst met de ouders bespreken?")]
    public async Task A_teacher_who_asks_whether_to_talk_to_the_parents_first_hears_about_reporting_openly_and_the_case_stays_hers(string question)
    {
        var conversation = await AtTheSignsAsync(Teacher);

        var replies = await conversation.SayAsync(question);

        Assert.DoesNotContain(conversation.AllTexts, text => text.Contains("eergerelateerd", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(["child"], conversation.State.Values["about"]);
        Assert.Contains(replies, reply => reply.Text.Contains("meld je open", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("ik wil graag advies van Moviera")]
    [InlineData("ik wil overleggen met Moviera")]
    [InlineData("kan ik dit met moviera overleggen?")]
    public async Task A_professional_who_asks_for_Moviera_s_advice_in_own_words_is_offered_the_consultation(string request)
    {
        var conversation = await AtTheSignsAsync(GeneralPractitioner);
        await conversation.SayAsync("klaar");

        var replies = await conversation.SayAsync(request);

        Assert.Contains(replies, reply => reply.Text.Contains("neemt een medewerker van Moviera contact met je op", StringComparison.Ordinal));
    }

    private async Task<TypedConversation> AtTheSignsAsync(string story)
    {
        var conversation = new TypedConversation(fixture.Host.Services, "nl-NL", channel: "msteams");
        await conversation.StartAsync();
        var replies = await conversation.SayAsync(story);
        Assert.Contains("Wat heb je gemerkt?", replies[^1].Text, StringComparison.Ordinal);
        return conversation;
    }
}
