using TakeABreak.Bot.Testing.Conversations;

namespace TakeABreak.Bot.Tests.Conversation;

/// <summary>Steps that walk the Dutch conversation to a given point, for tests that start from there.</summary>
internal static class ConversationPaths
{
    public const string WhatYouCanDoResident = "Wat kun je doen?";
    public const string WhatYouCanDoVolunteer = "Als vrijwilliger volg je";
    public const string WhatYouCanDoProfessional = "Meldcode huiselijk geweld en kindermishandeling";
    public const string WhatYouCanDoSelf = "Jouw veiligheid gaat voor.";

    /// <summary>Someone it happens to, hurt by someone at home while under 18 (the person type "child").</summary>
    public const string WhatYouCanDoYoung = "Wat er gebeurt, is niet jouw schuld.";

    /// <summary>Someone it happens to, hurt by their own child.</summary>
    public const string WhatYouCanDoParent = "Het is niet jouw schuld dat je kind geweld gebruikt.";

    /// <summary>Sends the message and skips the replies up to one that contains the text.</summary>
    public static TestFlow Expect(this TestFlow flow, string send, string reply) =>
        flow.SkipReplies().Send(send).AssertReplyEventually(r => (r.Text ?? string.Empty).Contains(reply, StringComparison.Ordinal), $"a reply containing '{reply}' after '{send}'");

    public static TestFlow Start(this TestFlow flow) =>
        flow.SendConversationUpdate().AssertReplyEventually(r => r.Text == "Wat past het best bij jou?", "the question who you are");

    /// <summary>From "who are you" up to the signs checklist: role (and field), then one person type.</summary>
    public static TestFlow ToSignals(this TestFlow flow, string role, string personTypeNumber)
    {
        flow.Start();
        switch (role)
        {
            case "resident":
                flow.Expect("1", "Over wie maak je je zorgen?");
                break;
            case "volunteer":
                flow.Expect("4", "Over wie maak je je zorgen?");
                break;
            case "professional":
                flow.Expect("5", "In welk werkveld werk je?").Expect("1", "Waar wil je mee beginnen?").Expect("2", "Over wie maak je je zorgen?");
                break;
            default:
                flow.Expect("6", "Wie doet jou pijn");
                break;
        }

        return flow.Expect(personTypeNumber, role == "self" ? "Wat gebeurt er bij jou?" : "Wat heb je gemerkt?");
    }

    /// <summary>From the signs checklist: the signs, how often, and the checklist of serious things, up to a reply that contains the text.</summary>
    /// <summary>Signs and how often, up to the serious things; with no sign ("geen") "how often" is not asked.</summary>
    public static TestFlow ToSerious(this TestFlow flow, string signals, string frequency) =>
        signals == "geen"
            ? flow.Expect(signals, "Is een van deze dingen gebeurd?")
            : flow.Expect(signals, "Hoe vaak gebeurt het?").Expect(frequency, "Is een van deze dingen gebeurd?");

    public static TestFlow ToAssessment(this TestFlow flow, string signals, string frequency, string serious, string lastReply) =>
        flow.ToSerious(signals, frequency).Expect(serious, lastReply);
}
