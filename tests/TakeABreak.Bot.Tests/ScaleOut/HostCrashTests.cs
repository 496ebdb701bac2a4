using TakeABreak.Bot.Testing.Azurite;
using TakeABreak.Bot.Testing.Processes;

namespace TakeABreak.Bot.Tests.ScaleOut;

[Collection(HostProcesses.Name)]
public sealed class HostCrashTests : IDisposable
{
    private const int Visitors = 16;
    private const int AnsweredBeforeTheCrash = 24;
    private readonly string _dataFolder = Directory.CreateTempSubdirectory("takeabreak-crash-").FullName;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dataFolder, recursive: true);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("blob")]
    public async Task A_host_killed_under_load_starts_again_on_the_same_data_and_every_conversation_goes_on_where_it_was(string store)
    {
        using var azurite = store == "blob" ? new AzuriteFixture() : null;
        var settings = azurite is null ? HostProcesses.Sqlite(_dataFolder) : HostProcesses.Blob(azurite.ConnectionString, _dataFolder);
        using var client = new ExpectRepliesClient();
        var host = await ProductHost.StartAsync(settings);
        var visitors = Enumerable.Range(0, Visitors).Select(i => new Visitor($"{store}-crash-{i}")).ToList();
        try
        {
            var load = Task.WhenAll(visitors.Select(visitor => visitor.PlayUntilTheHostDiesAsync(client, host.BaseAddress)));
            var deadline = DateTime.UtcNow.AddSeconds(30);
            while (visitors.Sum(visitor => visitor.Answered) < AnsweredBeforeTheCrash && DateTime.UtcNow < deadline && !load.IsCompleted)
            {
                await Task.Delay(10);
            }

            await host.KillAsync();
            await load;
        }
        finally
        {
            await host.DisposeAsync();
        }

        Assert.Contains(visitors, visitor => visitor.Unanswered);
        Assert.Contains(visitors, visitor => visitor.Answered is > 0 and < 7);

        await using var restarted = await ProductHost.StartAsync(settings);
        var reference = new Visitor($"{store}-reference");
        await reference.PlayAsync(client, [restarted.BaseAddress]);

        await Task.WhenAll(visitors.Where(visitor => visitor.Answered < Visitor.Turns).Select(async visitor =>
        {
            var turn = visitor.Answered;
            var replies = await visitor.TurnAsync(client, restarted.BaseAddress, turn);
            if (replies.SequenceEqual(reference.Replies[turn]))
            {
                return;
            }

            // the turn the host died under may have been saved: then this is the same message once more
            Assert.True(visitor.Unanswered, $"{visitor.ConversationId} lost turns: turn {turn} got [{string.Join(" | ", replies)}], expected [{string.Join(" | ", reference.Replies[turn])}]");
            Assert.Equal(await SameTurnTwiceAsync(client, restarted.BaseAddress, $"{visitor.ConversationId}-again", turn), replies);
        }));
    }

    /// <summary>What a fresh conversation answers when turn <paramref name="turn"/> comes twice.</summary>
    private static async Task<IReadOnlyList<string>> SameTurnTwiceAsync(ExpectRepliesClient client, Uri host, string conversationId, int turn)
    {
        var visitor = new Visitor(conversationId);
        for (var i = 0; i <= turn; i++)
        {
            await visitor.TurnAsync(client, host, i);
        }

        return await visitor.TurnAsync(client, host, turn);
    }
}
