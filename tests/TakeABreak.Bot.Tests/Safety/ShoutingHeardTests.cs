using Microsoft.Extensions.DependencyInjection;
using TakeABreak.Bot.Testing;
using TakeABreak.Bot.Testing.Conversations;
using TakeABreak.Signalering.Safety;

namespace TakeABreak.Bot.Tests.Safety;

/// <summary>
/// Played in session 23: a neighbour who wrote "he is yelling at her really loud" was told to call 112 (the guard's second
/// reading was nearly sure of danger now). Shouting told with nothing else is a sign the conversation notes, not danger now;
/// shouting with a blow heard stays danger now.
/// </summary>
public sealed class ShoutingHeardTests : IDisposable
{
    private readonly TestBotHost _host = new();

    private SafetyContent Safety => _host.Services.GetRequiredService<SafetyContent>();

    [Theory]
    [InlineData("nl-NL", "ik ben de buurvrouw", "hij schreeuwt heel hard tegen haar")]
    [InlineData("nl-NL", "ik ben de buurman", "de man hiernaast schreeuwt de hele tijd tegen zijn vrouw")]
    [InlineData("en-GB", "i am a neighbour", "he is yelling at her really loud")]
    [InlineData("en-GB", "i live next door", "the guy next door keeps shouting at his girlfriend")]
    public async Task Shouting_told_with_nothing_else_is_not_answered_with_112(string locale, string who, string story)
    {
        await new TestFlow(_host, locale: locale)
            .SendConversationUpdate().SkipReplies()
            .Send(who).SkipReplies()
            .Send(story)
            .AssertNoReplyMatching(reply => reply.Text?.Contains("112", StringComparison.Ordinal) == true, "a reply that says 112")
            .StartTestAsync();
    }

    [Theory]
    [InlineData("hij schreeuwt tegen haar en ik hoor nu klappen")]
    [InlineData("he is yelling at her and i just heard a slap")]
    public void Shouting_with_a_blow_heard_now_stays_danger_now(string story)
    {
        Assert.Equal(SafetyLevel.Acute, Safety.Assess(story).Level);
    }

    public void Dispose() => _host.Dispose();
}
