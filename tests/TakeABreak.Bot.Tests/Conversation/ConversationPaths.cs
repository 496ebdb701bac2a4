using Microsoft.Extensions.DependencyInjection;
using TakeABreak.Bot.Testing.Conversations;
using TakeABreak.Signalering.Assessment;

namespace TakeABreak.Bot.Tests.Conversation;

/// <summary>Steps that walk the Dutch conversation to a given point, for tests that start from there.</summary>
internal static class ConversationPaths
{
    public const string WhatYouCanDoResident = "Wat kun je doen?";
    public const string WhatYouCanDoVolunteer = "Als vrijwilliger volg je";
    public const string WhatYouCanDoProfessional = "Meldcode huiselijk geweld en kindermishandeling";
    public const string WhatYouCanDoSelf = "Jouw veiligheid gaat voor.";

    /// <summary>Sends the message and skips the replies up to one that contains the text.</summary>
    public static TestFlow Expect(this TestFlow flow, string send, string reply) =>
        flow.SkipReplies().Send(send).AssertReplyEventually(r => (r.Text ?? string.Empty).Contains(reply, StringComparison.Ordinal), $"a reply containing '{reply}' after '{send}'");

    public static TestFlow Start(this TestFlow flow) =>
        flow.SendConversationUpdate().AssertReplyEventually(r => r.Text == "Wat past het best bij jou?", "the question who you are");

    /// <summary>From "who are you" up to the signs checklist: role (and relation or field), then one person type.</summary>
    public static TestFlow ToSignals(this TestFlow flow, string role, string personTypeNumber)
    {
        flow.Start();
        switch (role)
        {
            case "resident":
                flow.Expect("1", "Wie ben je van de persoon").Expect("buur", "Over wie maak je je zorgen?");
                break;
            case "volunteer":
                flow.Expect("2", "Over wie maak je je zorgen?");
                break;
            case "professional":
                flow.Expect("3", "In welk werkveld werk je?").Expect("1", "Over wie maak je je zorgen?");
                break;
            default:
                flow.Expect("4", "Wat past bij jouw situatie?");
                break;
        }

        return flow.Expect(personTypeNumber, "Wat heb je gemerkt?");
    }

    /// <summary>Answers every context question for these person types with the given answer.</summary>
    public static TestFlow AnswerContext(this TestFlow flow, IServiceProvider services, string personType, string answer, string lastReply)
    {
        var count = services.GetRequiredService<AssessmentContent>().Context.For([personType]).Count;
        for (var i = 0; i < count - 1; i++)
        {
            flow.SkipReplies().Send(answer);
        }

        return flow.Expect(answer, lastReply);
    }
}
