using System.Text.RegularExpressions;

namespace TakeABreak.Bot.Tests.Conversation.Understanding;

/// <summary>
/// What playing whole typed conversations found in the thirty-sixth round: "she doesn't want me to tell anyone" read as
/// done at a checklist once an earlier answer there was not understood; the stop, goodbye and feedback endings saying
/// "type anything to start again" while a number or a question is answered without starting again.
/// </summary>
public sealed class PlayedThirtySixthRoundTests(ConversationHostFixture fixture) : IClassFixture<ConversationHostFixture>
{
    /// <summary>
    /// Not being allowed to tell is answered at the signs and at the serious things alike, also after a word there that was
    /// not understood or already known: the list stays, it is not closed as if the writer were done.
    /// </summary>
    [Theory]
    [InlineData("nl-NL", "ik ben de buurvrouw|een stel|ik hoor vaak geschreeuw|klaar|vaak", "ze wil niet dat ik het aan iemand vertel", "ask_serious")]
    [InlineData("nl-NL", "ik ben de buurvrouw|een stel|ik zag een blauwe plek|klaar|vaak|hmm", "ik moest beloven niks te zeggen", "ask_serious")]
    [InlineData("nl-NL", "ik ben de buurvrouw|een stel|ik zag een blauwe plek|klaar|vaak|hmm", "ze wil dat ik het geheim houd", "ask_serious")]
    [InlineData("nl-NL", "ik ben de buurvrouw|een stel|hmm", "ze wil niet dat ik het aan iemand vertel", "ask_signals")]
    [InlineData("en-GB", "i am a neighbour|a couple|i often hear shouting|done|often", "she doesn't want me to tell anyone", "ask_serious")]
    [InlineData("en-GB", "i am a neighbour|a couple|i saw a bruise|done|often|hmm", "she wants me to keep it secret", "ask_serious")]
    [InlineData("en-GB", "i am a neighbour|a couple|hmm", "she doesn't want me to tell anyone", "ask_signals")]
    public async Task Not_being_allowed_to_tell_is_answered_at_either_checklist_and_does_not_close_it(string locale, string before, string said, string step)
    {
        var dutch = locale == "nl-NL";
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        await conversation.SayEachAsync(before);

        var replies = await conversation.SayAsync(said);

        Assert.Contains(replies, reply => reply.Text.StartsWith(dutch ? "Het is heel gewoon dat iemand bang is om het te vertellen." : "It is very common to be afraid to tell.", StringComparison.Ordinal));
        Assert.DoesNotContain(replies, reply => reply.Text.StartsWith(dutch ? "Ik ga verder met wat je tot nu toe vertelde." : "I will go on with what you have told me so far.", StringComparison.Ordinal));
        Assert.Equal(step, conversation.State.Top!.Step);
    }

    /// <summary>
    /// The endings (stop, goodbye, the feedback question answered) say which word starts again, and that word does: no
    /// "type anything", since a number or a question after the end is answered without starting again.
    /// </summary>
    [Theory]
    [InlineData("nl-NL", "webchat", "ik ben de buurvrouw|stop")]
    [InlineData("nl-NL", "webchat", "ik ben de buurvrouw|doei")]
    [InlineData("nl-NL", "webchat", "ik ben de buurvrouw|een stel|ik hoor vaak geschreeuw|klaar|nee|nee|4")]
    [InlineData("nl-NL", "msteams", "Signalen bespreken|stop")]
    [InlineData("en-GB", "webchat", "i am a neighbour|stop")]
    [InlineData("en-GB", "webchat", "i am a neighbour|thanks, bye")]
    [InlineData("en-GB", "webchat", "i am a neighbour|a couple|i often hear shouting|done|no|no|thanks")]
    public async Task The_ending_names_the_word_that_starts_again_and_that_word_does(string locale, string channel, string messages)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale, channel);
        var ending = (await conversation.SayEachAsync(messages))[^1].Text;
        Assert.Null(conversation.State.Top);

        Assert.DoesNotContain(locale == "nl-NL" ? "Typ iets" : "Type something", ending, StringComparison.Ordinal);
        var named = Regex.Matches(ending, "'([^']+)'").Select(match => match.Groups[1].Value).ToList();
        Assert.NotEmpty(named);
        foreach (var word in named)
        {
            var again = await TypedConversation.StartedAsync(fixture.Host.Services, locale, channel);
            await again.SayEachAsync(messages);

            var replies = await again.SayAsync(word);

            Assert.NotNull(again.State.Top);
            Assert.Equal(conversation.Turns[0][^1].Text, replies[^1].Text);
        }
    }
}
