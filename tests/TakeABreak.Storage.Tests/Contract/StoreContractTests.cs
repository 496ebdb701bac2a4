using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Time.Testing;
using TakeABreak.Storage.Expiry;
using TakeABreak.Storage.Health;
using TakeABreak.Storage.Protection;
using TakeABreak.Storage.Tests.Support;

namespace TakeABreak.Storage.Tests.Contract;

/// <summary>What every storage provider promises. Each provider runs exactly these tests.</summary>
public abstract class StoreContractTests : IAsyncLifetime
{
    private const string Kind = StorageKinds.Consultation;
    private readonly List<StorageHost> _hosts = [];

    protected StoreContractTests()
    {
        Clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 28, 9, 0, 0, TimeSpan.Zero));
    }

    protected FakeTimeProvider Clock { get; }

    protected StorageHost Host => _hosts[0];

    private IStore Store => Host.Get<IStore>();

    /// <summary>Settings of the "Storage" section for this provider; every call of one test sees the same storage.</summary>
    protected abstract IReadOnlyDictionary<string, string?> Settings { get; }

    public async Task InitializeAsync() => await StartHostAsync(Clock);

    public async Task DisposeAsync()
    {
        foreach (var host in _hosts)
        {
            await host.DisposeAsync();
        }
    }

    [Fact]
    public async Task Reading_an_absent_item_returns_null()
    {
        Assert.Null(await Store.ReadAsync(Kind, "absent"));
    }

    [Fact]
    public async Task A_written_item_reads_back_with_its_data_etag_and_time()
    {
        var etag = await Store.WriteAsync(Kind, "a", Bytes("hello"));

        var item = await Store.ReadAsync(Kind, "a");

        Assert.NotNull(item);
        Assert.Equal("hello", Text(item.Data));
        Assert.Equal(etag, item.ETag);
        Assert.Equal(Kind, item.Kind);
        Assert.Equal("a", item.Key);
        Assert.Equal(Clock.GetUtcNow(), item.LastModified);
    }

    [Fact]
    public async Task Writing_with_the_current_etag_succeeds_and_gives_a_new_etag()
    {
        var first = await Store.WriteAsync(Kind, "a", Bytes("one"));

        var second = await Store.WriteAsync(Kind, "a", Bytes("two"), first);

        Assert.NotEqual(first, second);
        Assert.Equal("two", Text((await Store.ReadAsync(Kind, "a"))!.Data));
    }

    [Fact]
    public async Task Writing_with_a_stale_etag_is_a_conflict_and_keeps_the_newer_data()
    {
        var stale = await Store.WriteAsync(Kind, "a", Bytes("one"));
        await Store.WriteAsync(Kind, "a", Bytes("two"), stale);

        var conflict = await Assert.ThrowsAsync<StorageConflictException>(() => Store.WriteAsync(Kind, "a", Bytes("three"), stale));

        Assert.Equal("a", conflict.Key);
        Assert.Equal("two", Text((await Store.ReadAsync(Kind, "a"))!.Data));
    }

    [Fact]
    public async Task The_current_etag_is_the_last_write_s_and_null_for_an_absent_or_deleted_item()
    {
        Assert.Null(await Store.CurrentETagAsync(Kind, "a"));
        var first = await Store.WriteAsync(Kind, "a", Bytes("one"));
        Assert.Equal(first, await Store.CurrentETagAsync(Kind, "a"));
        Assert.Equal((await Store.ReadAsync(Kind, "a"))!.ETag, await Store.CurrentETagAsync(Kind, "a"));

        var second = await Store.WriteAsync(Kind, "a", Bytes("two"), first);
        Assert.Equal(second, await Store.CurrentETagAsync(Kind, "a"));

        await Store.DeleteAsync(Kind, "a");
        Assert.Null(await Store.CurrentETagAsync(Kind, "a"));
    }

    [Fact]
    public async Task Writing_with_an_etag_to_an_absent_item_is_a_conflict()
    {
        var etag = await Store.WriteAsync(Kind, "a", Bytes("one"));
        await Store.DeleteAsync(Kind, "a");

        await Assert.ThrowsAsync<StorageConflictException>(() => Store.WriteAsync(Kind, "a", Bytes("two"), etag));
        Assert.Null(await Store.ReadAsync(Kind, "a"));
    }

    [Fact]
    public async Task Writing_without_an_etag_overwrites_whatever_is_there()
    {
        await Store.WriteAsync(Kind, "a", Bytes("one"));

        await Store.WriteAsync(Kind, "a", Bytes("two"));

        Assert.Equal("two", Text((await Store.ReadAsync(Kind, "a"))!.Data));
    }

    [Fact]
    public async Task Creating_an_absent_item_stores_it()
    {
        var etag = await Store.CreateAsync(Kind, "a", Bytes("one"));

        Assert.Equal(etag, (await Store.ReadAsync(Kind, "a"))!.ETag);
    }

    [Fact]
    public async Task Creating_an_existing_item_is_a_conflict_and_keeps_the_first()
    {
        await Store.CreateAsync(Kind, "a", Bytes("first"));

        await Assert.ThrowsAsync<StorageConflictException>(() => Store.CreateAsync(Kind, "a", Bytes("second")));

        Assert.Equal("first", Text((await Store.ReadAsync(Kind, "a"))!.Data));
    }

    [Fact]
    public async Task Deleting_removes_the_item()
    {
        var etag = await Store.WriteAsync(Kind, "a", Bytes("one"));

        await Store.DeleteAsync(Kind, "a", etag);

        Assert.Null(await Store.ReadAsync(Kind, "a"));
    }

    [Fact]
    public async Task Deleting_with_a_stale_etag_is_a_conflict_and_keeps_the_item()
    {
        var stale = await Store.WriteAsync(Kind, "a", Bytes("one"));
        await Store.WriteAsync(Kind, "a", Bytes("two"));

        await Assert.ThrowsAsync<StorageConflictException>(() => Store.DeleteAsync(Kind, "a", stale));

        Assert.NotNull(await Store.ReadAsync(Kind, "a"));
    }

    [Fact]
    public async Task Deleting_an_absent_item_without_an_etag_does_nothing()
    {
        await Store.DeleteAsync(Kind, "never-written");

        Assert.Null(await Store.ReadAsync(Kind, "never-written"));
    }

    [Fact]
    public async Task Listing_returns_the_items_of_one_kind_whose_key_starts_with_the_prefix()
    {
        await Store.WriteAsync(Kind, "conv-1/a", Bytes("x"));
        await Store.WriteAsync(Kind, "conv-1/b", Bytes("x"));
        await Store.WriteAsync(Kind, "conv-10", Bytes("x"));
        await Store.WriteAsync(Kind, "conv-2/a", Bytes("x"));
        await Store.WriteAsync(StorageKinds.Audit, "conv-1/c", Bytes("x"));

        var keys = await Keys(Kind, "conv-1/");

        Assert.Equal(["conv-1/a", "conv-1/b"], keys);
        Assert.Equal(["conv-1/a", "conv-1/b", "conv-10", "conv-2/a"], await Keys(Kind, ""));
    }

    [Fact]
    public async Task Listed_items_carry_their_etag_and_time()
    {
        var etag = await Store.WriteAsync(Kind, "a", Bytes("x"));

        var listed = Assert.Single(await ToListAsync(Store.ListAsync(Kind)));

        Assert.Equal(new StoredItemInfo(Kind, "a", etag, Clock.GetUtcNow()), listed);
    }

    [Theory]
    [InlineData("19:abc123@thread.tacv2;messageid=1712345678901")]
    [InlineData("a:1Xyz-_./\\ %2F?#&+*'\"<>|~ end.")]
    [InlineData("dl_conversation.with.dots.")]
    public async Task Keys_from_channels_round_trip_and_list_by_prefix(string key)
    {
        await Store.WriteAsync(Kind, key, Bytes("x"));

        Assert.Equal("x", Text((await Store.ReadAsync(Kind, key))!.Data));
        Assert.Equal([key], await Keys(Kind, key[..5]));
    }

    [Fact]
    public async Task Kinds_are_separate()
    {
        await Store.WriteAsync(StorageKinds.Outbox, "same-key", Bytes("outbox"));

        Assert.Null(await Store.ReadAsync(StorageKinds.Audit, "same-key"));
    }

    [Theory]
    [InlineData("Conversation")]
    [InlineData("conversation-state")]
    [InlineData("conversation__state")]
    [InlineData("")]
    public async Task An_invalid_kind_is_refused_with_a_clear_error(string kind)
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => Store.WriteAsync(kind, "a", Bytes("x")));

        Assert.Contains("kind", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("")]
    [InlineData("tab\there")]
    [InlineData("caf\u00e9")]
    public async Task An_invalid_key_is_refused_with_a_clear_error(string key)
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => Store.WriteAsync(Kind, key, Bytes("x")));

        Assert.Contains("key", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_too_long_key_is_refused_with_a_clear_error()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => Store.ReadAsync(Kind, new string('k', StorageKinds.MaxKeyLength + 1)));

        Assert.Contains(StorageKinds.MaxKeyLength.ToString(System.Globalization.CultureInfo.InvariantCulture), error.Message);
    }

    [Fact]
    public async Task Protected_bytes_do_not_contain_contact_details_or_free_text()
    {
        var details = new ContactDetails("Sanne de Vries", "0612345678", "Mijn partner slaat mij");
        var protector = Host.Get<IPayloadProtector>();

        await Store.CreateAsync(Kind, "consultation-1", protector.Protect(JsonSerializer.SerializeToUtf8Bytes(details)));

        var raw = Text((await Store.ReadAsync(Kind, "consultation-1"))!.Data);
        Assert.DoesNotContain("Sanne", raw);
        Assert.DoesNotContain("0612345678", raw);
        Assert.DoesNotContain("slaat", raw);
        var read = (await Store.ReadAsync(Kind, "consultation-1"))!.Data.ToArray();
        Assert.Equal(details, JsonSerializer.Deserialize<ContactDetails>(protector.Unprotect(read)));
    }

    [Fact]
    public async Task The_key_ring_is_stored_with_the_provider_and_encrypted_with_the_protection_key()
    {
        Host.Get<IPayloadProtector>().Protect(Bytes("anything").ToArray());

        var keys = await ToListAsync(Store.ListAsync(StorageKinds.DataProtectionKeys));

        var key = Assert.Single(keys);
        var xml = Text((await Store.ReadAsync(StorageKinds.DataProtectionKeys, key.Key))!.Data);
        Assert.Contains("AES-256-GCM", xml);
        Assert.DoesNotContain("masterKey", xml);
    }

    [Fact]
    public async Task A_host_started_later_reads_what_the_first_protected()
    {
        var fromFirst = Host.Get<IPayloadProtector>().Protect(Bytes("vrije tekst").ToArray());
        await Host.DisposeAsync();

        var laterHost = await StartHostAsync(Clock);

        Assert.Equal("vrije tekst", Encoding.UTF8.GetString(laterHost.Get<IPayloadProtector>().Unprotect(fromFirst)));
    }

    [Fact]
    public async Task The_expiry_sweep_deletes_state_idle_longer_than_its_time_to_live()
    {
        await Store.WriteAsync(StorageKinds.ConversationState, "idle", Bytes("x"));
        await Store.WriteAsync(StorageKinds.UserState, "idle-user", Bytes("x"));
        Clock.Advance(TimeSpan.FromHours(23));
        await Store.WriteAsync(StorageKinds.ConversationState, "active", Bytes("x"));
        Clock.Advance(TimeSpan.FromHours(1));

        var deleted = await Host.Get<StateExpirySweep>().SweepOnceAsync();

        Assert.Equal(2, deleted);
        Assert.Null(await Store.ReadAsync(StorageKinds.ConversationState, "idle"));
        Assert.Null(await Store.ReadAsync(StorageKinds.UserState, "idle-user"));
        Assert.NotNull(await Store.ReadAsync(StorageKinds.ConversationState, "active"));
    }

    [Fact]
    public async Task The_expiry_sweep_keeps_records()
    {
        await Store.WriteAsync(StorageKinds.Consultation, "consented", Bytes("x"));
        Clock.Advance(TimeSpan.FromDays(30));

        await Host.Get<StateExpirySweep>().SweepOnceAsync();

        Assert.NotNull(await Store.ReadAsync(StorageKinds.Consultation, "consented"));
    }

    [Fact]
    public async Task Health_is_healthy_while_storage_answers()
    {
        var report = await Host.Get<HealthCheckService>().CheckHealthAsync();

        Assert.Equal(HealthStatus.Healthy, report.Entries[StorageHealthCheck.Name].Status);
    }

    protected async Task<StorageHost> StartHostAsync(TimeProvider timeProvider)
    {
        var host = new StorageHost(Settings, timeProvider);
        _hosts.Add(host);
        await host.StartAsync();
        return host;
    }

    private async Task<List<string>> Keys(string kind, string prefix) =>
        (await ToListAsync(Store.ListAsync(kind, prefix))).Select(item => item.Key).Order(StringComparer.Ordinal).ToList();

    private static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (var item in items)
        {
            list.Add(item);
        }

        return list;
    }

    protected static ReadOnlyMemory<byte> Bytes(string text) => Encoding.UTF8.GetBytes(text);

    protected static string Text(ReadOnlyMemory<byte> data) => Encoding.UTF8.GetString(data.Span);
}
