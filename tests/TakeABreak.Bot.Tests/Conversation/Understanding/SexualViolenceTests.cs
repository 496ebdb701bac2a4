namespace TakeABreak.Bot.Tests.Conversation.Understanding;

/// <summary>
/// In the lead's tries of the ninth session a girl of 15 wrote that her stepfather "komt s nachts op mijn kamer": the
/// catalogue had no sign for sexual violence at all, though Moviera works against domestic and sexual violence.
/// </summary>
public sealed class SexualViolenceTests(ConversationHostFixture fixture) : IClassFixture<ConversationHostFixture>
{
    [Theory]
    [InlineData("nl-NL", "ik ben 15 en mn stiefvader komt s nachts op mijn kamer en ik vind dat eng")]
    [InlineData("en-US", "im 14 and my stepdad comes into my room at night and touches me")]
    [InlineData("nl-NL", "mijn man dwingt me tot seks als hij gedronken heeft")]
    public async Task Sexual_violence_told_in_own_words_is_a_sign(string locale, string story)
    {
        var conversation = new TypedConversation(fixture.Host.Services, locale);
        await conversation.StartAsync();

        await conversation.SayAsync(story);

        Assert.Contains("sexual_violence", conversation.State.Values.GetValueOrDefault("signals") ?? []);
    }

    [Fact]
    public async Task Sexual_violence_makes_the_urgency_urgent()
    {
        var conversation = new TypedConversation(fixture.Host.Services, "nl-NL");
        await conversation.StartAsync();
        await conversation.SayAsync("ik ben 15 en mn stiefvader komt s nachts op mijn kamer");

        await conversation.TypeUntilAsync("Dringend", "klaar", "weet ik niet", "geen van deze", "nee");

        Assert.Equal(["urgent"], conversation.State.Values["urgency"]);
    }
}
