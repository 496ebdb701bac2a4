using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using TakeABreak.Bot.Consultations.Delivery;
using TakeABreak.Bot.Testing;
using TakeABreak.Bot.Testing.Azurite;
using TakeABreak.Signalering.Assessment;
using TakeABreak.Signalering.Consultations;
using TakeABreak.Storage.Consultations;
using TakeABreak.Storage.Records;

namespace TakeABreak.Bot.Tests.Consultations;

/// <summary>
/// The marks that a staff notification was delivered (or is being tried) expire like conversation state: older than
/// <c>Consultations:Delivery:MarkerTimeToLive</c> they are deleted, on SQLite and on Blob, unless their entry still
/// waits in the outbox.
/// </summary>
public sealed class DeliveryMarkerRetentionTests : IDisposable
{
    private static readonly TimeSpan TimeToLive = TimeSpan.FromDays(1);
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));
    private readonly List<IDisposable> _owned = [];

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Blob")]
    public async Task A_marker_older_than_its_time_to_live_is_deleted_by_the_sweep_and_a_fresh_one_stays(string provider)
    {
        var host = Start(provider);
        var leases = host.Services.GetRequiredService<DeliveryLeases>();
        var outbox = host.Services.GetRequiredService<IStaffNotificationOutbox>();
        var store = host.Services.GetRequiredService<IDurableStore>();

        await DeliveredAsync(leases, "old-delivered");
        await outbox.AddAsync(Notification("old-delivered-but-still-in-the-outbox"), CancellationToken.None);
        await DeliveredAsync(leases, "old-delivered-but-still-in-the-outbox");
        await outbox.AddAsync(Notification("old-waiting-for-a-retry"), CancellationToken.None);
        var waiting = await leases.TryTakeAsync("old-waiting-for-a-retry", TimeSpan.FromMinutes(2), CancellationToken.None);
        await leases.FailedAsync(waiting!, _ => TimeSpan.FromMinutes(10), CancellationToken.None);
        await leases.TryTakeAsync("old-entry-gone", TimeSpan.FromMinutes(2), CancellationToken.None);

        _clock.Advance(TimeToLive - TimeSpan.FromMinutes(1));
        await DeliveredAsync(leases, "fresh-delivered");
        var sweep = host.Services.GetRequiredService<DeliveryMarkerRetention>();
        Assert.Equal(0, await sweep.SweepOnceAsync(CancellationToken.None));

        _clock.Advance(TimeSpan.FromMinutes(1));
        var deleted = await sweep.SweepOnceAsync(CancellationToken.None);

        Assert.Equal(3, deleted);
        var left = new List<string>();
        await foreach (var item in store.ListAsync(DeliveryLeases.Kind))
        {
            left.Add(item.Key);
        }

        Assert.Equal(["fresh-delivered", "old-waiting-for-a-retry"], left.Order(StringComparer.Ordinal));
        Assert.True(await leases.IsDeliveredAsync("fresh-delivered", CancellationToken.None));
        Assert.Equal(["old-waiting-for-a-retry"], (await outbox.PendingAsync(CancellationToken.None)).Select(n => n.Id));
    }

    private async Task DeliveredAsync(DeliveryLeases leases, string entryId)
    {
        var lease = await leases.TryTakeAsync(entryId, TimeSpan.FromMinutes(2), CancellationToken.None);
        await leases.DeliveredAsync(lease!, CancellationToken.None);
    }

    private StaffNotification Notification(string id) =>
        new(id, StaffNotificationKind.NewRequest, "consultation-" + id, "TAB-TEST", UrgencyLevel.Concern, _clock.GetUtcNow());

    private TestBotHost Start(string provider)
    {
        var host = new TestBotHost()
            .WithSetting("Storage:Provider", provider)
            .WithSetting("Consultations:Delivery:MarkerTimeToLive", TimeToLive.ToString())
            .WithServices(services =>
            {
                services.AddSingleton<TimeProvider>(_clock);
                foreach (var background in services.Where(d => d.ServiceType == typeof(IHostedService)
                    && (d.ImplementationType == typeof(DeliveryMarkerRetentionService) || d.ImplementationType == typeof(StaffNotificationDeliveryService))).ToList())
                {
                    services.Remove(background);
                }
            });
        if (provider == "Blob")
        {
            var azurite = new AzuriteFixture();
            _owned.Add(azurite);
            host.WithSetting("Storage:Blob:ConnectionString", azurite.ConnectionString)
                .WithSetting("Storage:Blob:ContainerPrefix", "markers" + Guid.NewGuid().ToString("N")[..8]);
        }

        _owned.Insert(0, host);
        _ = host.Services;
        return host;
    }

    public void Dispose()
    {
        foreach (var owned in _owned)
        {
            owned.Dispose();
        }
    }
}
