using Microsoft.Extensions.DependencyInjection;
using TakeABreak.Bot.Consultations.Submission;
using TakeABreak.Bot.Tests.Conversation;
using TakeABreak.Signalering.Assessment;
using TakeABreak.Signalering.Consultations;
using TakeABreak.Signalering.Consultations.Contact;

namespace TakeABreak.Bot.Tests.Consultations;

/// <summary>Stores requests the way the conversation does, for tests that start with requests already waiting.</summary>
internal static class ConsultationRequests
{
    public const string Phone = "+31611223344";

    public static Task<ConsultationRecord> SubmitAsync(ConversationTestHost host, UrgencyLevel urgency, string audience = "neighbour", string? field = null) =>
        host.Services.GetRequiredService<ConsultationSubmission>().SubmitAsync(
            Guid.NewGuid().ToString("N"),
            new ConsultationRequest(
                "directline", audience, ["partner"], ["partner_fear"], [], urgency, [], "Samenvatting voor Moviera", "Ik maak me zorgen",
                new ContactDetails(ContactWay.Phone, Phone, "na 18 uur", null, "Sanne"),
                new ConsultationConsent("test", DateTimeOffset.UnixEpoch),
                field),
            conversationKey: null,
            CancellationToken.None);
}
