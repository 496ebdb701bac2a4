namespace TakeABreak.Bot.Tests.Conversation.Understanding;

/// <summary>
/// What people typed in the lead's tries on 1 December 2026 where the conversation did not move: a person telling what
/// their partner does to them, a family that lives across the hall, hesitation, asking to be called, "ja" at the next
/// Meldcode step.
/// </summary>
public sealed class FirstWordsTests(ConversationHostFixture fixture) : IClassFixture<ConversationHostFixture>
{
    [Theory]
    [InlineData("nl-NL", "mijn man wordt snel boos en dan duwt hij me")]
    [InlineData("nl-NL", "vorig jaar heeft hij me bij mn keel gepakt, mijn vriend bedoel ik")]
    [InlineData("nl-NL", "mijn vriend heeft me geslagen")]
    [InlineData("en-US", "my boyfriend pushed me against the wall")]
    [InlineData("en-US", "my husband hits me when he drinks")]
    public async Task Someone_who_tells_what_is_done_to_them_is_taken_as_about_themselves(string locale, string message)
    {
        var conversation = new TypedConversation(fixture.Host.Services, locale);
        await conversation.StartAsync();

        await conversation.SayAsync(message);

        Assert.Equal(["self"], conversation.State.Values["role"]);
    }

    [Theory]
    [InlineData("nl-NL", "een moeder heeft me verteld dat haar man haar slaat")]
    [InlineData("en-US", "a client told me her husband hits her")]
    public async Task Someone_told_about_violence_by_another_person_is_not_about_themselves(string locale, string message)
    {
        var conversation = new TypedConversation(fixture.Host.Services, locale);
        await conversation.StartAsync();

        await conversation.SayAsync(message);

        Assert.False(conversation.State.Values.TryGetValue("role", out var role) && role.Contains("self"));
    }

    [Fact]
    public async Task A_family_across_the_hall_are_neighbours_not_family()
    {
        var conversation = new TypedConversation(fixture.Host.Services, "en-US");
        await conversation.StartAsync();

        await conversation.SayAsync("there's a family across the hall, I hear the dad yelling at the kids a lot");

        Assert.Equal(["neighbour"], conversation.State.Values["role"]);
    }

    [Theory]
    [InlineData("nl-NL", "ik weet niet goed hoe ik dit moet zeggen", "Neem de tijd.")]
    [InlineData("en-US", "I don't know where to start", "Take your time.")]
    public async Task Hesitation_is_given_time_not_told_it_is_not_understood(string locale, string message, string expected)
    {
        var conversation = new TypedConversation(fixture.Host.Services, locale);
        await conversation.StartAsync();

        var replies = await conversation.SayAsync(message);

        Assert.StartsWith(expected, replies[0].Text, StringComparison.Ordinal);
        Assert.StartsWith(locale == "nl-NL" ? "Wat past het best bij jou?" : "What fits you best?", replies[^1].Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nl-NL", "kan iemand mij bellen als hij op zijn werk is?")]
    [InlineData("en-US", "can someone call me when he is at work?")]
    public async Task Asking_to_be_called_starts_the_request_to_Moviera(string locale, string message)
    {
        var conversation = new TypedConversation(fixture.Host.Services, locale);
        await conversation.StartAsync();

        var replies = await conversation.SayAsync(message);

        Assert.DoesNotContain(replies, reply => reply.Text.StartsWith(locale == "nl-NL" ? "Dat begrijp ik niet goed" : "I do not quite understand", StringComparison.Ordinal));
        Assert.StartsWith(locale == "nl-NL" ? "Vind je het goed dat we dit naar Moviera sturen?" : "Do you agree that we send this to Moviera?", replies[^1].Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ja graag", "Stap 2")]
    [InlineData("volgende", "Stap 2")]
    [InlineData("nee dank je", "Stap 2", false)]
    public async Task A_typed_yes_at_the_next_Meldcode_step_shows_that_step(string answer, string step, bool shown = true)
    {
        var conversation = new TypedConversation(fixture.Host.Services, channel: "msteams");
        await conversation.StartAsync();
        await conversation.SayAsync("De stappen van de Meldcode");
        var stepOne = await conversation.TypeUntilAsync("Stap 1", "ja", "ja");
        Assert.NotNull(stepOne);

        var replies = await conversation.SayAsync(answer);

        Assert.Equal(shown, replies.Any(reply => reply.Text.StartsWith(step, StringComparison.Ordinal)));
        Assert.DoesNotContain(replies, reply => reply.Text.StartsWith("Goed, we gaan verder.", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("nl-NL", "een leerling van mij komt steeds met blauwe plekken op school")]
    [InlineData("en-US", "I'm worried about a patient, she has bruises she won't explain")]
    public async Task A_professional_in_Teams_who_starts_with_a_case_talks_it_through(string locale, string message)
    {
        var conversation = new TypedConversation(fixture.Host.Services, locale, channel: "msteams");
        await conversation.StartAsync();

        var replies = await conversation.SayAsync(message);

        Assert.Equal(["signals"], conversation.State.Values["teams_start"]);
        Assert.DoesNotContain(replies, reply => reply.Text.Contains(locale == "nl-NL" ? "Waar wil je mee beginnen?" : "Where would you like to start?", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("nl-NL", "mijn vader slaat mijn moeder als hij gedronken heeft")]
    [InlineData("en-US", "my dad hits my mum when he's been drinking")]
    public async Task A_father_hitting_a_mother_is_not_read_as_a_child_attacking_a_parent(string locale, string message)
    {
        var conversation = new TypedConversation(fixture.Host.Services, locale);
        await conversation.StartAsync();

        var replies = await conversation.SayAsync(message);

        Assert.False(conversation.State.Values.TryGetValue("signals", out var signals) && signals.Any(id => id.StartsWith("child_", StringComparison.Ordinal) && id.EndsWith("_parent", StringComparison.Ordinal)));
        Assert.DoesNotContain(replies, reply => reply.Text.Contains(locale == "nl-NL" ? "het kind valt de ouder aan" : "the child attacks the parent", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("nl-NL", "mijn zoon van 16 slaat mij")]
    [InlineData("en-US", "my teenage son hits me")]
    public async Task A_child_hitting_their_parent_is_still_read_as_that(string locale, string message)
    {
        var conversation = new TypedConversation(fixture.Host.Services, locale);
        await conversation.StartAsync();

        await conversation.SayAsync(message);

        Assert.Contains("parent_harmed_by_child", conversation.State.Values["about"]);
        Assert.Contains("child_attacks_parent", conversation.State.Values["signals"]);
    }
}
