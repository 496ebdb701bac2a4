namespace TakeABreak.Bot.Tests.Conversation.Understanding;

/// <summary>
/// What playing whole typed conversations found in the fortieth round: a youth worker whose client of 15 sees her stepfather
/// hit her mother read as a parent harmed by their child; a first message about "mn man" not read as about the writer; "i am
/// family" at the role question not read as family; a phone number given with the yes to the offer dropped and asked again.
/// </summary>
public sealed class PlayedFortiethRoundTests(ConversationHostFixture fixture) : IClassFixture<ConversationHostFixture>
{
    private static bool Dutch(string locale) => locale == "nl-NL";

    /// <summary>
    /// A professional's client or pupil who tells that her (step)father hits her mother sees partner violence: a child and a
    /// partner, not a parent harmed by their child.
    /// </summary>
    [Theory]
    [InlineData("nl-NL", "mijn cliënt is 15 en ze vertelde dat haar stiefvader haar moeder slaat")]
    [InlineData("nl-NL", "een cliënt van 14 vertelde me dat haar vader haar moeder slaat")]
    [InlineData("nl-NL", "mijn cliënt (16) zegt dat zijn stiefvader zijn moeder schopt")]
    [InlineData("en-GB", "my client is 15 and she told me her stepfather hits her mother")]
    [InlineData("en-GB", "a client of mine, 14, says her dad hits her mum")]
    [InlineData("en-GB", "my client is 16 and he said his stepdad beats his mother")]
    public async Task A_client_who_tells_her_stepfather_hits_her_mother_is_a_child_and_a_partner(string locale, string said)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale, "msteams");

        await conversation.SayAsync(said);

        var about = conversation.State.Values.GetValueOrDefault("about") ?? [];
        Assert.Contains("child", about);
        Assert.Contains("partner", about);
        Assert.DoesNotContain("parent_harmed_by_child", about);
        Assert.DoesNotContain("child_attacks_parent", conversation.State.Values.GetValueOrDefault("signals") ?? []);
    }

    /// <summary>
    /// A first message in the first person about "mijn man" / "my husband" is about the writer: the role question is not asked,
    /// and a partner who decides everything about the money controls her money, not her contacts.
    /// </summary>
    [Theory]
    [InlineData("nl-NL", "mn man bepaalt alles over t geld, ik krijg geen cent van mijn eigen loon")]
    [InlineData("nl-NL", "mijn man bepaalt alles over het geld en ik krijg geen cent")]
    [InlineData("nl-NL", "mn vriend bepaalt alles over ons geld, ik moet om elke euro vragen")]
    [InlineData("en-GB", "my husband decides everything about the money, i dont get a penny of my own wages")]
    [InlineData("en-GB", "my bf controls all the money, i have to ask him for every euro")]
    public async Task A_first_message_about_my_husband_and_the_money_is_about_the_writer(string locale, string said)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);

        await conversation.SayAsync(said);

        Assert.Equal(["self"], conversation.State.Values.GetValueOrDefault("role") ?? []);
        var signals = conversation.State.Values.GetValueOrDefault("signals") ?? [];
        Assert.Contains("controls_money", signals);
        Assert.DoesNotContain("controls_contacts", signals);
        Assert.NotEqual("ask_role", conversation.State.Top!.Step);
    }

    /// <summary>"Hij bepaalt alles" with no word about money still is control (of her contacts and what she does).</summary>
    [Theory]
    [InlineData("nl-NL", "hij bepaalt alles")]
    [InlineData("en-GB", "he decides everything")]
    public async Task Deciding_everything_without_money_is_still_control(string locale, string said)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        await conversation.SayEachAsync(Dutch(locale) ? "het gaat over mij|mijn partner" : "it is about me|my partner");

        await conversation.SayAsync(said);

        Assert.Contains("controls_contacts", conversation.State.Values.GetValueOrDefault("signals") ?? []);
    }

    /// <summary>At the role question "i am family" / "ik ben familie" / "ik ben zijn zus" is the role for relatives.</summary>
    [Theory]
    [InlineData("nl-NL", "ik ben familie")]
    [InlineData("nl-NL", "ik ben zijn zus")]
    [InlineData("nl-NL", "we zijn familie")]
    [InlineData("en-GB", "i am family")]
    [InlineData("en-GB", "i'm family")]
    [InlineData("en-GB", "im her sister")]
    [InlineData("en-GB", "i am a relative")]
    public async Task Family_at_the_role_question_is_the_role_for_relatives(string locale, string said)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);

        await conversation.SayAsync(said);

        Assert.Equal(["family_friend"], conversation.State.Values.GetValueOrDefault("role") ?? []);
    }

    /// <summary>
    /// A phone number given with the yes to the offer to talk to Moviera ("ja, bel me op 06-12345678") is kept, as one given
    /// in the request is: after the consent the way of contact and the number are not asked again.
    /// </summary>
    [Theory]
    [InlineData("nl-NL", "ja, bel me op 06-12345678")]
    [InlineData("nl-NL", "ja graag, mijn nummer is 0612345678")]
    [InlineData("en-GB", "yes, call me on 0612345678")]
    [InlineData("en-GB", "yes please, my number is 06 12345678")]
    public async Task A_phone_number_given_with_the_yes_to_the_offer_is_kept(string locale, string said)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        await conversation.TypeANeighbourUpToTheOfferAsync();

        await conversation.SayAsync(said);
        var replies = await conversation.SayAsync(Dutch(locale) ? "ja" : "yes");

        Assert.Equal(["phone"], conversation.State.Values.GetValueOrDefault("contact_way") ?? []);
        Assert.DoesNotContain(replies, reply => reply.Text.StartsWith(Dutch(locale) ? "Hoe wil je dat Moviera" : "How would you like Moviera", StringComparison.Ordinal));
        Assert.DoesNotContain(replies, reply => reply.Text.Contains(Dutch(locale) ? "telefoonnummer" : "phone number", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(replies, reply => reply.Text.StartsWith(Dutch(locale) ? "Wanneer is het veilig" : "When is it safe", StringComparison.Ordinal));
    }

    /// <summary>A number given with the yes to the offer is not kept when the consent is then refused.</summary>
    [Theory]
    [InlineData("nl-NL", "ja, bel me op 06-12345678", "nee")]
    [InlineData("en-GB", "yes, call me on 0612345678", "no")]
    public async Task A_number_given_with_the_yes_is_forgotten_when_the_consent_is_refused(string locale, string yes, string no)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        await conversation.TypeANeighbourUpToTheOfferAsync();

        await conversation.SayEachAsync(yes + "|" + no);

        Assert.False(conversation.State.Values.ContainsKey("contact_address"));
        Assert.Equal(["no"], conversation.State.Values.GetValueOrDefault("consultation_consent") ?? []);
    }

    /// <summary>A yes to the offer without a number still asks how Moviera may contact you.</summary>
    [Theory]
    [InlineData("nl-NL")]
    [InlineData("en-GB")]
    public async Task A_plain_yes_to_the_offer_still_asks_the_way_of_contact(string locale)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        await conversation.TypeANeighbourUpToTheOfferAsync();

        await conversation.SayAsync(Dutch(locale) ? "ja" : "yes");
        var replies = await conversation.SayAsync(Dutch(locale) ? "ja" : "yes");

        Assert.Contains(replies, reply => reply.Text.StartsWith(Dutch(locale) ? "Hoe wil je dat Moviera" : "How would you like Moviera", StringComparison.Ordinal));
    }

    /// <summary>Someone who keeps turning up at the door ("hij staat steeds voor mijn deur") is stalking, in the flow.</summary>
    [Theory]
    [InlineData("nl-NL", "mijn ex|hij staat steeds voor mijn deur")]
    [InlineData("nl-NL", "ik ben de buurvrouw|een stel|haar ex staat steeds voor haar deur")]
    [InlineData("en-GB", "my ex|he keeps turning up at my door")]
    [InlineData("en-GB", "i am a neighbour|a couple|her ex keeps turning up at her door")]
    public async Task Turning_up_at_the_door_again_and_again_is_stalking(string locale, string messages)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);

        await conversation.SayEachAsync(messages);

        Assert.Contains("stalking", conversation.State.Values.GetValueOrDefault("signals") ?? []);
    }

    /// <summary>
    /// A young person who asks the bot to call someone ("can u call someone") hears that the bot cannot call anyone, whom to
    /// call, and how to ask for Moviera; the question stays.
    /// </summary>
    [Theory]
    [InlineData("nl-NL", "ik ben 14, mijn stiefvader slaat mijn moeder 's nachts", "kun je iemand bellen?")]
    [InlineData("nl-NL", "ik ben 14, mijn stiefvader slaat mijn moeder 's nachts", "kan jij de politie sturen")]
    [InlineData("en-GB", "im 14 n my stepdad hits my mum at night", "can u call someone")]
    [InlineData("en-GB", "im 14 n my stepdad hits my mum at night", "could you send someone?")]
    public async Task Asking_the_bot_to_call_someone_is_answered(string locale, string story, string said)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        await conversation.SayAsync(story);
        var step = conversation.State.Top!.Step;

        var replies = await conversation.SayAsync(said);

        Assert.Contains(replies, reply => reply.Text.StartsWith(Dutch(locale) ? "Ik ben een computerprogramma. Ik kan niemand bellen" : "I am a computer program. I cannot call", StringComparison.Ordinal));
        Assert.Equal(step, conversation.State.Top!.Step);
    }

    /// <summary>"What happens if i call the kindertelefoon" is answered about De Kindertelefoon, not what Veilig Thuis does after a report.</summary>
    [Theory]
    [InlineData("nl-NL", "wat gebeurt er als ik de kindertelefoon bel?")]
    [InlineData("nl-NL", "wat is de kindertelefoon eigenlijk")]
    [InlineData("en-GB", "what happens if i call the kindertelefoon")]
    [InlineData("en-GB", "what is the kindertelefoon?")]
    public async Task A_question_about_De_Kindertelefoon_is_answered_about_it(string locale, string said)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        await conversation.SayAsync(Dutch(locale) ? "ik ben 14, mijn stiefvader slaat mijn moeder" : "im 14 and my stepdad hits my mum");

        var replies = await conversation.SayAsync(said);

        Assert.Contains(replies, reply => reply.Text.StartsWith(Dutch(locale) ? "De Kindertelefoon is er voor kinderen en jongeren." : "De Kindertelefoon is there for children and young people.", StringComparison.Ordinal));
        Assert.DoesNotContain(replies, reply => reply.Text.Contains(Dutch(locale) ? "5 werkdagen" : "5 working days", StringComparison.Ordinal));
    }

    /// <summary>Asking whether you may call the police yourself still gets "yes, you may always".</summary>
    [Theory]
    [InlineData("nl-NL", "mag ik niet gewoon de politie bellen?", "Ja, dat mag altijd.")]
    [InlineData("en-GB", "cant i just call the police?", "Yes, you may always do that.")]
    public async Task Asking_whether_you_may_call_the_police_yourself_is_still_yes(string locale, string said, string answer)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        await conversation.SayAsync(Dutch(locale) ? "ik ben de buurvrouw" : "i am a neighbour");

        var replies = await conversation.SayAsync(said);

        Assert.Contains(replies, reply => reply.Text.StartsWith(answer, StringComparison.Ordinal));
    }
}
