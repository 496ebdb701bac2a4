using System.Globalization;
using System.Text;
using TakeABreak.Bot.Testing.Azurite;
using TakeABreak.Storage.Protection;
using TakeABreak.Storage.Tests.Support;

namespace TakeABreak.Storage.Tests.Blob;

/// <summary>Several hosts on one storage account: what Blob promises beyond the contract every store keeps.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class BlobSharedByHostsTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string Conversation = "dialog/busy-conversation";
    private readonly string _containerPrefix = "s" + Guid.NewGuid().ToString("N")[..12];
    private StorageHost _first = null!;
    private StorageHost _second = null!;

    public async Task InitializeAsync()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Blob",
            ["Storage:Blob:ConnectionString"] = azurite.ConnectionString,
            ["Storage:Blob:ContainerPrefix"] = _containerPrefix,
            ["Storage:ProtectionKey"] = TestProtectionKey.Base64,
        };
        _first = new StorageHost(settings);
        _second = new StorageHost(settings);
        await _first.StartAsync();
        await _second.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _first.DisposeAsync();
        await _second.DisposeAsync();
    }

    [Fact]
    public void Each_host_reads_what_the_other_protected()
    {
        var fromFirst = _first.Get<IPayloadProtector>().Protect(Encoding.UTF8.GetBytes("vrije tekst"));
        var fromSecond = _second.Get<IPayloadProtector>().Protect(Encoding.UTF8.GetBytes("andere tekst"));

        Assert.Equal("vrije tekst", Encoding.UTF8.GetString(_second.Get<IPayloadProtector>().Unprotect(fromFirst)));
        Assert.Equal("andere tekst", Encoding.UTF8.GetString(_first.Get<IPayloadProtector>().Unprotect(fromSecond)));
    }

    [Fact]
    public async Task Two_hosts_with_fifty_concurrent_turns_each_lose_no_increment()
    {
        // As in the bot, each host queues the turns of one conversation in its own process; across hosts a lost save runs again.
        var hosts = new[] { (Host: _first, Queue: new SemaphoreSlim(1, 1)), (Host: _second, Queue: new SemaphoreSlim(1, 1)) };

        await Task.WhenAll(Enumerable.Range(0, 50).SelectMany(_ => hosts.Select(host => Task.Run(async () =>
        {
            await host.Queue.WaitAsync();
            try
            {
                await IncrementInOneTurnAsync(host.Host);
            }
            finally
            {
                host.Queue.Release();
            }
        }))));

        Assert.Equal(100, await CountAsync(_first));
        Assert.Equal(100, await CountAsync(_second));
    }

    [Fact]
    public async Task Turns_that_alternate_between_hosts_each_see_the_other_hosts_last_write()
    {
        for (var turn = 1; turn <= 6; turn++)
        {
            await IncrementInOneTurnAsync(turn % 2 == 0 ? _first : _second);
            Assert.Equal(turn, await CountAsync(turn % 2 == 0 ? _second : _first));
        }
    }

    [Fact]
    public async Task A_write_with_the_etag_another_host_wrote_over_is_a_conflict_and_changes_nothing()
    {
        var first = _first.Get<IStore>();
        var second = _second.Get<IStore>();
        await first.CreateAsync(StorageKinds.ConversationState, Conversation, Encoding.UTF8.GetBytes("1"));
        var readByBoth = await first.ReadAsync(StorageKinds.ConversationState, Conversation);

        await second.WriteAsync(StorageKinds.ConversationState, Conversation, Encoding.UTF8.GetBytes("2"), readByBoth!.ETag);

        await Assert.ThrowsAsync<StorageConflictException>(
            () => first.WriteAsync(StorageKinds.ConversationState, Conversation, Encoding.UTF8.GetBytes("2"), readByBoth.ETag));
        await Assert.ThrowsAsync<StorageConflictException>(
            () => first.CreateAsync(StorageKinds.ConversationState, Conversation, Encoding.UTF8.GetBytes("1")));
        Assert.Equal(2, await CountAsync(_first));
    }

    /// <summary>
    /// One turn as the bot takes it across hosts: read the state, write it back with its ETag (or create it); a write
    /// that finds another host's write first runs the turn again from a fresh read.
    /// </summary>
    private static async Task IncrementInOneTurnAsync(StorageHost host)
    {
        var store = host.Get<IStore>();
        while (true)
        {
            var item = await store.ReadAsync(StorageKinds.ConversationState, Conversation);
            var next = Encoding.UTF8.GetBytes((Count(item) + 1).ToString(CultureInfo.InvariantCulture));
            try
            {
                _ = item is null
                    ? await store.CreateAsync(StorageKinds.ConversationState, Conversation, next)
                    : await store.WriteAsync(StorageKinds.ConversationState, Conversation, next, item.ETag);
                return;
            }
            catch (StorageConflictException)
            {
            }
        }
    }

    private static async Task<int> CountAsync(StorageHost host) =>
        Count(await host.Get<IStore>().ReadAsync(StorageKinds.ConversationState, Conversation));

    private static int Count(StoredItem? item) =>
        item is null ? 0 : int.Parse(Encoding.UTF8.GetString(item.Data.Span), CultureInfo.InvariantCulture);
}
