using TakeABreak.Language.Tests.LocalModel;
using TakeABreak.Signalering.Assessment;
using TakeABreak.Signalering.Consultations;
using TakeABreak.Signalering.Consultations.Contact;

namespace TakeABreak.Language.Tests;

[Collection(LanguageModelCollection.Name)]
public sealed class StaffSummaryTests(LanguageModelHost fixture)
{
    private const string Template = "Hulpvraag\n- Over wie: Een partner";

    private static ConsultationRequest Request() => new(
        Channel: "webchat",
        Audience: "resident",
        PersonTypes: ["partner"],
        SignalIds: ["shouting_or_screaming", "controls_phone"],
        ContextFactors: ["frequency_often"],
        Urgency: UrgencyLevel.Concern,
        UrgencyReasons: [],
        Summary: string.Empty,
        OwnWords: "Ik hoor Marieke vaak huilen, bel me op 06 1234 5678.",
        Contact: new ContactDetails(ContactWay.Phone, "0612345678", "na 18 uur", true, "Marieke"),
        Consent: new ConsultationConsent("v1", DateTimeOffset.UnixEpoch));

    [Fact]
    public async Task The_models_summary_comes_above_the_template_and_no_contact_detail_is_sent()
    {
        const string summary = "Een bewoner maakt zich zorgen over een buurvrouw. Er wordt vaak geschreeuwd. De partner controleert haar telefoon.";
        fixture.Model.Response = CannedResponse.Completion(summary);
        var before = fixture.Model.Requests.Count;

        var written = await fixture.SummaryWriter.WriteAsync(Request(), Template, CancellationToken.None);

        Assert.Contains(summary, written, StringComparison.Ordinal);
        Assert.EndsWith(Template, written, StringComparison.Ordinal);
        Assert.True(written.IndexOf(summary, StringComparison.Ordinal) < written.IndexOf(Template, StringComparison.Ordinal));
        var sent = Assert.Single(fixture.Model.Requests.Skip(before)).Body.ToJsonString();
        Assert.DoesNotContain("Marieke", sent, StringComparison.Ordinal);
        Assert.DoesNotContain("1234", sent, StringComparison.Ordinal);
        Assert.DoesNotContain("18 uur", sent, StringComparison.Ordinal);
        Assert.Contains("huilen", sent, StringComparison.Ordinal);
    }

    public static TheoryData<string> Rejected => new()
    {
        "Een bewoner hoort twee keer per week 3 kinderen huilen.",
        "Bel de melder op 06-12345678.",
        string.Join(" ", Enumerable.Repeat("Er wordt geschreeuwd.", 8)),
    };

    [Theory]
    [MemberData(nameof(Rejected))]
    public async Task A_summary_with_facts_the_person_did_not_give_or_contact_details_or_too_long_is_replaced_by_the_template(string summary)
    {
        fixture.Model.Response = CannedResponse.Completion(summary);

        Assert.Equal(Template, await fixture.SummaryWriter.WriteAsync(Request(), Template, CancellationToken.None));
    }

    [Fact]
    public async Task A_failing_model_gives_the_template()
    {
        fixture.Model.Response = CannedResponse.Error(429, "429");

        Assert.Equal(Template, await fixture.SummaryWriter.WriteAsync(Request(), Template, CancellationToken.None));
    }
}
