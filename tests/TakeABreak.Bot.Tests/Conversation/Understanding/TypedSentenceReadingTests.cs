using TakeABreak.Bot.Testing.Conversations;

namespace TakeABreak.Bot.Tests.Conversation.Understanding;

/// <summary>Sentences that went wrong when typed by hand: short words read as typos, later answers, an English story, not knowing.</summary>
public sealed class TypedSentenceReadingTests(ConversationHostFixture fixture) : IClassFixture<ConversationHostFixture>
{
    [Fact]
    public async Task A_frequency_typed_at_the_role_question_is_not_read_as_a_father()
    {
        var conversation = new TypedConversation(fixture.Host.Services);
        await conversation.StartAsync();

        var replies = await conversation.SayAsync("steeds vaker");

        Assert.False(conversation.State.Values.ContainsKey("role"));
        Assert.Equal(["frequency_often"], conversation.State.Values["frequency"]);
        Assert.DoesNotContain(replies, reply => reply.Text.Contains("familie", StringComparison.Ordinal));
        Assert.StartsWith("Wat past het best bij jou?", replies[^1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_later_answer_to_an_answered_question_corrects_it_in_one_line_and_the_dialog_goes_on()
    {
        var conversation = new TypedConversation(fixture.Host.Services);
        await conversation.StartAsync();
        await conversation.SayAsync("ik ben de buurman");
        await conversation.SayAsync("een partner");
        await conversation.SayAsync("blauwe plekken");
        await conversation.SayAsync("vaak");

        var replies = await conversation.SayAsync("een paar keer");

        Assert.Equal(["frequency_sometimes"], conversation.State.Values["frequency"]);
        Assert.Equal("Ik pas je eerdere antwoord aan: het gebeurt een paar keer.", replies[0].Text);
        Assert.DoesNotContain(replies, reply => reply.Text.Contains("begrijp ik niet", StringComparison.Ordinal));
        Assert.StartsWith("Is een van deze dingen gebeurd?", replies[^1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_English_story_about_the_neighbours_husband_takes_the_role_neighbour()
    {
        var host = fixture.Host;

        await new TestFlow(host, "en-US", conversationId: "english-neighbour-story")
            .Send("My neighbour's husband screams at her and I heard things smash yesterday")
            .AssertReplyEventually(reply => (reply.Text ?? string.Empty).Contains("you are a neighbour", StringComparison.Ordinal), "the role neighbour understood")
            .StartTestAsync();
    }

    [Theory]
    [InlineData("nl-NL", "weet ik niet")]
    [InlineData("nl-NL", "geen idee")]
    [InlineData("nl-NL", "misschien")]
    [InlineData("en-US", "not sure")]
    [InlineData("en-US", "I'm not sure really")]
    public async Task Not_knowing_is_understood_where_the_question_has_an_unknown_option(string locale, string typed)
    {
        var conversation = new TypedConversation(fixture.Host.Services, locale);
        await conversation.StartAsync();
        await conversation.SayAsync(locale == "en-US" ? "I am a neighbour" : "ik ben de buurman");
        await conversation.SayAsync(locale == "en-US" ? "a partner" : "een partner");
        await conversation.SayAsync(locale == "en-US" ? "bruises" : "blauwe plekken");
        await conversation.SayAsync(locale == "en-US" ? "done" : "klaar");

        await conversation.SayAsync(typed);

        Assert.Equal(["frequency_unknown"], conversation.State.Values["frequency"]);
    }
}
