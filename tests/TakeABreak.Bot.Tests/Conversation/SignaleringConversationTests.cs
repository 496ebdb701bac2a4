using Microsoft.Extensions.DependencyInjection;
using TakeABreak.Bot.Conversation.Feedback;
using TakeABreak.Bot.Testing.Conversations;
using TakeABreak.BotFramework.Schema;

namespace TakeABreak.Bot.Tests.Conversation;

public sealed class SignaleringConversationTests(ConversationHostFixture fixture) : IClassFixture<ConversationHostFixture>
{
    private readonly ConversationTestHost _host = fixture.Host;

    public static TheoryData<string, string, string> AudiencesAndPersonTypes()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var role in new[] { "resident", "volunteer", "professional", "self" })
        {
            foreach (var (number, type) in new[] { ("1", "partner"), ("2", "child"), ("3", "older_person"), ("4", "parent_harmed_by_child") })
            {
                data.Add(role, number, type);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(AudiencesAndPersonTypes))]
    public async Task Every_audience_and_person_type_reaches_what_they_can_do(string role, string number, string personType)
    {
        var expected = (role, personType) switch
        {
            ("resident", _) => ConversationPaths.WhatYouCanDoResident,
            ("volunteer", _) => ConversationPaths.WhatYouCanDoVolunteer,
            ("professional", _) => ConversationPaths.WhatYouCanDoProfessional,
            (_, "child") => ConversationPaths.WhatYouCanDoYoung,
            (_, "parent_harmed_by_child") => ConversationPaths.WhatYouCanDoParent,
            _ => ConversationPaths.WhatYouCanDoSelf,
        };

        var level = role == "self" ? "Zorgelijk:" : "Informatie:";
        await new TestFlow(_host, "nl-NL", conversationId: $"{role}-{personType}")
            .ToSignals(role, number)
            .ToAssessment("2", "weet ik niet", "geen van deze", level)
            .AssertReplyEventually(r => r.Text!.Contains(expected, StringComparison.Ordinal), $"what you can do: '{expected}'")
            .StartTestAsync();
    }

    [Theory]
    [InlineData("geen", "weet ik niet", "Informatie:")]
    [InlineData("1, 2, 3", "weet ik niet", "Zorgelijk:")]
    public async Task Every_urgency_from_the_rules_is_said_with_its_reasons(string signals, string contextAnswer, string level)
    {
        await new TestFlow(_host, "nl-NL", conversationId: $"urgency-{level}")
            .ToSignals("resident", "1")
            .ToAssessment(signals, contextAnswer, "geen van deze", "Ik kijk naar wat je vertelde:\n- ")
            .StartTestAsync();
        await new TestFlow(_host, "nl-NL", conversationId: $"urgency-level-{level}")
            .ToSignals("resident", "1")
            .ToSerious(signals, contextAnswer)
            .SkipReplies()
            .Send("geen van deze")
            .AssertReply(r => Assert.StartsWith(level, r.Text, StringComparison.Ordinal), level)
            .StartTestAsync();
    }

    [Fact]
    public async Task Strangulation_makes_the_urgency_urgent_with_that_reason_first()
    {
        await new TestFlow(_host, "nl-NL", conversationId: "urgency-urgent")
            .ToSignals("resident", "1")
            .Expect("2", "Hoe vaak gebeurt het?")
            .Expect("vaak", "Is een van deze dingen gebeurd?")
            .SkipReplies()
            .Send("4")
            .AssertReply(
                r =>
                {
                    Assert.StartsWith("Dringend:", r.Text, StringComparison.Ordinal);
                    Assert.Contains("Ik kijk naar wat je vertelde:\n- Iemand is bij de keel gepakt of gewurgd. Dat is een sterk waarschuwingsteken.", r.Text, StringComparison.Ordinal);
                },
                "urgent, with strangulation as the first reason")
            .AssertReplyEventually(r => r.Text == "Wil je dit bespreken met iemand van Moviera?", "the offer to talk with Moviera")
            .StartTestAsync();
    }

    [Fact]
    public async Task From_concern_upwards_a_talk_with_Moviera_is_offered_and_leads_to_the_consent_question()
    {
        await new TestFlow(_host, "nl-NL", conversationId: "offer")
            .ToSignals("resident", "1")
            .ToAssessment("1, 2, 3", "weet ik niet", "geen van deze", "Wil je dit bespreken met iemand van Moviera?")
            .Expect("ja", "Vind je het goed dat we dit naar Moviera sturen?")
            .StartTestAsync();
    }

    [Fact]
    public async Task The_helpfulness_mark_is_only_counted()
    {
        var counter = _host.Services.GetRequiredService<IFeedbackCounter>();
        var before = await counter.CountsAsync(CancellationToken.None);

        await new TestFlow(_host, "nl-NL", conversationId: "feedback")
            .Start()
            .Expect("1", "Over wie maak je je zorgen?")
            .Expect("Mensenhandel", "Had je iets aan dit gesprek?")
            .Expect("4", "Waar kun je terecht?")
            .StartTestAsync();

        var after = await counter.CountsAsync(CancellationToken.None);
        Assert.Equal(before[3] + 1, after[3]);
        Assert.Equal(before.Sum() + 1, after.Sum());
    }

    [Fact]
    public async Task Signals_are_not_proof_is_always_said_before_the_checklist()
    {
        await new TestFlow(_host, "en-US", conversationId: "not-proof")
            .SendConversationUpdate()
            .Expect("volunteer", "Who are you worried about?")
            .SkipReplies().Send("an older person")
            .AssertReply("Now we look at signs. Signs are not proof. They only mean something together with what else is going on, and no list is complete.")
            .AssertReply(r => Assert.Equal(Attachment.AdaptiveCardContentType, r.Attachments!.Single().ContentType), "the checklist card")
            .StartTestAsync();
    }

    [Fact]
    public async Task The_web_chat_join_event_starts_the_conversation_once()
    {
        await new TestFlow(_host, "nl-NL", conversationId: "join")
            .Send(new Activity { Type = ActivityTypes.Event, Name = "webchat/join" })
            .AssertReplyContains("digitale assistent van Moviera")
            .SkipReplies()
            .Send(new Activity { Type = ActivityTypes.Event, Name = "webchat/join" })
            .AssertNoReply()
            .StartTestAsync();
    }
}

/// <summary>One host for a class of conversation tests; each test uses its own conversation id.</summary>
public sealed class ConversationHostFixture : IDisposable
{
    public ConversationTestHost Host { get; } = new();

    public void Dispose() => Host.Dispose();
}
