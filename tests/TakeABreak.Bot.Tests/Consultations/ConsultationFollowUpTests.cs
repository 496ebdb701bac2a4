using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using TakeABreak.Bot.Consultations.FollowUp;
using TakeABreak.Bot.Staff.Desk;
using TakeABreak.Bot.Tests.Conversation;
using TakeABreak.Signalering.Assessment;
using TakeABreak.Signalering.Consultations;
using TakeABreak.Storage.Consultations;

namespace TakeABreak.Bot.Tests.Consultations;

/// <summary>Reminders, escalation and retention on a fake clock (all times UTC; Dutch time is UTC+1 in winter).</summary>
public sealed class ConsultationFollowUpTests : IDisposable
{
    private readonly ConsultationHost _hosts = new();
    private readonly FakeTimeProvider _clock = new();
    private readonly ConversationTestHost _host;

    public ConsultationFollowUpTests()
    {
        _host = _hosts.Start(services =>
        {
            services.AddSingleton<TimeProvider>(_clock);
            var background = services.Single(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(ConsultationFollowUpService));
            services.Remove(background);
        });
    }

    private ConsultationFollowUp FollowUp => _host.Services.GetRequiredService<ConsultationFollowUp>();

    [Fact]
    public async Task An_urgent_request_raises_a_reminder_after_30_minutes_even_on_Sunday_and_is_escalated_after_two_hours()
    {
        _clock.SetUtcNow(new DateTimeOffset(2026, 12, 6, 10, 0, 0, TimeSpan.Zero));
        var record = await ConsultationRequests.SubmitAsync(_host, UrgencyLevel.Urgent);

        _clock.Advance(TimeSpan.FromMinutes(29));
        Assert.Equal(new FollowUpReport(0, 0, 0), await FollowUp.RunOnceAsync(CancellationToken.None));
        _clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(new FollowUpReport(1, 0, 0), await FollowUp.RunOnceAsync(CancellationToken.None));
        Assert.Equal(new FollowUpReport(0, 0, 0), await FollowUp.RunOnceAsync(CancellationToken.None));
        _clock.Advance(TimeSpan.FromMinutes(90));
        Assert.Equal(new FollowUpReport(0, 1, 0), await FollowUp.RunOnceAsync(CancellationToken.None));

        var outbox = await _host.Services.GetRequiredService<IStaffNotificationOutbox>().PendingAsync(CancellationToken.None);
        Assert.Equal([StaffNotificationKind.NewRequest, StaffNotificationKind.Reminder, StaffNotificationKind.Escalation], outbox.Select(n => n.Kind));
        Assert.All(outbox, n => Assert.Equal(record.Reference, n.Reference));
    }

    [Fact]
    public async Task A_concern_made_on_Friday_afternoon_waits_for_Monday_working_hours()
    {
        _clock.SetUtcNow(new DateTimeOffset(2026, 12, 4, 15, 0, 0, TimeSpan.Zero));
        await ConsultationRequests.SubmitAsync(_host, UrgencyLevel.Concern);

        foreach (var moment in new[] { new DateTimeOffset(2026, 12, 5, 12, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 12, 6, 20, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 12, 7, 10, 59, 0, TimeSpan.Zero) })
        {
            _clock.SetUtcNow(moment);
            Assert.Equal(0, (await FollowUp.RunOnceAsync(CancellationToken.None)).Reminders);
        }

        _clock.SetUtcNow(new DateTimeOffset(2026, 12, 7, 11, 0, 0, TimeSpan.Zero));
        Assert.Equal(1, (await FollowUp.RunOnceAsync(CancellationToken.None)).Reminders);
    }

    [Fact]
    public async Task Christmas_Day_and_Boxing_Day_are_not_working_days()
    {
        _clock.SetUtcNow(new DateTimeOffset(2026, 12, 24, 14, 0, 0, TimeSpan.Zero));
        await ConsultationRequests.SubmitAsync(_host, UrgencyLevel.Concern);

        foreach (var day in new[] { 25, 26, 27 })
        {
            _clock.SetUtcNow(new DateTimeOffset(2026, 12, day, 16, 0, 0, TimeSpan.Zero));
            Assert.Equal(0, (await FollowUp.RunOnceAsync(CancellationToken.None)).Reminders);
        }

        _clock.SetUtcNow(new DateTimeOffset(2026, 12, 28, 10, 0, 0, TimeSpan.Zero));
        Assert.Equal(1, (await FollowUp.RunOnceAsync(CancellationToken.None)).Reminders);
    }

    [Fact]
    public async Task Contact_details_and_free_text_are_erased_90_days_after_closing_and_the_counts_stay()
    {
        _clock.SetUtcNow(new DateTimeOffset(2026, 12, 7, 9, 0, 0, TimeSpan.Zero));
        var record = await ConsultationRequests.SubmitAsync(_host, UrgencyLevel.Concern);
        var desk = _host.Services.GetRequiredService<StaffDesk>();
        var store = _host.Services.GetRequiredService<IConsultationStore>();
        var claimed = await desk.ClaimAsync(record.Id, (await store.GetAsync(record.Id, CancellationToken.None))!.ETag, "anna", CancellationToken.None);
        var noted = await desk.AddNoteAsync(record.Id, claimed.Consultation!.ETag, "anna", "Sanne teruggebeld", CancellationToken.None);
        await desk.CloseAsync(record.Id, noted.Consultation!.ETag, "anna", ConsultationOutcome.AdviceGiven, CancellationToken.None);

        _clock.Advance(TimeSpan.FromDays(90) - TimeSpan.FromMinutes(1));
        Assert.Equal(0, (await FollowUp.RunOnceAsync(CancellationToken.None)).Erasures);
        _clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(1, (await FollowUp.RunOnceAsync(CancellationToken.None)).Erasures);

        var erased = (await store.GetAsync(record.Id, CancellationToken.None))!.Record;
        Assert.Null(erased.Request.Contact.Address);
        Assert.Null(erased.Request.Contact.FirstName);
        Assert.Null(erased.Request.OwnWords);
        Assert.Empty(erased.Request.Summary);
        Assert.All(erased.Notes, note => Assert.Empty(note.Text));
        Assert.Equal(ConsultationOutcome.AdviceGiven, erased.Outcome);
        var audit = await _host.Services.GetRequiredService<IConsultationAuditTrail>().ForAsync(record.Id, CancellationToken.None);
        Assert.Equal(AuditActions.PersonalDataErased, audit[^1].Action);
        var months = await _host.Services.GetRequiredService<IMonthlyCountsStore>().AllAsync(CancellationToken.None);
        Assert.Equal(1, months.Sum(m => m.Consultations));
        Assert.Equal(1, months.Sum(m => m.Outcomes.GetValueOrDefault("advice_given")));
    }

    [Fact]
    public async Task A_request_nobody_claims_is_escalated_and_still_there_a_year_later()
    {
        _clock.SetUtcNow(new DateTimeOffset(2026, 12, 7, 9, 0, 0, TimeSpan.Zero));
        var record = await ConsultationRequests.SubmitAsync(_host, UrgencyLevel.Concern);

        _clock.Advance(TimeSpan.FromDays(400));
        await FollowUp.RunOnceAsync(CancellationToken.None);
        await FollowUp.RunOnceAsync(CancellationToken.None);

        var kept = (await _host.Services.GetRequiredService<IConsultationStore>().GetAsync(record.Id, CancellationToken.None))!.Record;
        Assert.NotNull(kept.EscalatedAt);
        Assert.Equal(ConsultationStatus.New, kept.Status);
        Assert.Equal(ConsultationRequests.Phone, kept.Request.Contact.Address);
    }

    public void Dispose() => _hosts.Dispose();
}
