namespace TakeABreak.Bot.Tests.Conversation.Understanding;

/// <summary>
/// In the lead's tries of the seventeenth session a 15-year-old told that dad hits mum and got the advice meant for a
/// neighbour ("talk to the person alone, do not confront the one who uses violence"). A young person who tells their age is
/// gets the advice for a child: it is not your fault, talk to someone you trust, De Kindertelefoon,
/// Veilig Thuis, 112 in danger.
/// </summary>
public sealed class YoungPersonAtHomeTests(ConversationHostFixture fixture) : IClassFixture<ConversationHostFixture>
{
    [Theory]
    [InlineData("nl-NL", "ik ben 15 en mijn vader slaat mijn moeder", "vaak", "geen van deze", "nee")]
    [InlineData("nl-NL", "mijn vader slaat mijn moeder", "ik ben 15", "vaak", "geen van deze")]
    [InlineData("en-US", "i'm 15 and my dad hits my mum", "often", "none of these", "no")]
    [InlineData("en-US", "my dad hits my mum", "i'm 15", "often", "none of these")]
    public async Task A_young_person_who_tells_that_one_parent_hurts_the_other_gets_the_advice_for_a_child(string locale, params string[] messages)
    {
        var conversation = new TypedConversation(fixture.Host.Services, locale);
        await conversation.StartAsync();

        var trusted = locale == "nl-NL" ? "iemand die je vertrouwt" : "someone you trust";

        var typed = await conversation.TypeUntilAsync(trusted, [.. messages, locale == "nl-NL" ? "nee" : "no"]);

        Assert.NotNull(typed);
        Assert.Contains(conversation.AllTexts, text => text.Contains(trusted, StringComparison.Ordinal) && text.Contains("0800-0432", StringComparison.Ordinal) && text.Contains("Veilig Thuis", StringComparison.Ordinal));
        Assert.DoesNotContain(conversation.AllTexts, text => text.Contains(locale == "nl-NL" ? "Spreek degene die geweld gebruikt er niet op aan" : "Don't confront the person", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("nl-NL", "ik ben 14", "mijn moeder drinkt en dan slaat ze me")]
    [InlineData("nl-NL", "ik ben 13", "mijn stiefvader wordt snel boos en dan schopt hij me")]
    [InlineData("en-US", "i'm 14", "my mum drinks and then she hits me")]
    public async Task A_young_person_hurt_by_a_parent_named_in_the_story_is_not_asked_who_hurts_them(string locale, string age, string story)
    {
        var conversation = new TypedConversation(fixture.Host.Services, locale);
        await conversation.StartAsync();
        await conversation.SayAsync(age);

        await conversation.SayAsync(story);

        Assert.Equal(["self"], conversation.State.Values.GetValueOrDefault("role") ?? []);
        Assert.Equal(["child"], conversation.State.Values.GetValueOrDefault("about") ?? []);
    }

    [Theory]
    [InlineData("nl-NL", "mijn man slaat me en mijn moeder weet het niet")]
    [InlineData("en-US", "my husband hits me and my mum doesn't know")]
    public async Task A_woman_hurt_by_her_husband_who_names_her_mother_is_about_her_partner(string locale, string story)
    {
        var conversation = new TypedConversation(fixture.Host.Services, locale);
        await conversation.StartAsync();

        await conversation.SayAsync(story);

        Assert.Equal(["partner"], conversation.State.Values.GetValueOrDefault("about") ?? []);
    }
}
