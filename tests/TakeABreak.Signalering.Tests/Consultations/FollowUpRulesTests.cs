using TakeABreak.Signalering.Assessment;
using TakeABreak.Signalering.Consultations;
using TakeABreak.Signalering.Consultations.Contact;
using TakeABreak.Signalering.Consultations.Rules;

namespace TakeABreak.Signalering.Tests.Consultations;

public sealed class FollowUpRulesTests
{
    private readonly FollowUpRules _rules = new(new FollowUpRulesOptions());

    internal static ConsultationRecord Record(UrgencyLevel urgency, DateTimeOffset createdAt) => ConsultationRecord.Create(
        "req-1",
        "TAB-7KQ2",
        new ConsultationRequest(
            "directline", "resident", ["partner"], ["partner_fear"], [], urgency, [], "samenvatting", "eigen woorden",
            new ContactDetails(ContactWay.Phone, "+31612345678", "avond", false, "Sanne"),
            new ConsultationConsent("v1", createdAt)),
        createdAt);

    [Fact]
    public void An_urgent_request_needs_a_reminder_after_30_minutes_even_on_a_Sunday()
    {
        var created = new DateTimeOffset(2026, 12, 6, 10, 0, 0, TimeSpan.Zero);
        var record = Record(UrgencyLevel.Urgent, created);

        Assert.False(_rules.ReminderDue(record, created.AddMinutes(29)));
        Assert.True(_rules.ReminderDue(record, created.AddMinutes(30)));
    }

    [Fact]
    public void A_concern_made_on_Friday_afternoon_is_due_on_Monday_in_working_hours()
    {
        var friday16 = new DateTimeOffset(2026, 12, 4, 15, 0, 0, TimeSpan.Zero);
        var record = Record(UrgencyLevel.Concern, friday16);

        Assert.False(_rules.ReminderDue(record, new DateTimeOffset(2026, 12, 6, 23, 0, 0, TimeSpan.Zero)));
        Assert.Equal(new DateTimeOffset(2026, 12, 7, 11, 0, 0, TimeSpan.Zero), _rules.ClaimDeadline(record));
    }

    [Fact]
    public void A_claimed_request_needs_no_reminder_and_one_reminder_is_enough()
    {
        var created = new DateTimeOffset(2026, 12, 7, 9, 0, 0, TimeSpan.Zero);
        var record = Record(UrgencyLevel.Urgent, created);

        Assert.False(_rules.ReminderDue(record.Claim("anna", created.AddMinutes(5)), created.AddHours(1)));
        Assert.False(_rules.ReminderDue(record.MarkReminded(created.AddMinutes(31)), created.AddHours(1)));
    }

    [Fact]
    public void A_request_nobody_claims_is_escalated_and_never_erased()
    {
        var created = new DateTimeOffset(2026, 12, 7, 9, 0, 0, TimeSpan.Zero);
        var record = Record(UrgencyLevel.Concern, created);
        var muchLater = created.AddDays(400);

        Assert.True(_rules.EscalationDue(record, muchLater));
        Assert.False(_rules.ErasureDue(record, muchLater));
        Assert.Throws<ConsultationTransitionException>(() => record.ErasePersonalData(muchLater));
    }

    [Fact]
    public void Personal_data_is_erased_90_days_after_closing()
    {
        var created = new DateTimeOffset(2026, 12, 7, 9, 0, 0, TimeSpan.Zero);
        var closedAt = created.AddDays(2);
        var closed = Record(UrgencyLevel.Concern, created).Claim("anna", created.AddHours(1))
            .AddNote("anna", "gesproken met Sanne", created.AddDays(1))
            .Close("anna", ConsultationOutcome.AdviceGiven, closedAt);

        Assert.False(_rules.ErasureDue(closed, closedAt.AddDays(90).AddMinutes(-1)));
        Assert.True(_rules.ErasureDue(closed, closedAt.AddDays(90)));

        var erased = closed.ErasePersonalData(closedAt.AddDays(90));
        Assert.Null(erased.Request.Contact.Address);
        Assert.Null(erased.Request.Contact.FirstName);
        Assert.Null(erased.Request.OwnWords);
        Assert.All(erased.Notes, note => Assert.Empty(note.Text));
        Assert.Equal(ConsultationOutcome.AdviceGiven, erased.Outcome);
        Assert.Equal(["partner_fear"], erased.Request.SignalIds);
    }
}
