using TakeABreak.BotFramework.Schema;
using TakeABreak.BotFramework.Teams;

namespace TakeABreak.BotFramework.Tests.Teams;

public sealed class RecipientMentionMiddlewareTests
{
    [Fact]
    public void The_bots_own_mention_is_removed_from_the_text()
    {
        var activity = Read("""
            {"type":"message","text":"<at>TakeABreak</at> wat is de meldcode?","recipient":{"id":"28:bot"},
             "entities":[{"type":"mention","mentioned":{"id":"28:bot","name":"TakeABreak"},"text":"<at>TakeABreak</at>"}]}
            """);

        var text = RecipientMentionMiddleware.RemoveMentionsOf("28:bot", activity.Text!, activity.Entities!);

        Assert.Equal("wat is de meldcode?", text);
    }

    [Fact]
    public void Mentions_of_other_people_stay_in_the_text()
    {
        var activity = Read("""
            {"type":"message","text":"<at>TakeABreak</at> vraag van <at>Anna</at>","recipient":{"id":"28:bot"},
             "entities":[{"type":"mention","mentioned":{"id":"28:bot"},"text":"<at>TakeABreak</at>"},
                         {"type":"mention","mentioned":{"id":"29:anna"},"text":"<at>Anna</at>"},
                         {"type":"clientInfo","locale":"nl-NL"}]}
            """);

        var text = RecipientMentionMiddleware.RemoveMentionsOf("28:bot", activity.Text!, activity.Entities!);

        Assert.Equal("vraag van <at>Anna</at>", text);
    }

    private static Activity Read(string json) => ProtocolJson.ReadActivity(System.Text.Encoding.UTF8.GetBytes(json))!;
}
