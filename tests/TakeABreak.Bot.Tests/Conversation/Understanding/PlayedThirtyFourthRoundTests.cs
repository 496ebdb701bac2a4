namespace TakeABreak.Bot.Tests.Conversation.Understanding;

/// <summary>
/// What playing whole typed conversations found in the thirty-fourth round: a young writer who said their age still
/// hearing "Ben je jonger dan 18, …".
/// </summary>
public sealed class PlayedThirtyFourthRoundTests(ConversationHostFixture fixture) : IClassFixture<ConversationHostFixture>
{
    private async Task<TypedConversation> StartedAsync(string locale, string channel = "directline")
    {
        var conversation = new TypedConversation(fixture.Host.Services, locale, channel);
        await conversation.StartAsync();
        return conversation;
    }

    private async Task<HostedConversation> HostedAsync(string locale, string channel = "directline")
    {
        var conversation = new HostedConversation(fixture.Host.Services, locale, channel);
        await conversation.StartAsync();
        return conversation;
    }

    private async Task<List<string>> PlayedAsync(string locale, string messages, string channel = "directline")
    {
        var conversation = await HostedAsync(locale, channel);
        var said = new List<string>();
        foreach (var message in messages.Split('|'))
        {
            said.AddRange((await conversation.SayAsync(message)).Select(reply => reply.Text ?? string.Empty));
        }

        return said;
    }

    /// <summary>A writer who said they are young hears De Kindertelefoon plainly, never as "if you are under 18".</summary>
    [Theory]
    [InlineData("nl-NL", "ik ben 13|mijn vader slaat mijn moeder|klaar|vaak|nee")]
    [InlineData("nl-NL", "ik ben 15 en mijn stiefvader slaat me")]
    [InlineData("nl-NL", "ik ben 14|mijn moeder slaat me en niemand gelooft me")]
    [InlineData("nl-NL", "ik ben 12|mijn broer slaat me|ik durf het niet te vertellen")]
    [InlineData("en-GB", "im 14|my dad hits me")]
    [InlineData("en-GB", "i'm 16 and my mum's boyfriend hits her|nobody believes me")]
    public async Task A_young_writer_who_said_their_age_gets_De_Kindertelefoon_without_a_condition(string locale, string messages)
    {
        var said = await PlayedAsync(locale, messages);

        Assert.Contains(said, text => text.Contains("0800-0432", StringComparison.Ordinal));
        Assert.DoesNotContain(said, text => text.Contains(locale == "nl-NL" ? "jonger dan 18" : "under 18", StringComparison.Ordinal));
    }

    /// <summary>When nobody said an age, the condition stays: an adult may be telling about their own childhood home.</summary>
    [Theory]
    [InlineData("nl-NL", "mijn vader slaat me")]
    [InlineData("en-GB", "my dad hits me")]
    public async Task Without_an_age_De_Kindertelefoon_stays_a_condition(string locale, string messages)
    {
        var said = await PlayedAsync(locale, messages);

        Assert.Contains(said, text => text.Contains(locale == "nl-NL" ? "jonger dan 18" : "under 18", StringComparison.Ordinal));
    }
}
