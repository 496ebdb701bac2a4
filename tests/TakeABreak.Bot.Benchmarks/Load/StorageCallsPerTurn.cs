using System.Globalization;
using Azure.Storage.Blobs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TakeABreak.Bot.Testing;
using TakeABreak.Bot.Testing.Conversations;
using TakeABreak.Storage;
using TakeABreak.Storage.Blob;
using TakeABreak.Storage.Health;
using TakeABreak.Storage.Records;

namespace TakeABreak.Bot.Benchmarks.Load;

/// <summary>
/// The storage calls one turn of the script costs, counted in the real host (in this process): for SQLite the calls
/// into the state store and the record store, for Blob every HTTP request to the storage account. Measured after a
/// warm-up conversation (which creates containers and the key ring), over a few whole conversations.
/// </summary>
public static class StorageCallsPerTurn
{
    private const int Conversations = 4;

    public static async Task PrintAsync(string store, string? blobConnectionString)
    {
        var counter = new StorageCallCounter();
        using var host = new TestBotHost();
        host.WithSetting("Logging:LogLevel:Default", "Warning");
        if (blobConnectionString is null)
        {
            host.WithServices(services =>
            {
                services.AddSingleton<IStore>(sp => new CountingStore((IStore)sp.GetRequiredService<IStorageProbe>(), counter, "state"));
                var durable = services.Last(descriptor => descriptor.ServiceType == typeof(IDurableStore));
                services.AddSingleton<IDurableStore>(sp => new CountingDurableStore((IDurableStore)durable.ImplementationFactory!(sp), counter));
            });
        }
        else
        {
            var prefix = "calls" + Guid.NewGuid().ToString("N")[..8];
            host.WithSetting("Storage:Provider", "Blob")
                .WithSetting("Storage:Blob:ConnectionString", blobConnectionString)
                .WithSetting("Storage:Blob:ContainerPrefix", prefix)
                .WithServices(services => services.AddSingleton(sp =>
                {
                    var options = new BlobClientOptions();
                    options.AddPolicy(counter.BlobRequests(), Azure.Core.HttpPipelinePosition.PerRetry);
                    return new BlobContainers(new BlobServiceClient(blobConnectionString, options), prefix);
                }));
        }

        await PlayAsync(host, "warm-up");
        counter.Reset();
        for (var i = 0; i < Conversations; i++)
        {
            await PlayAsync(host, $"counted-{i}");
        }

        var turns = Conversations * ConversationScript.Neighbour.Turns;
        var calls = counter.Calls;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"   storage calls per turn, {store} ({turns} turns of {Conversations} conversations): {calls.Values.Sum() / (double)turns:0.00}"));
        foreach (var (call, count) in calls)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"      {call,-44} {count / (double)turns,6:0.00}"));
        }

        var sizes = await StateSizesAsync(host.Services.GetRequiredService<IStore>());
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"   stored dialog state after the script (encrypted, as kept): largest {sizes.Max()} bytes, mean {sizes.Average():0} bytes, {sizes.Count} conversations (target ≤ 4096)"));
    }

    private static async Task<List<int>> StateSizesAsync(IStore store)
    {
        var sizes = new List<int>();
        await foreach (var info in store.ListAsync(StorageKinds.ConversationState))
        {
            if (await store.ReadAsync(StorageKinds.ConversationState, info.Key) is { } item)
            {
                sizes.Add(item.Data.Length);
            }
        }

        return sizes;
    }

    private static Task PlayAsync(TestBotHost host, string conversationId)
    {
        var flow = new TestFlow(host, "nl-NL", conversationId).SendConversationUpdate().SkipReplies();
        foreach (var message in ConversationScript.Neighbour.Messages)
        {
            flow = flow.Send(message).SkipReplies();
        }

        return flow.StartTestAsync();
    }
}
