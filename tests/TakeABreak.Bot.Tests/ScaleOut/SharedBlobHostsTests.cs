using TakeABreak.Bot.Testing.Azurite;
using TakeABreak.Bot.Testing.Processes;

namespace TakeABreak.Bot.Tests.ScaleOut;

[Collection(HostProcesses.Name)]
public sealed class SharedBlobHostsTests : IDisposable
{
    private readonly string _dataFolder = Directory.CreateTempSubdirectory("takeabreak-scaleout-").FullName;

    public void Dispose() => Directory.Delete(_dataFolder, recursive: true);

    [Fact]
    public async Task Two_hosts_on_one_storage_account_taking_turns_of_the_same_conversations_keep_every_conversation_in_order()
    {
        using var azurite = new AzuriteFixture();
        var settings = HostSettingsFor(azurite);
        var hosts = await Task.WhenAll(ProductHost.StartAsync(settings), ProductHost.StartAsync(settings));
        await using var first = hosts[0];
        await using var second = hosts[1];
        using var client = new ExpectRepliesClient();
        var reference = new Visitor("reference");
        await reference.PlayAsync(client, [first.BaseAddress]);

        var visitors = Enumerable.Range(0, 8).Select(i => new Visitor($"shared-{i}")).ToList();
        await Task.WhenAll(visitors.Select((visitor, i) => visitor.PlayAsync(
            client, i % 2 == 0 ? [first.BaseAddress, second.BaseAddress] : [second.BaseAddress, first.BaseAddress])));

        foreach (var visitor in visitors)
        {
            for (var turn = 0; turn < Visitor.Turns; turn++)
            {
                Assert.True(
                    reference.Replies[turn].SequenceEqual(visitor.Replies[turn]),
                    $"{visitor.ConversationId}, turn {turn}: expected [{string.Join(" | ", reference.Replies[turn])}] but got [{string.Join(" | ", visitor.Replies[turn])}]");
            }
        }

        Assert.All(reference.Replies, replies => Assert.NotEmpty(replies));
    }

    private Dictionary<string, string> HostSettingsFor(AzuriteFixture azurite) => HostProcesses.Blob(azurite.ConnectionString, _dataFolder);
}
