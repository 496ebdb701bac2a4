using TakeABreak.Bot.Testing.Conversations;
using Xunit.Abstractions;

namespace TakeABreak.Bot.Tests.Conversation;

public sealed class ZzDebugTests(ConversationHostFixture fixture, ITestOutputHelper output) : IClassFixture<ConversationHostFixture>
{
    [Fact]
    public async Task Dump()
    {
        var lines = File.ReadAllLines("/tmp/dbg/script.txt");
        var flow = new TestFlow(fixture.Host, lines[0], conversationId: "dbg" + Guid.NewGuid().ToString("N"));
        foreach (var line in lines.Skip(1))
        {
            if (line == "<start>") { flow.SendConversationUpdate(); }
            else { flow.Send(line); }
            var said = line;
            flow.AssertNoReplyMatching(r => { output.WriteLine($"  [{said}] BOT: {r.Text?.Replace("\n", " / ")} {(r.SuggestedActions is null ? "" : "{" + string.Join("|", r.SuggestedActions.Actions.Select(a => a.Title)) + "}")}{(r.Attachments?.Count > 0 ? " [card]" : "")}"); return false; }, "dump");
        }
        try { await flow.StartTestAsync(); } catch (Exception) { }
    }
}

