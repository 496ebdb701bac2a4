namespace TakeABreak.Bot.Tests.Conversation.Understanding;

/// <summary>
/// What a district nurse typed in Teams in the lead's tries of the eleventh session: "ze zegt dat ze gevallen is maar dat
/// geloof ik niet" was recorded as "krijgt niet genoeg eten, zorg of hulp", because "gevallen" was read as a typo of
/// "afgevallen" (lost weight). A word with a whole beginning more is another word, not a typo; and an excuse for an injury
/// that the writer doubts is an injury without a clear explanation. "het verhaal klopt niet" anywhere in a message was
/// also taken as "your guess is wrong" and undid what the bot understood before.
/// </summary>
public sealed class ExcuseForInjuryTests(ConversationHostFixture fixture) : IClassFixture<ConversationHostFixture>
{
    [Theory]
    [InlineData("nl-NL", "ze zegt dat ze gevallen is maar dat geloof ik niet")]
    [InlineData("nl-NL", "hij zei dat hij tegen de deur was aangelopen, maar het verhaal klopt niet")]
    [InlineData("en-US", "she says she fell but i don't believe it")]
    [InlineData("en-US", "he says he walked into a door, the story doesn't add up")]
    public async Task A_doubted_excuse_for_an_injury_is_an_injury_without_a_clear_explanation(string locale, string story)
    {
        var conversation = await OlderClientSignsAsync(locale);

        await conversation.SayAsync(story);

        var signals = conversation.State.Values.GetValueOrDefault("signals") ?? [];
        Assert.Contains("unexplained_injuries", signals);
        Assert.DoesNotContain("older_person_neglected", signals);
    }

    /// <summary>A GP in the fifteenth session: "vorige week had ze een gebroken pols" at the signs was not understood.</summary>
    [Theory]
    [InlineData("nl-NL", "vorige week had ze een gebroken pols")]
    [InlineData("nl-NL", "hij kwam met een gebroken arm op de eerste hulp")]
    [InlineData("en-US", "last week she came in with a broken wrist")]
    [InlineData("en-US", "he had bruised ribs and a concussion")]
    public async Task A_broken_bone_or_a_concussion_is_an_injury_and_nothing_broken_in_the_house(string locale, string story)
    {
        var conversation = await OlderClientSignsAsync(locale);

        await conversation.SayAsync(story);

        var signals = conversation.State.Values.GetValueOrDefault("signals") ?? [];
        Assert.Contains("unexplained_injuries", signals);
        Assert.DoesNotContain("banging_or_breaking", signals);
    }

    [Theory]
    [InlineData("nl-NL", "het verhaal klopt niet")]
    [InlineData("nl-NL", "het gaat niet goed met haar")]
    [InlineData("en-US", "her story is not right somehow")]
    public async Task A_story_that_does_not_add_up_is_no_correction_of_the_guess(string locale, string story)
    {
        var conversation = await OlderClientSignsAsync(locale);

        await conversation.SayAsync(story);

        Assert.Equal(["older_person"], conversation.State.Values["about"]);
    }

    [Theory]
    [InlineData("nl-NL", "oh sorry, dat klopt niet")]
    [InlineData("en-US", "sorry, that's wrong")]
    public async Task A_correction_inside_a_message_still_undoes_the_guess(string locale, string correction)
    {
        var conversation = await OlderClientSignsAsync(locale);

        await conversation.SayAsync(correction);

        Assert.False(conversation.State.Values.ContainsKey("about"));
    }

    [Fact]
    public async Task A_home_care_worker_works_in_health_care()
    {
        var conversation = new TypedConversation(fixture.Host.Services, "nl-NL");
        await conversation.StartAsync();

        await conversation.SayAsync("ik ben thuiszorgmedewerker en maak me zorgen om een oudere cliënte");

        Assert.Equal(["health"], conversation.State.Values["field"]);
    }

    [Fact]
    public async Task Fallen_is_not_lost_weight()
    {
        var conversation = await OlderClientSignsAsync("nl-NL");

        await conversation.SayAsync("ze is vorige week gevallen");

        Assert.DoesNotContain("older_person_neglected", conversation.State.Values.GetValueOrDefault("signals") ?? []);
    }

    [Fact]
    public async Task Lost_weight_is_still_neglect()
    {
        var conversation = await OlderClientSignsAsync("nl-NL");

        await conversation.SayAsync("ze is erg afgevallen en de koelkast is leeg");

        Assert.Contains("older_person_neglected", conversation.State.Values.GetValueOrDefault("signals") ?? []);
    }

    private async Task<TypedConversation> OlderClientSignsAsync(string locale)
    {
        var conversation = new TypedConversation(fixture.Host.Services, locale, channel: "msteams");
        await conversation.StartAsync();
        await conversation.SayAsync(locale == "nl-NL"
            ? "ik ben wijkverpleegkundige en maak me zorgen om een oudere cliënte"
            : "i'm a district nurse and worried about an older client");
        return conversation;
    }
}
