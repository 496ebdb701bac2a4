namespace TakeABreak.Bot.Tests.Conversation.Understanding;

/// <summary>
/// What a mother typed in the lead's tries of the eleventh session: "mijn zoon van 17 is de laatste tijd zo agressief" got
/// "Bel nu 112" (fixed in the guard: "de laatste tijd" is a pattern), and her son's violence told in the perfect tense
/// ("mijn zoon heeft me geslagen") was read as a child at risk, so she got the advice meant for a neighbour of a child.
/// </summary>
public sealed class ChildAgainstParentTests(ConversationHostFixture fixture) : IClassFixture<ConversationHostFixture>
{
    [Theory]
    [InlineData("nl-NL", "mijn zoon heeft me geslagen")]
    [InlineData("nl-NL", "mijn zoon van 17 heeft me geduwd")]
    [InlineData("nl-NL", "mijn zoon van 17 is zo agressief tegen me")]
    [InlineData("en-US", "my 17 year old son pushed me")]
    [InlineData("en-US", "my son is aggressive towards me")]
    public async Task A_parent_telling_that_their_own_child_hurt_them_is_about_themselves_and_a_parent_harmed_by_a_child(string locale, string story)
    {
        var conversation = new TypedConversation(fixture.Host.Services, locale);
        await conversation.StartAsync();

        var replies = await conversation.SayAsync(story);

        Assert.Equal(["self"], conversation.State.Values["role"]);
        Assert.Equal(["parent_harmed_by_child"], conversation.State.Values["about"]);
        Assert.DoesNotContain(replies, reply => reply.Text.Contains("Bel nu 112", StringComparison.Ordinal) || reply.Text.Contains("Call 112 now", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_daughter_who_pushed_her_mother_told_by_someone_else_is_a_parent_harmed_by_a_child()
    {
        var conversation = new TypedConversation(fixture.Host.Services, "nl-NL");
        await conversation.StartAsync();

        await conversation.SayAsync("mijn buurvrouw is bang, haar dochter van 15 heeft haar geduwd");

        Assert.Equal(["parent_harmed_by_child"], conversation.State.Values["about"]);
    }
}
