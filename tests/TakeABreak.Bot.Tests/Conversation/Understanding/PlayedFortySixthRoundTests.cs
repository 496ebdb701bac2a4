namespace TakeABreak.Bot.Tests.Conversation.Understanding;

/// <summary>
/// What residents typing their own sentences in the widget found in the forty-sixth round: a husband who is always there
/// ticked no sign, a man who doubts it counts for him, doing something anonymously, "wacht even" and "ik ben klaar" not
/// understood anywhere, and no way to find how to reach Moviera itself.
/// </summary>
public sealed class PlayedFortySixthRoundTests(ConversationHostFixture fixture) : IClassFixture<ConversationHostFixture>
{
    private static bool Dutch(string locale) => locale == "nl-NL";

    /// <summary>
    /// A neighbour or friend who tells that her husband is always there and she is never alone tells the sign that the partner
    /// controls her contacts (he always comes along).
    /// </summary>
    [Theory]
    [InlineData("nl-NL", "ik ben de buurvrouw", "haar man is er altijd bij, ze is nooit alleen")]
    [InlineData("nl-NL", "ik ben een vriendin", "ik kan haar nooit alleen spreken, hij is er altijd bij")]
    [InlineData("en-GB", "i'm a friend", "her husband is always there, she is never alone")]
    [InlineData("en-GB", "i am her neighbour", "i can never talk to her alone, he is always around")]
    public async Task A_husband_who_is_always_there_is_the_sign_that_he_controls_her_contacts(string locale, string who, string story)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        await conversation.SayAsync(who);

        await conversation.SayAsync(story);

        Assert.Contains("controls_contacts", conversation.State.Values.GetValueOrDefault("signals") ?? []);
    }

    /// <summary>A child who is always there when they fight is no sign that he controls her contacts.</summary>
    [Theory]
    [InlineData("nl-NL", "haar zoontje is er altijd bij als ze ruzie maken")]
    [InlineData("en-GB", "her little boy is always there when they fight")]
    public async Task A_child_who_is_always_there_is_no_sign_of_control(string locale, string story)
    {
        var conversation = await TypedConversation.NeighbourOfACoupleAsync(fixture.Host.Services, locale);

        await conversation.SayAsync(story);

        Assert.DoesNotContain("controls_contacts", conversation.State.Values.GetValueOrDefault("signals") ?? []);
    }

    /// <summary>
    /// "im a guy so idk if this counts" / "ik ben een man, telt dit ook?" is answered plainly: violence at home can happen to
    /// anyone, men too; the conversation goes on with its question.
    /// </summary>
    [Theory]
    [InlineData("en-GB", "my wife hits me", "im a guy so idk if this counts")]
    [InlineData("en-GB", "it is about me", "i'm a man, does this even count?")]
    [InlineData("nl-NL", "mijn vrouw slaat me", "ik ben een man, telt dit ook?")]
    [InlineData("nl-NL", "het gaat over mij", "ik ben een man dus ik weet niet of dit telt")]
    public async Task A_man_who_asks_whether_it_counts_hears_it_can_happen_to_men_too(string locale, string before, string asked)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        await conversation.SayAsync(before);

        var replies = await conversation.SayAsync(asked);

        var answer = Assert.Single(replies, reply => reply.Text.Contains(Dutch(locale) ? "Ook mannen" : "Men too", StringComparison.Ordinal));
        Assert.Contains(Dutch(locale) ? "kan iedereen overkomen" : "can happen to anyone", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(replies, reply => reply.Text.StartsWith(Dutch(locale) ? "Dat begrijp ik niet" : "I do not quite understand", StringComparison.Ordinal));
        Assert.True(conversation.State.Top?.Step is not null);
    }

    /// <summary>
    /// "kan ik anoniem iets doen?" says that Veilig Thuis gives advice anonymously (0800-2000, nothing recorded about the people
    /// involved) and that this chat needs no name; in Teams it says the chat is kept by the organisation and that
    /// professionals report openly as a rule.
    /// </summary>
    [Theory]
    [InlineData("nl-NL", "directline", "kan ik anoniem iets doen?", "anoniem om advies", "Ook in deze chat hoef je je naam niet te geven")]
    [InlineData("en-GB", "directline", "can I do something anonymously?", "for advice anonymously", "In this chat too, you do not have to give your name")]
    [InlineData("nl-NL", "directline", "kan ik haar anoniem helpen?", "anoniem om advies", "Ook in deze chat hoef je je naam niet te geven")]
    [InlineData("en-GB", "directline", "can i do anything anonymously", "for advice anonymously", "In this chat too, you do not have to give your name")]
    [InlineData("nl-NL", "msteams", "kan ik anoniem iets doen?", "anoniem om advies", "je organisatie bewaart chats in Teams")]
    public async Task Doing_something_anonymously_names_the_advice_of_Veilig_Thuis(string locale, string channel, string asked, string advice, string chat)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale, channel);

        var replies = await conversation.SayAsync(asked);

        Assert.Contains(replies, reply => reply.Text.Contains(advice, StringComparison.Ordinal) && reply.Text.Contains("0800-2000", StringComparison.Ordinal));
        Assert.Contains(replies, reply => reply.Text.Contains(chat, StringComparison.Ordinal));
    }

    /// <summary>"is deze chat anoniem?" keeps its own short answer about the chat.</summary>
    [Theory]
    [InlineData("nl-NL", "is deze chat anoniem?", "Ja. Je hoeft je naam niet te geven.")]
    [InlineData("en-GB", "is this chat anonymous?", "Yes. You do not have to give your name.")]
    public async Task Whether_the_chat_is_anonymous_keeps_its_answer(string locale, string asked, string said)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);

        var replies = await conversation.SayAsync(asked);

        Assert.Contains(replies, reply => reply.Text.StartsWith(said, StringComparison.Ordinal));
    }

    /// <summary>
    /// "wacht even" / "wait" at any question (a choice, a checklist, yes or no, the phone number) is answered calmly, is no
    /// answer and no miss, and changes nothing told before; the question stays.
    /// </summary>
    [Theory]
    [InlineData("nl-NL", "hoi", "wacht even")]
    [InlineData("nl-NL", "ik ben de buurvrouw", "wacht")]
    [InlineData("nl-NL", "ik ben de buurvrouw|een stel", "wacht even")]
    [InlineData("nl-NL", "ik ben de buurvrouw|een stel|ik hoor vaak geschreeuw|klaar|nee", "momentje")]
    [InlineData("en-GB", "hi", "wait")]
    [InlineData("en-GB", "i am the neighbour|a couple", "hold on")]
    [InlineData("en-GB", "i am the neighbour|a couple|i often hear shouting|done|no", "wait a sec")]
    public async Task Wait_is_answered_calmly_and_the_question_stays(string locale, string before, string wait)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        await conversation.SayEachAsync(before);
        var step = conversation.State.Top!.Step;
        var values = conversation.State.Values.ToDictionary(pair => pair.Key, pair => string.Join(",", pair.Value));

        var replies = await conversation.SayAsync(wait);
        var again = await conversation.SayAsync(wait);

        Assert.StartsWith(Dutch(locale) ? "Neem je tijd." : "Take your time.", replies[0].Text, StringComparison.Ordinal);
        Assert.StartsWith(Dutch(locale) ? "Neem je tijd." : "Take your time.", again[0].Text, StringComparison.Ordinal);
        Assert.Equal(step, conversation.State.Top!.Step);
        Assert.Equal(values, conversation.State.Values.ToDictionary(pair => pair.Key, pair => string.Join(",", pair.Value)));
    }

    /// <summary>"nee wacht, het is vaak" still changes an earlier answer (the words that hold the conversation up, then more).</summary>
    [Fact]
    public async Task Wait_with_a_correction_still_corrects()
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, "nl-NL");
        await conversation.SayEachAsync("ik ben de buurvrouw|een stel|ik hoor geschreeuw|klaar|een paar keer");

        await conversation.SayAsync("nee wacht, het is vaak");

        Assert.Equal(["frequency_often"], conversation.State.Values.GetValueOrDefault("frequency") ?? []);
    }

    /// <summary>
    /// "Ik ben klaar" / "that's all" where it closes no list and asks for no choice (at the offer to talk to Moviera, at the
    /// mark for the conversation, at the start, once it has ended) closes kindly, with Veilig Thuis and 112.
    /// </summary>
    [Theory]
    [InlineData("nl-NL", "ik ben de buurvrouw|een stel|ik hoor vaak geschreeuw|klaar|nee", "ik ben klaar")]
    [InlineData("nl-NL", "ik ben de buurvrouw|een stel|ik hoor vaak geschreeuw|klaar|nee|nee", "dat was het")]
    [InlineData("nl-NL", "ik ben de buurvrouw|een stel|ik hoor vaak geschreeuw|klaar|nee|nee|4", "Ik ben klaar")]
    [InlineData("nl-NL", "hoi", "ik ben klaar")]
    [InlineData("en-GB", "i am the neighbour|a couple|i often hear shouting|done|no", "i'm done")]
    [InlineData("en-GB", "i am the neighbour|a couple|i often hear shouting|done|no|no", "that's all")]
    [InlineData("en-GB", "i am the neighbour|a couple|i often hear shouting|done|no|no|4", "thats all")]
    public async Task Done_closes_the_conversation_kindly(string locale, string before, string done)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        await conversation.SayEachAsync(before);

        var replies = await conversation.SayAsync(done);

        Assert.Contains(replies, reply => reply.Text.Contains("0800-2000", StringComparison.Ordinal) && reply.Text.Contains("112", StringComparison.Ordinal));
        Assert.DoesNotContain(replies, reply => reply.Text.StartsWith(Dutch(locale) ? "Hallo" : "Hello", StringComparison.Ordinal));
        Assert.DoesNotContain(replies, reply => reply.Text.Contains(Dutch(locale) ? "begrijp" : "understand", StringComparison.Ordinal));
        Assert.DoesNotContain(replies, reply => reply.Text.StartsWith(Dutch(locale) ? "Welke past" : "Which one fits", StringComparison.Ordinal));
        Assert.Null(conversation.State.Top);
    }

    /// <summary>
    /// "hoe kan ik Moviera bellen?" / "what is Moviera's phone number?" gets what DOMAIN.md gives (Moviera's number is not
    /// confirmed): its website moviera.nl, and that Moviera can contact you through this chat; never a number made up, and
    /// no sign ("phone") read from it.
    /// </summary>
    [Theory]
    [InlineData("nl-NL", "hoe kan ik Moviera bellen?")]
    [InlineData("nl-NL", "wat is het telefoonnummer van moviera")]
    [InlineData("nl-NL", "hoe bereik ik moviera zelf?")]
    [InlineData("en-GB", "what is Moviera's phone number?")]
    [InlineData("en-GB", "how can i call moviera")]
    [InlineData("en-GB", "how do i reach moviera directly?")]
    public async Task How_to_reach_Moviera_is_answered_with_what_is_known(string locale, string asked)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);

        var replies = await conversation.SayAsync(asked);

        Assert.Contains(replies, reply => reply.Text.Contains("moviera.nl", StringComparison.Ordinal));
        Assert.Contains(replies, reply => reply.Text.Contains(Dutch(locale) ? "ik wil een mens spreken" : "I want to talk to a person", StringComparison.Ordinal));
        Assert.DoesNotContain(replies, reply => System.Text.RegularExpressions.Regex.IsMatch(reply.Text, @"\b0[1-9]\d{1,2}[- ]?\d{6,7}\b"));
        Assert.False(conversation.State.Values.ContainsKey("signals"));
    }

    /// <summary>
    /// Found by playing a sister: "mijn zus heeft een nieuwe vriend en sinds hij er is zie ik haar bijna niet meer" is about a
    /// partner (her new boyfriend), so "Over wie maak je je zorgen?" is not asked until the conversation gives up on it.
    /// </summary>
    [Theory]
    [InlineData("nl-NL", "mijn zus heeft een nieuwe vriend en sinds hij er is zie ik haar bijna niet meer")]
    [InlineData("nl-NL", "mijn vriendin heeft een nieuwe vriend, ze is steeds bang")]
    [InlineData("en-GB", "my sister has a new boyfriend and since then i hardly see her")]
    public async Task A_sisters_new_boyfriend_is_a_partner(string locale, string story)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);

        await conversation.SayAsync(story);

        Assert.Equal(["partner"], conversation.State.Values.GetValueOrDefault("about") ?? []);
        Assert.Equal(["family_friend"], conversation.State.Values.GetValueOrDefault("role") ?? []);
    }

    /// <summary>
    /// Found by playing a sister: "wat kan ik het beste tegen haar zeggen?" (also at the mark for the conversation) gets how to
    /// start the conversation with her, instead of "Dat begrijp ik niet goed".
    /// </summary>
    [Theory]
    [InlineData("nl-NL", "ik ben de buurvrouw|een stel|ik hoor vaak geschreeuw|klaar|nee|nee", "wat kan ik het beste tegen haar zeggen?", "Zoek een rustig moment")]
    [InlineData("nl-NL", "ik ben de buurvrouw", "wat kan ik tegen haar zeggen", "Zoek een rustig moment")]
    [InlineData("en-GB", "i am the neighbour|a couple|i often hear shouting|done|no|no", "what can i say to her?", "Find a quiet moment")]
    public async Task What_to_say_to_her_is_answered_at_any_question(string locale, string before, string asked, string said)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        await conversation.SayEachAsync(before);

        var replies = await conversation.SayAsync(asked);

        Assert.Contains(replies, reply => reply.Text.StartsWith(said, StringComparison.Ordinal));
    }

    /// <summary>At the way of contact, "ik neem zelf contact op met Moviera" is still that way, not the question how to reach Moviera.</summary>
    [Theory]
    [InlineData("nl-NL", "ik wil een mens spreken|ja", "ik neem zelf contact op met moviera")]
    [InlineData("en-GB", "i want to talk to a person|yes", "i will contact moviera myself")]
    public async Task Contacting_Moviera_oneself_at_the_way_of_contact_is_still_that_way(string locale, string before, string way)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        await conversation.SayEachAsync(before);

        await conversation.SayAsync(way);

        Assert.Equal(["self"], conversation.State.Values.GetValueOrDefault("contact_way") ?? []);
    }
}
