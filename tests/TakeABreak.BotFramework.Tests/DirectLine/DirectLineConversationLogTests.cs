using TakeABreak.BotFramework.DirectLine;
using TakeABreak.BotFramework.Schema;

namespace TakeABreak.BotFramework.Tests.DirectLine;

/// <summary>A conversation's activities live in memory; a long conversation keeps only its most recent ones.</summary>
public sealed class DirectLineConversationLogTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_long_conversation_keeps_only_its_most_recent_activities_and_the_watermark_keeps_counting()
    {
        var conversation = new DirectLineConversation("c1", "u1", "127.0.0.1", Now);
        var total = DirectLineConversation.MaxKeptActivities + 25;
        for (var i = 1; i <= total; i++)
        {
            conversation.Append(new Activity { Type = ActivityTypes.Message, Text = $"message {i}" }, Now);
        }

        var everything = conversation.Read(0);
        var latest = conversation.Read(total - 2);

        Assert.Equal(DirectLineConversation.MaxKeptActivities, everything.Activities.Count);
        Assert.Equal("message 26", everything.Activities[0].Text);
        Assert.Equal($"message {total}", everything.Activities[^1].Text);
        Assert.Equal(total.ToString(System.Globalization.CultureInfo.InvariantCulture), everything.Watermark);
        Assert.Equal([$"message {total - 1}", $"message {total}"], latest.Activities.Select(a => a.Text));
    }
}
