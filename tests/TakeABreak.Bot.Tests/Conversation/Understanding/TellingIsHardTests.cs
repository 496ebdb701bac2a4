namespace TakeABreak.Bot.Tests.Conversation.Understanding;

/// <summary>
/// What a girl of 14 typed in the lead's tries of the tenth session: "mijn stiefvader zit aan me als mama weg is" was
/// taken as a family member worried about someone else, and "ik durf het niemand te vertellen", "wat gebeurt er als ik
/// het vertel" and "ik wil niet dat hij in de gevangenis komt" were each answered with "Dat begrijp ik niet goed".
/// </summary>
public sealed class TellingIsHardTests(ConversationHostFixture fixture) : IClassFixture<ConversationHostFixture>
{
    [Theory]
    [InlineData("nl-NL", "mijn stiefvader zit aan me als mama weg is")]
    [InlineData("nl-NL", "mn vader betast me als we alleen zijn")]
    [InlineData("en-US", "my stepdad touches me when mum is out")]
    public async Task A_child_abused_by_a_parent_tells_about_themselves(string locale, string story)
    {
        var conversation = new TypedConversation(fixture.Host.Services, locale);
        await conversation.StartAsync();

        await conversation.SayAsync(story);

        Assert.Equal(["self"], conversation.State.Values["role"]);
        Assert.Contains("sexual_violence", conversation.State.Values.GetValueOrDefault("signals") ?? []);
    }

    [Theory]
    [InlineData("nl-NL", "ik durf het niemand te vertellen")]
    [InlineData("nl-NL", "wat gebeurt er als ik het vertel")]
    [InlineData("nl-NL", "ik wil niet dat hij in de gevangenis komt")]
    [InlineData("nl-NL", "ik ben bang dat ik uit huis word geplaatst")]
    [InlineData("en-US", "i'm too scared to tell anyone")]
    [InlineData("en-US", "what happens if i tell someone")]
    [InlineData("en-US", "i don't want my dad to go to prison")]
    public async Task Fear_of_telling_is_answered_with_what_happens_and_who_can_help(string locale, string worry)
    {
        var conversation = new TypedConversation(fixture.Host.Services, locale);
        await conversation.StartAsync();
        await conversation.SayAsync(locale == "nl-NL" ? "het gaat over mijzelf" : "it is about me");

        var replies = await conversation.SayAsync(worry);

        var texts = string.Join("\n", replies.Select(reply => reply.Text));
        Assert.Contains("0800-0432", texts);
        Assert.Contains(locale == "nl-NL" ? "niet jouw schuld" : "not your fault", texts);
        Assert.DoesNotContain(locale == "nl-NL" ? "begrijp ik niet" : "not quite understand", texts);
    }

    [Theory]
    [InlineData("nl-NL", "een cliënte van 82, haar zoon woont bij haar in en ze durft niets te zeggen als hij erbij is")]
    [InlineData("nl-NL", "de moeder wil niet dat hij in de gevangenis komt")]
    [InlineData("en-US", "my client is scared to tell anyone")]
    public async Task Someone_else_who_is_afraid_to_tell_gets_no_answer_meant_for_the_one_telling(string locale, string story)
    {
        var conversation = new TypedConversation(fixture.Host.Services, locale);
        await conversation.StartAsync();
        await conversation.SayAsync(locale == "nl-NL" ? "ik ben wijkverpleegkundige" : "i am a district nurse");

        var replies = await conversation.SayAsync(story);

        Assert.DoesNotContain(replies, reply => reply.Text.Contains("0800-0432", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("nl-NL", "ik ben een man, wie gelooft mij nou")]
    [InlineData("en-US", "i'm a man, who would believe me")]
    public async Task A_man_who_fears_he_is_not_believed_is_answered(string locale, string worry)
    {
        var conversation = new TypedConversation(fixture.Host.Services, locale);
        await conversation.StartAsync();
        await conversation.SayAsync(locale == "nl-NL" ? "mijn vrouw slaat me" : "my wife hits me");

        var replies = await conversation.SayAsync(worry);

        Assert.Contains(replies, reply => reply.Text.Contains(locale == "nl-NL" ? "niet jouw schuld" : "not your fault", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_nurse_who_sees_savings_gone_and_a_client_silent_when_her_son_is_there_sees_both_signs()
    {
        var conversation = new TypedConversation(fixture.Host.Services, "nl-NL");
        await conversation.StartAsync();
        await conversation.SayAsync("ik ben wijkverpleegkundige");

        await conversation.SayAsync("een cliënte van 82, haar zoon woont bij haar in en sinds kort is haar spaargeld bijna op en ze durft niets te zeggen als hij erbij is");

        var signals = conversation.State.Values.GetValueOrDefault("signals") ?? [];
        Assert.Contains("no_control_over_own_money", signals);
        Assert.Contains("different_when_carer_present", signals);
    }
}
