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
        // As in the bot, each host queues the turns of one conversation in its own process before taking the lease.
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
    public async Task A_released_conversation_lock_can_be_taken_again_at_once()
    {
        var locks = _first.Get<IConversationLock>();
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(10));

        await (await locks.AcquireAsync("c1", patience.Token)).DisposeAsync();
        var again = await locks.AcquireAsync("c1", patience.Token);

        await again.DisposeAsync();
    }

    [Fact]
    public async Task A_conversation_that_only_took_its_lock_has_no_state()
    {
        await (await _first.Get<IConversationLock>().AcquireAsync("dialog/never-answered")).DisposeAsync();

        Assert.Null(await _second.Get<IStore>().ReadAsync(StorageKinds.ConversationState, "dialog/never-answered"));
    }

    /// <summary>One turn as the bot takes it: the conversation's lock, read the state, write it back with its ETag (or create it).</summary>
    private static async Task IncrementInOneTurnAsync(StorageHost host)
    {
        var store = host.Get<IStore>();
        await using (await host.Get<IConversationLock>().AcquireAsync(Conversation))
        {
            var item = await store.ReadAsync(StorageKinds.ConversationState, Conversation);
            var next = Encoding.UTF8.GetBytes((Count(item) + 1).ToString(CultureInfo.InvariantCulture));
            _ = item is null
                ? await store.CreateAsync(StorageKinds.ConversationState, Conversation, next)
                : await store.WriteAsync(StorageKinds.ConversationState, Conversation, next, item.ETag);
        }
    }

    private static async Task<int> CountAsync(StorageHost host)
    {
        await using (await host.Get<IConversationLock>().AcquireAsync(Conversation))
        {
            return Count(await host.Get<IStore>().ReadAsync(StorageKinds.ConversationState, Conversation));
        }
    }

    private static int Count(StoredItem? item) =>
        item is null ? 0 : int.Parse(Encoding.UTF8.GetString(item.Data.Span), CultureInfo.InvariantCulture);
}
