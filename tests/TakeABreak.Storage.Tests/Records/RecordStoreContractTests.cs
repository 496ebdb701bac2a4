using System.Text;
using Microsoft.Extensions.Time.Testing;
using TakeABreak.Signalering.Consultations;
using TakeABreak.Storage.Consultations;
using TakeABreak.Storage.Records;

namespace TakeABreak.Storage.Tests.Records;

/// <summary>What every provider promises for consultation records. SQLite and Blob run exactly these tests.</summary>
public abstract class RecordStoreContractTests : IAsyncLifetime
{
    private RecordsHost? _host;

    protected FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 28, 9, 0, 0, TimeSpan.Zero));

    protected abstract IReadOnlyDictionary<string, string?> Settings { get; }

    protected RecordsHost Host => _host ?? throw new InvalidOperationException("Not started.");

    private IConsultationStore Consultations => Host.Get<IConsultationStore>();

    public Task InitializeAsync()
    {
        _host = new RecordsHost(Settings, Clock);
        return Task.CompletedTask;
    }

    public virtual async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_new_request_is_stored_with_a_readable_reference_and_reads_back_whole()
    {
        var stored = await Consultations.CreateAsync("req-1", ConsultationSamples.Request(), CancellationToken.None);

        Assert.True(stored.Created);
        Assert.Matches("^TAB-[234679ACDEFGHJKMNPQRTWXY]{4}$", stored.Record.Reference);
        var read = await Consultations.GetAsync("req-1", CancellationToken.None);
        Assert.NotNull(read);
        Assert.Equal(stored.ETag, read.ETag);
        Assert.Equal(ConsultationStatus.New, read.Record.Status);
        Assert.Equal(Clock.GetUtcNow(), read.Record.CreatedAt);
        Assert.Equal(ConsultationSamples.Phone, read.Record.Request.Contact.Address);
        Assert.Equal(["partner_injuries", "partner_fear"], read.Record.Request.SignalIds);
        Assert.Equal(ConsultationSamples.OwnWords, read.Record.Request.OwnWords);
        Assert.Equal("consultation_consent_v1", read.Record.Request.Consent.TextVersion);
    }

    [Fact]
    public async Task Creating_again_with_the_same_id_returns_the_first_record_and_makes_no_second()
    {
        var first = await Consultations.CreateAsync("req-1", ConsultationSamples.Request(), CancellationToken.None);

        var retry = await Consultations.CreateAsync("req-1", ConsultationSamples.Request(), CancellationToken.None);

        Assert.False(retry.Created);
        Assert.Equal(first.Record.Reference, retry.Record.Reference);
        Assert.Single(await Consultations.ListAsync(CancellationToken.None).ToListAsync());
    }

    [Fact]
    public async Task A_request_is_found_by_its_reference_typed_in_any_case()
    {
        var stored = await Consultations.CreateAsync("req-1", ConsultationSamples.Request(), CancellationToken.None);

        var found = await Consultations.FindByReferenceAsync(stored.Record.Reference.ToLowerInvariant(), CancellationToken.None);

        Assert.Equal("req-1", found?.Record.Id);
    }

    [Fact]
    public async Task Contact_details_and_own_words_are_encrypted_at_rest()
    {
        await Consultations.CreateAsync("req-1", ConsultationSamples.Request(), CancellationToken.None);

        var raw = await Host.Get<IDurableStore>().ReadAsync(RecordKinds.Consultation, "req-1");

        var bytes = Encoding.UTF8.GetString(raw!.Data.Span);
        Assert.DoesNotContain("612345678", bytes, StringComparison.Ordinal);
        Assert.DoesNotContain("geschreeuw", bytes, StringComparison.Ordinal);
        Assert.DoesNotContain("Sanne", bytes, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Of_two_staff_members_claiming_with_the_same_etag_exactly_one_wins()
    {
        var stored = await Consultations.CreateAsync("req-1", ConsultationSamples.Request(), CancellationToken.None);
        var now = Clock.GetUtcNow();

        var claims = await Task.WhenAll(
            TryAsync(() => Consultations.ReplaceAsync(stored.Record.Claim("anna", now), stored.ETag, CancellationToken.None)),
            TryAsync(() => Consultations.ReplaceAsync(stored.Record.Claim("bram", now), stored.ETag, CancellationToken.None)));

        Assert.Single(claims, claim => claim is not null);
        var winner = claims.Single(claim => claim is not null)!.Record.Assignee;
        Assert.Equal(winner, (await Consultations.GetAsync("req-1", CancellationToken.None))!.Record.Assignee);
    }

    [Fact]
    public async Task Closing_with_a_stale_etag_is_a_conflict_and_keeps_the_newer_record()
    {
        var stored = await Consultations.CreateAsync("req-1", ConsultationSamples.Request(), CancellationToken.None);
        var claimed = await Consultations.ReplaceAsync(stored.Record.Claim("anna", Clock.GetUtcNow()), stored.ETag, CancellationToken.None);
        await Consultations.ReplaceAsync(claimed.Record.AddNote("anna", "gebeld, geen gehoor", Clock.GetUtcNow()), claimed.ETag, CancellationToken.None);

        await Assert.ThrowsAsync<StorageConflictException>(() => Consultations.ReplaceAsync(
            claimed.Record.Close("anna", ConsultationOutcome.AdviceGiven, Clock.GetUtcNow()), claimed.ETag, CancellationToken.None));

        var current = (await Consultations.GetAsync("req-1", CancellationToken.None))!.Record;
        Assert.Equal(ConsultationStatus.Claimed, current.Status);
        Assert.Single(current.Notes);
    }

    [Fact]
    public async Task The_audit_trail_keeps_every_entry_in_order()
    {
        var audit = Host.Get<IConsultationAuditTrail>();
        var start = Clock.GetUtcNow();

        await audit.AppendAsync(new ConsultationAuditEntry("req-1", start, AuditActions.System, AuditActions.Created), CancellationToken.None);
        await audit.AppendAsync(new ConsultationAuditEntry("req-1", start.AddMinutes(5), "anna", AuditActions.Viewed), CancellationToken.None);
        await audit.AppendAsync(new ConsultationAuditEntry("req-1", start.AddMinutes(5), "anna", AuditActions.Viewed), CancellationToken.None);
        await audit.AppendAsync(new ConsultationAuditEntry("req-2", start, AuditActions.System, AuditActions.Created), CancellationToken.None);

        var entries = await audit.ForAsync("req-1", CancellationToken.None);

        Assert.Equal([AuditActions.Created, AuditActions.Viewed, AuditActions.Viewed], entries.Select(e => e.Action));
        Assert.Equal("anna", entries[1].Actor);
    }

    [Fact]
    public async Task The_outbox_keeps_one_entry_per_notification_until_it_is_completed()
    {
        var outbox = Host.Get<IStaffNotificationOutbox>();
        var record = (await Consultations.CreateAsync("req-1", ConsultationSamples.Request(), CancellationToken.None)).Record;
        var notification = StaffNotificationIds.For(StaffNotificationKind.NewRequest, record, record.CreatedAt);

        await outbox.AddAsync(notification, CancellationToken.None);
        await outbox.AddAsync(notification, CancellationToken.None);

        var pending = Assert.Single(await outbox.PendingAsync(CancellationToken.None));
        Assert.Equal(record.Reference, pending.Reference);
        await outbox.CompleteAsync(pending.Id, CancellationToken.None);
        Assert.Empty(await outbox.PendingAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Concurrent_count_updates_are_all_kept()
    {
        var counts = Host.Get<IMonthlyCountsStore>();
        var now = Clock.GetUtcNow();

        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => counts.UpdateAsync(now, c => c.CountConsultation(), CancellationToken.None)));

        var month = Assert.Single(await counts.AllAsync(CancellationToken.None));
        Assert.Equal("2026-11", month.Month);
        Assert.Equal(8, month.Consultations);
    }

    [Fact]
    public async Task Records_and_counts_survive_a_restart_of_the_host()
    {
        var stored = await Consultations.CreateAsync("req-1", ConsultationSamples.Request(), CancellationToken.None);
        await Host.Get<IMonthlyCountsStore>().UpdateAsync(Clock.GetUtcNow(), c => c.CountFeedback(4), CancellationToken.None);
        await Host.Get<IConsultationReceipts>().AddAsync("directline:abc", "req-1", CancellationToken.None);
        await _host!.DisposeAsync();

        _host = new RecordsHost(Settings, Clock);

        Assert.Equal(stored.Record.Reference, (await Consultations.GetAsync("req-1", CancellationToken.None))?.Record.Reference);
        Assert.Equal(1, (await Host.Get<IMonthlyCountsStore>().AllAsync(CancellationToken.None)).Single().FeedbackMarks[3]);
        Assert.Equal("req-1", await Host.Get<IConsultationReceipts>().FindAsync("directline:abc", CancellationToken.None));
    }

    [Fact]
    public async Task A_receipt_is_gone_once_removed_and_absent_for_other_conversations()
    {
        var receipts = Host.Get<IConsultationReceipts>();
        await receipts.AddAsync("directline:abc", "req-1", CancellationToken.None);

        Assert.Null(await receipts.FindAsync("directline:other", CancellationToken.None));
        await receipts.RemoveAsync("directline:abc", CancellationToken.None);
        Assert.Null(await receipts.FindAsync("directline:abc", CancellationToken.None));
    }

    private static async Task<StoredConsultation?> TryAsync(Func<Task<StoredConsultation>> write)
    {
        try
        {
            return await write();
        }
        catch (StorageConflictException)
        {
            return null;
        }
    }
}
