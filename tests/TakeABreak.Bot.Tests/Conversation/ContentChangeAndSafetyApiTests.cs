using Microsoft.Extensions.DependencyInjection;
using TakeABreak.Bot.Conversation.Content;
using TakeABreak.Bot.Testing.Conversations;
using TakeABreak.BotFramework.Schema;
using TakeABreak.BotFramework.Turns;
using TakeABreak.Dialogs.State;
using TakeABreak.Dialogs.Turns;

namespace TakeABreak.Bot.Tests.Conversation;

public sealed class ContentChangeAndSafetyApiTests : IDisposable
{
    private readonly string _changedDialogs = Path.Combine(Path.GetTempPath(), "takeabreak-content-change", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_changedDialogs))
        {
            Directory.Delete(_changedDialogs, recursive: true);
        }
    }

    [Fact]
    public async Task A_content_change_during_a_conversation_restarts_it_gracefully_when_its_question_is_gone()
    {
        var store = new InMemoryDialogStateStore();
        using var before = new ConversationTestHost(configure: services => services.AddSingleton<IDialogStateStore>(store));
        await new TestFlow(before, "nl-NL", conversationId: "changing")
            .Start()
            .Expect("4", "Over wie maak je je zorgen?")
            .StartTestAsync();

        CopyDialogs();
        RenameStep(Path.Combine(_changedDialogs, "flows", "main.yaml"), "ask_about", "ask_who");
        using var after = new ConversationTestHost(_changedDialogs, services => services.AddSingleton<IDialogStateStore>(store));

        await new TestFlow(after, "nl-NL", conversationId: "changing")
            .Send("1")
            .AssertReply("Dit gesprek is intussen bijgewerkt. Daarom beginnen we opnieuw. Sorry voor het ongemak.")
            .AssertReplyEventually(r => r.Text == "Wat past het best bij jou?", "the first question")
            .StartTestAsync();
    }

    [Fact]
    public async Task A_wording_change_during_a_conversation_lets_it_continue()
    {
        var store = new InMemoryDialogStateStore();
        using var before = new ConversationTestHost(configure: services => services.AddSingleton<IDialogStateStore>(store));
        await new TestFlow(before, "nl-NL", conversationId: "rewording")
            .Start()
            .StartTestAsync();

        CopyDialogs();
        Rename(Path.Combine(_changedDialogs, "strings", "conversation.yaml"), "Over wie maak je je zorgen?", "Om wie maak je je zorgen?");
        using var after = new ConversationTestHost(_changedDialogs, services => services.AddSingleton<IDialogStateStore>(store));

        await new TestFlow(after, "nl-NL", conversationId: "rewording")
            .Send("1")
            .AssertReplyContains("Om wie maak je je zorgen?")
            .StartTestAsync();
    }

    [Fact]
    public void A_broken_content_file_stops_the_host_at_start_up_with_file_and_line()
    {
        CopyDialogs();
        Rename(Path.Combine(_changedDialogs, "flows", "main.yaml"), "say: [signals_not_proof]", "say: [signals_are_not_proof]");
        using var host = new ConversationTestHost(_changedDialogs);

        var exception = Assert.ThrowsAny<Exception>(() => host.Services);

        Assert.Contains("flows/main.yaml:", exception.ToString(), StringComparison.Ordinal);
        Assert.Contains("say uses string 'signals_are_not_proof', which does not exist in strings/", exception.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_guard_can_ask_the_current_question_again_or_restart_through_the_engine()
    {
        using var host = new ConversationTestHost();
        await new TestFlow(host, "nl-NL", conversationId: "guarded")
            .Start()
            .Expect("2", "Over wie maak je je zorgen?")
            .StartTestAsync();
        using var scope = host.Services.CreateScope();
        var engine = scope.ServiceProvider.GetRequiredService<DialogEngine>();

        var reprompted = await RunAsync(host, "guarded", engine.RepromptAsync);
        var restarted = await RunAsync(host, "guarded", engine.RestartAsync);

        Assert.StartsWith("Over wie maak je je zorgen?", reprompted.Single().Text, StringComparison.Ordinal);
        Assert.Equal("Wat past het best bij jou?", restarted[^1].Text);
        Assert.StartsWith("Hallo.", restarted[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Lint_finds_the_dialogs_folder_from_its_arguments()
    {
        CopyDialogs();
        Rename(Path.Combine(_changedDialogs, "strings", "advice.yaml"), "    en: Done with the steps\n", string.Empty);
        var output = new StringWriter();
        using var host = new ConversationTestHost();
        var environment = host.Services.GetRequiredService<Microsoft.Extensions.Hosting.IHostEnvironment>();

        var ran = ContentLint.TryRun(["lint", _changedDialogs], new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build(), environment, output, out var exitCode);

        Assert.True(ran);
        Assert.Equal(1, exitCode);
        Assert.Contains("strings/advice.yaml:", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("(string 'meldcode_stop'): there is no 'en' translation", output.ToString(), StringComparison.Ordinal);
    }

    private static async Task<IReadOnlyList<Activity>> RunAsync(ConversationTestHost host, string conversationId, Func<ITurnContext, CancellationToken, Task> call)
    {
        var conversation = new TestConversation(conversationId, "user1", "nl-NL");
        var replies = new CollectedReplies();
        await using var scope = host.Services.CreateAsyncScope();
        var context = new TurnContext(conversation.Complete(conversation.Message("ik ben in gevaar")), replies, scope.ServiceProvider, TimeProvider.System);
        await call(context, CancellationToken.None);
        return replies.Activities;
    }

    private void CopyDialogs()
    {
        var source = DialogsFolder.Find(null, AppContext.BaseDirectory);
        foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(_changedDialogs, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private static void RenameStep(string file, string oldId, string newId)
    {
        var text = File.ReadAllText(file);
        var pattern = $@"\b{oldId}\b";
        Assert.Matches(pattern, text);
        File.WriteAllText(file, System.Text.RegularExpressions.Regex.Replace(text, pattern, newId));
    }

    private static void Rename(string file, string oldText, string newText)
    {
        var text = File.ReadAllText(file);
        Assert.Contains(oldText, text, StringComparison.Ordinal);
        File.WriteAllText(file, text.Replace(oldText, newText, StringComparison.Ordinal));
    }
}
