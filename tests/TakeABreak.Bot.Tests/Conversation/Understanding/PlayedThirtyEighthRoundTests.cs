namespace TakeABreak.Bot.Tests.Conversation.Understanding;

/// <summary>
/// What playing whole typed conversations found in the thirty-eighth round: a teacher whose pupil's grandfather hurts her was
/// read as worried about an older person, because a child named with a grandparent in one sentence yields to the older person.
/// </summary>
public sealed class PlayedThirtyEighthRoundTests(ConversationHostFixture fixture) : IClassFixture<ConversationHostFixture>
{
    /// <summary>
    /// A child's grandparent who hurts the child ("een leerling vertelde me dat haar opa haar slaat") is the one who does it:
    /// the person of concern is the child, not an older person.
    /// </summary>
    [Theory]
    [InlineData("nl-NL", "ik ben leerkracht", "een leerling vertelde me dat haar opa haar slaat")]
    [InlineData("nl-NL", "ik ben leerkracht", "mijn leerling wordt door haar opa geslagen")]
    [InlineData("nl-NL", "ik ben leerkracht", "een meisje uit mijn klas zegt dat haar opa aan haar zit")]
    [InlineData("en-GB", "i am a teacher", "a pupil told me her grandpa hits her")]
    [InlineData("en-GB", "i am a teacher", "a boy in my class is beaten by his grandad")]
    public async Task A_childs_grandparent_who_hurts_the_child_makes_it_about_a_child_not_an_older_person(string locale, string role, string story)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        await conversation.SayAsync(role);

        await conversation.SayAsync(story);

        var about = conversation.State.Values.GetValueOrDefault("about") ?? [];
        Assert.Contains("child", about);
        Assert.DoesNotContain("older_person", about);
    }

    /// <summary>Someone worried about a person's grandmother, or a grandmother robbed by her grandson, stays an older person.</summary>
    [Theory]
    [InlineData("nl-NL", "ik ben de buurvrouw", "ik maak me zorgen om haar oma, die wordt door haar kleinzoon geslagen")]
    [InlineData("en-GB", "i am a neighbour", "her grandson takes her pension and shouts at her")]
    public async Task A_grandparent_who_is_hurt_stays_an_older_person(string locale, string role, string story)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        await conversation.SayAsync(role);

        await conversation.SayAsync(story);

        Assert.Contains("older_person", conversation.State.Values.GetValueOrDefault("about") ?? []);
    }
}
