using System.Text.Json.Nodes;
using TakeABreak.BotFramework.Schema;
using TakeABreak.Bot.Testing.Conversations;

namespace TakeABreak.Content.Tests.Examples;

/// <summary>Every file in dialogs/examples is replayed against the real bot; adding a file adds a test.</summary>
public class ExampleConversationTests
{
    public static TheoryData<string> Files() => new(FileNames());

    private static IEnumerable<string> FileNames() =>
        Directory.GetFiles(Path.Combine(ContentFolder.Path, "examples"), "*.yaml").Select(file => Path.GetFileName(file)).Order(StringComparer.Ordinal);

    [Fact]
    public void There_are_at_least_twelve_examples_in_both_languages()
    {
        var examples = FileNames().Select(file => ExampleConversation.Read(Path.Combine(ContentFolder.Path, "examples", file))).ToList();

        Assert.True(examples.Count >= 12, $"Only {examples.Count} examples.");
        Assert.Contains(examples, example => example.Locale?.StartsWith("en", StringComparison.Ordinal) == true);
        Assert.Contains(examples, example => example.Locale is null || example.Locale.StartsWith("nl", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public async Task Example_conversation_replays_against_the_bot(string file)
    {
        var example = ExampleConversation.Read(Path.Combine(ContentFolder.Path, "examples", file));
        using var host = new ConversationHost();
        var flow = new TestFlow(host, example.Locale, conversationId: Path.GetFileNameWithoutExtension(file));
        Activity? last = null;
        foreach (var line in example.Lines)
        {
            var where = $"{file}:{line.Line}";
            switch (line.Kind)
            {
                case "start":
                    flow.SkipReplies().SendConversationUpdate();
                    break;
                case "user":
                    flow.SkipReplies().Send(line.Text!);
                    break;
                case "submit":
                    var submit = flow.Conversation.Submit([]);
                    flow.SkipReplies().Do(() =>
                    {
                        submit.Value = new JsonObject
                        {
                            ["checklist"] = ChecklistKey(last) ?? throw new Xunit.Sdk.XunitException($"{where}: the last 'bot' line before a submit must be the question with the checklist."),
                            ["selection"] = string.Join(',', line.Items),
                        };
                        return Task.CompletedTask;
                    }).Send(submit);
                    break;
                case "bot":
                    flow.AssertReplyEventually(
                        reply =>
                        {
                            last = reply;
                            return (reply.Text ?? string.Empty).Contains(line.Text!, StringComparison.Ordinal);
                        },
                        $"{where}: a reply (in this turn) containing '{line.Text}'");
                    break;
                case "buttons":
                    flow.Do(() =>
                    {
                        var titles = last?.SuggestedActions?.Actions.Select(a => a.Title ?? string.Empty).ToList() ?? [];
                        Assert.True(titles.SequenceEqual(line.Items), $"{where}: expected buttons [{string.Join(" | ", line.Items)}], got [{string.Join(" | ", titles)}].");
                        return Task.CompletedTask;
                    });
                    break;
            }
        }

        await flow.StartTestAsync();
    }

    private static string? ChecklistKey(Activity? reply) =>
        reply?.Attachments?.FirstOrDefault()?.Content?["actions"]?[0]?["data"]?["checklist"]?.ToString();
}
