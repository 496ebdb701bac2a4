using Microsoft.Extensions.DependencyInjection;
using TakeABreak.Bot.Testing;
using TakeABreak.Bot.Testing.Conversations;
using TakeABreak.BotFramework.Schema;
using TakeABreak.Bot.Conversation;
using TakeABreak.Bot.Tests.Conversation.Understanding;
using TakeABreak.Dialogs.State;
using TakeABreak.Signalering.Safety;

namespace TakeABreak.Bot.Tests.Safety;

/// <summary>
/// Where the rules read a serious disclosure but not danger now, and the guard's second reading finds danger now likely
/// ("he pushed me down the stairs, he's coming back"), the user is asked whether it is happening now and told to call 112 if so, with the
/// offer to go on; what the rules found is kept for the follow-up as an urgent answer would keep it.
/// </summary>
public sealed class SecondReadingGuardTests : IDisposable
{
    private const string DisclosureWithDangerNowLikely = "he pushed me down the stairs, he's coming back";

    private readonly TestBotHost _host = new();

    private SafetyContent Safety => _host.Services.GetRequiredService<SafetyContent>();

    [Fact]
    public void The_rules_alone_read_the_message_as_a_serious_disclosure_and_the_second_reading_raises_it()
    {
        Assert.Equal(SafetyLevel.Urgent, Safety.Detector.Assess(DisclosureWithDangerNowLikely).Level);
        Assert.Equal(SafetyLevel.Acute, Safety.Assess(DisclosureWithDangerNowLikely).Level);
    }

    [Fact]
    public async Task Danger_now_found_likely_by_the_second_reading_asks_whether_it_happens_now_and_says_112_first()
    {
        var answer = Safety.Messages.Get(Safety.SecondReader.AnswerId, "en");
        await new TestFlow(_host, locale: "en-GB")
            .SendConversationUpdate().SkipReplies()
            .Send(DisclosureWithDangerNowLikely)
            .AssertReply(
                reply =>
                {
                    Assert.Equal(answer, reply.Text);
                    Assert.Contains("112", reply.Text!.Split('\n')[0], StringComparison.Ordinal);
                    Assert.Contains("0800-2000", reply.Text, StringComparison.Ordinal);
                },
                "the question whether it happens now, with 112 first")
            .AssertReply(reply => Assert.Equal("takeabreak.safetyAlert", reply.Name), "the safety alert event")
            .AssertReply(reply => Assert.Equal(Safety.Messages.Get(SafetyMessages.AcuteContinueOffer, "en"), reply.Text), "the offer to go on or start again")
            .StartTestAsync();
    }

    [Fact]
    public async Task What_the_rules_found_in_a_raised_message_is_kept_for_the_follow_up_as_an_urgent_answer_keeps_it()
    {
        var flow = new TestFlow(_host, locale: "en-GB");
        await flow
            .SendConversationUpdate().SkipReplies()
            .Send(DisclosureWithDangerNowLikely)
            .SkipReplies()
            .StartTestAsync();

        var key = $"{TestConversation.ChannelId}:{flow.Conversation.ConversationId}";
        var stored = await _host.Services.GetRequiredService<IDialogStateStore>().LoadAsync(key, CancellationToken.None);
        var kept = stored!.State.Values.GetValueOrDefault(ConversationValues.SafetyFlags) ?? [];
        Assert.Equal(Safety.Detector.Assess(DisclosureWithDangerNowLikely).ReasonIds, kept);
    }

    /// <summary>
    /// A training story the rules read as danger now ("stabbed" with knives, tonight) and the second reading finds all but
    /// impossible: answered as a serious disclosure that still says to call 112 if there is danger now, with no alert banner.
    /// </summary>
    [Fact]
    public async Task Danger_now_the_second_reading_doubts_is_answered_as_a_serious_disclosure_without_the_alert()
    {
        const string Training = "coach had us doing knife defence drills with rubber knives tonight, my partner 'stabbed' me like 40 times";
        Assert.Equal(SafetyLevel.Acute, Safety.Detector.Assess(Training).Level);
        var conversation = await HostedConversation.StartedAsync(_host.Services, "en-GB", "webchat");

        var replies = await conversation.SayAsync(Training);

        Assert.StartsWith(Safety.Messages.Get(Safety.DisclosureReader.AnswerId, "en"), replies[0].Text, StringComparison.Ordinal);
        Assert.Contains("Call 112 if there is danger now.", replies[0].Text, StringComparison.Ordinal);
        Assert.DoesNotContain(replies, reply => reply.Name == "takeabreak.safetyAlert");
        Assert.DoesNotContain(replies, reply => reply.Text == Safety.Messages.Get(SafetyMessages.AcuteDanger, "en"));
    }

    public void Dispose() => _host.Dispose();
}
