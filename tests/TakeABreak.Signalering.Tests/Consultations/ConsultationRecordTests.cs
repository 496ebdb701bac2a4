using TakeABreak.Signalering.Assessment;
using TakeABreak.Signalering.Consultations;

namespace TakeABreak.Signalering.Tests.Consultations;

public sealed class ConsultationRecordTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_request_goes_from_new_to_claimed_to_closed_with_an_outcome()
    {
        var record = FollowUpRulesTests.Record(UrgencyLevel.Urgent, Now);

        var closed = record.Claim("anna", Now.AddMinutes(10)).Close("anna", ConsultationOutcome.ReferredToVeiligThuis, Now.AddHours(2));

        Assert.Equal(ConsultationStatus.Closed, closed.Status);
        Assert.Equal("anna", closed.Assignee);
        Assert.Equal(ConsultationOutcome.ReferredToVeiligThuis, closed.Outcome);
        Assert.Equal(Now.AddMinutes(10), closed.ClaimedAt);
    }

    [Fact]
    public void A_claimed_request_cannot_be_claimed_again_nor_closed_by_someone_else()
    {
        var claimed = FollowUpRulesTests.Record(UrgencyLevel.Urgent, Now).Claim("anna", Now);

        Assert.Throws<ConsultationTransitionException>(() => claimed.Claim("bram", Now));
        Assert.Throws<ConsultationTransitionException>(() => claimed.Close("bram", ConsultationOutcome.Other, Now));
    }

    [Fact]
    public void A_new_request_must_be_claimed_before_it_is_closed()
    {
        Assert.Throws<ConsultationTransitionException>(() =>
            FollowUpRulesTests.Record(UrgencyLevel.Concern, Now).Close("anna", ConsultationOutcome.Other, Now));
    }

    [Fact]
    public void A_record_printed_in_a_log_shows_no_contact_details()
    {
        var record = FollowUpRulesTests.Record(UrgencyLevel.Concern, Now);

        var printed = record + " " + record.Request + " " + record.Request.Contact;

        Assert.DoesNotContain("612345678", printed, StringComparison.Ordinal);
        Assert.DoesNotContain("Sanne", printed, StringComparison.Ordinal);
    }
}
