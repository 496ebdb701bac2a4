namespace TakeABreak.Bot.Tests.Conversation.Understanding;

/// <summary>
/// What playing whole typed conversations found in the thirty-seventh round: a professional on the website whose first
/// message asks for the Meldcode got the general offer instead of the steps; a yes with a detail at the signs read as
/// none; the drinking answer that spoke of violence just denied; a mother and her children whose father hits her read as
/// a child only; a question or thanks kept as the moment to call, an e-mail address read as a work field; and an ex who
/// keeps trying to contact her read as shouting and control of contacts instead of stalking.
/// </summary>
public sealed class PlayedThirtySeventhRoundTests(ConversationHostFixture fixture) : IClassFixture<ConversationHostFixture>
{
    private static bool Dutch(string locale) => locale == "nl-NL";

    /// <summary>
    /// On the website, a professional whose first message asks for the Meldcode gets its steps, as in Teams: not the
    /// offer "Waar wil je mee beginnen?" that asks again what was just asked.
    /// </summary>
    [Theory]
    [InlineData("nl-NL", "ik ben leerkracht, wat moet ik doen volgens de meldcode")]
    [InlineData("nl-NL", "ik ben wijkverpleegkundige, wat zijn de stappen van de meldcode?")]
    [InlineData("nl-NL", "ik ben leerkracht en een leerling heeft blauwe plekken, wat zegt de meldcode?")]
    [InlineData("en-GB", "i'm a teacher, what should i do according to the meldcode?")]
    [InlineData("en-GB", "im a gp, what are the steps of the meldcode")]
    public async Task A_professional_on_the_website_who_first_asks_for_the_Meldcode_gets_its_steps(string locale, string first)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale, "webchat");

        var replies = await conversation.SayAsync(first);

        Assert.Contains(replies, reply => reply.Text.Contains(Dutch(locale) ? "1. Breng de signalen in kaart." : "1. Map the signs.", StringComparison.Ordinal));
        Assert.DoesNotContain(replies, reply => reply.Text.Contains(Dutch(locale) ? "Waar wil je mee beginnen?" : "Where would you like to start?", StringComparison.Ordinal));
        Assert.Equal(["professional"], conversation.State.Values.GetValueOrDefault("role") ?? []);
    }

    /// <summary>A professional's plain story as the first message still gets the offer with its two buttons.</summary>
    [Theory]
    [InlineData("nl-NL", "ik ben leerkracht en een leerling heeft blauwe plekken")]
    [InlineData("nl-NL", "ik ben huisarts en ik maak me zorgen om een patiënte")]
    [InlineData("en-GB", "i am a teacher and i'm worried about a pupil")]
    public async Task A_professionals_plain_story_on_the_website_still_gets_the_offer(string locale, string first)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale, "webchat");

        var replies = await conversation.SayAsync(first);

        Assert.Contains(replies, reply => reply.Text.Contains(Dutch(locale) ? "Waar wil je mee beginnen?" : "Where would you like to start?", StringComparison.Ordinal) && reply.Choices.Count == 2);
    }

    /// <summary>
    /// The Meldcode steps asked for before the role was known, then the role: the offer of the steps just shown is not
    /// made again; the professional is asked whether to go through the signs.
    /// </summary>
    [Theory]
    [InlineData("nl-NL", "Wat zijn de stappen van de meldcode?|nee", "ik ben leerkracht")]
    [InlineData("en-GB", "what are the steps of the meldcode|no", "i'm a gp")]
    public async Task The_Meldcode_steps_seen_before_the_role_are_not_offered_again(string locale, string before, string role)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale, "webchat");
        await conversation.SayEachAsync(before);

        var replies = await conversation.SayAsync(role);

        Assert.DoesNotContain(replies, reply => reply.Text.Contains(Dutch(locale) ? "Waar wil je mee beginnen?" : "Where would you like to start?", StringComparison.Ordinal));
        Assert.Contains(replies, reply => reply.Text.StartsWith(Dutch(locale) ? "Wil je nu ook de signalen" : "Would you now like to go through the signs", StringComparison.Ordinal));
    }

    /// <summary>
    /// A yes with a detail at the signs with nothing ticked ("ja vooral s avonds") says that something fits, as a bare
    /// "ja" does: the bot asks which and shows the list; it never reads it as "none of these" and moves on.
    /// </summary>
    [Theory]
    [InlineData("nl-NL", "ja vooral s avonds")]
    [InlineData("nl-NL", "ja vaak")]
    [InlineData("nl-NL", "jawel, meestal in het weekend")]
    [InlineData("en-GB", "yes mostly in the evenings")]
    [InlineData("en-GB", "yeah, usually at weekends")]
    public async Task A_yes_with_a_detail_at_the_signs_with_nothing_ticked_asks_which(string locale, string said)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        await conversation.SayEachAsync(Dutch(locale) ? "ik ben de buurvrouw|een stel" : "i am a neighbour|a couple");

        var replies = await conversation.SayAsync(said);

        Assert.DoesNotContain(replies, reply => reply.Text.StartsWith(Dutch(locale) ? "Geen van deze past" : "None of these fit", StringComparison.Ordinal));
        Assert.Equal("ask_signals", conversation.State.Top!.Step);
        Assert.Contains(replies, reply => reply.Text.StartsWith(Dutch(locale) ? "Welke bedoel je?" : "Which ones do you mean?", StringComparison.Ordinal));
    }

    /// <summary>
    /// A yes with when it happens at "Is er nog meer?" ("ja vooral s avonds") is read as the yes it is, and the detail is
    /// kept: mostly in the evenings or at weekends is often (as "meestal s avonds" is), said in the "Ik begrijp" line, and
    /// "Hoe vaak?" is not asked.
    /// </summary>
    [Theory]
    [InlineData("nl-NL", "ik hoor geschreeuw", "ja, vooral in het weekend")]
    [InlineData("nl-NL", "ik hoor geschreeuw", "ja vooral s avonds")]
    [InlineData("en-GB", "i hear shouting", "yes mostly in the evenings")]
    [InlineData("en-GB", "i hear shouting", "yes, mainly at night")]
    public async Task A_yes_with_when_it_happens_at_the_open_signs_keeps_that_detail(string locale, string sign, string said)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        await conversation.SayEachAsync(Dutch(locale) ? "ik ben de buurvrouw|een stel" : "i am a neighbour|a couple");
        await conversation.SayAsync(sign);

        var replies = await conversation.SayAsync(said);

        Assert.Equal(["frequency_often"], conversation.State.Values.GetValueOrDefault("frequency") ?? []);
        Assert.Contains(replies, reply => reply.Text.StartsWith(Dutch(locale) ? "Ik begrijp: het gebeurt vaak." : "I understood: it happens often.", StringComparison.Ordinal));
        Assert.NotEqual("ask_frequency", conversation.State.Top!.Step);
    }

    /// <summary>The same after how often was told already: "Dat weet ik al", and the list stays open for more.</summary>
    [Theory]
    [InlineData("nl-NL", "ik hoor vaak geschreeuw", "ja vooral s avonds")]
    [InlineData("en-GB", "i often hear shouting", "yes, mainly at night")]
    public async Task A_yes_with_when_it_happens_after_how_often_was_told_keeps_the_list_open(string locale, string sign, string said)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        await conversation.SayEachAsync(Dutch(locale) ? "ik ben de buurvrouw|een stel" : "i am a neighbour|a couple");
        await conversation.SayAsync(sign);

        var replies = await conversation.SayAsync(said);

        Assert.Equal("ask_signals", conversation.State.Top!.Step);
        Assert.Contains(replies, reply => reply.Text.StartsWith(Dutch(locale) ? "Dat weet ik al" : "I already know that", StringComparison.Ordinal));
    }

    /// <summary>
    /// Drinking told with violence denied ("maar hij heeft me niet geslagen") is heard, and the answer about drink does not
    /// speak as if there were violence: it says what holds if there is.
    /// </summary>
    [Theory]
    [InlineData("nl-NL", "", "mijn man drinkt veel maar hij heeft me niet geslagen")]
    [InlineData("nl-NL", "ik ben de buurvrouw|een stel", "hij drinkt te veel, hij heeft haar nooit geslagen")]
    [InlineData("en-GB", "", "my husband drinks a lot but he hasnt hit me")]
    [InlineData("en-GB", "i am a neighbour|a couple", "he drinks too much but he has never hit her")]
    public async Task Drinking_told_with_violence_denied_gets_no_answer_that_assumes_violence(string locale, string before, string said)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        if (before.Length > 0)
        {
            await conversation.SayEachAsync(before);
        }

        var replies = await conversation.SayAsync(said);

        Assert.Contains(replies, reply => reply.Text.StartsWith(Dutch(locale) ? "Je vertelt dat drank of drugs een rol speelt." : "You tell me that drink or drugs play a part.", StringComparison.Ordinal));
        Assert.DoesNotContain(replies, reply => reply.Text.Contains(Dutch(locale) ? "Drank is nooit een excuus voor geweld" : "Drink is never an excuse for violence", StringComparison.Ordinal));
    }

    /// <summary>Drinking a lot says how much he drinks, not how often anything happens: "Hoe vaak?" is still open.</summary>
    [Theory]
    [InlineData("en-GB", "my husband drinks a lot")]
    [InlineData("en-GB", "her husband is drinking a lot lately and he pushed her")]
    public async Task Drinking_a_lot_is_no_answer_to_how_often(string locale, string said)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);

        await conversation.SayAsync(said);

        Assert.False(conversation.State.Values.ContainsKey("frequency"));
    }

    /// <summary>
    /// "Een moeder met haar kinderen, de vader slaat haar" at "Over wie maak je je zorgen?" is violence between partners that
    /// the children live with: a partner and a child, as a Moviera advisor reads it; not a child only.
    /// </summary>
    [Theory]
    [InlineData("nl-NL", "ik ben de buurvrouw", "een moeder met haar kinderen, de vader slaat haar")]
    [InlineData("nl-NL", "ik ben de buurman", "de moeder en de kinderen, de vader duwt haar")]
    [InlineData("nl-NL", "ik ben de buurvrouw", "een moeder met twee kleine kinderen, de vader slaat haar")]
    [InlineData("en-GB", "i am a neighbour", "a mother and her kids, the father hits her")]
    [InlineData("en-GB", "i am a neighbour", "a mum with two young children, the dad beats her")]
    public async Task A_mother_with_her_children_whose_father_hits_her_is_a_partner_and_a_child(string locale, string role, string about)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        await conversation.SayAsync(role);

        await conversation.SayAsync(about);

        Assert.Equal(["child", "partner"], (conversation.State.Values.GetValueOrDefault("about") ?? []).Order());
    }

    /// <summary>A young person's own mother and father ("mijn moeder en mijn zusjes, mijn vader slaat haar") stay someone at home.</summary>
    [Theory]
    [InlineData("nl-NL", "ik ben 14, mijn moeder en mijn zusjes, mijn vader slaat haar")]
    [InlineData("en-GB", "im 14, my mum and my little sisters, my dad hits her")]
    public async Task A_young_persons_own_mother_and_father_stay_someone_at_home(string locale, string said)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);

        await conversation.SayAsync(said);

        Assert.DoesNotContain("partner", conversation.State.Values.GetValueOrDefault("about") ?? []);
    }

    private static string UpToTheMomentToCall(string locale) => Dutch(locale)
        ? "ik wil met iemand van moviera praten|mijn buurvrouw wordt geslagen door haar man|ja|bellen|0612345678"
        : "i want to talk to a person|my neighbour is beaten by her husband|yes|phone|0612345678";

    /// <summary>
    /// At "Wanneer is het veilig om contact met je op te nemen?" a question or thanks ("nog iets?", "bedankt", "what do you
    /// mean?") is no moment to call: it is not kept as one, and the question comes again.
    /// </summary>
    [Theory]
    [InlineData("nl-NL", "nog iets?")]
    [InlineData("nl-NL", "bedankt")]
    [InlineData("nl-NL", "hoe bedoel je?")]
    [InlineData("en-GB", "anything else?")]
    [InlineData("en-GB", "what do you mean?")]
    [InlineData("en-GB", "thanks")]
    public async Task A_question_or_thanks_is_no_moment_to_call(string locale, string said)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        await conversation.SayEachAsync(UpToTheMomentToCall(locale));

        var replies = await conversation.SayAsync(said);

        Assert.False(conversation.State.Values.ContainsKey("contact_safe_time"));
        Assert.Contains(replies, reply => reply.Text.StartsWith(Dutch(locale) ? "Wanneer is het veilig" : "When is it safe", StringComparison.Ordinal));
    }

    /// <summary>A moment asked as a question ("kan het na 6 uur?") is still a moment.</summary>
    [Theory]
    [InlineData("nl-NL", "kan het na 6 uur?", "na 6 uur")]
    [InlineData("en-GB", "is the evening ok?", "evening")]
    public async Task A_moment_asked_as_a_question_is_still_a_moment(string locale, string said, string moment)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        await conversation.SayEachAsync(UpToTheMomentToCall(locale));

        await conversation.SayAsync(said);

        Assert.Contains(moment, conversation.State.Values.GetValueOrDefault("contact_safe_time")?.Single() ?? "", StringComparison.Ordinal);
    }

    /// <summary>A question at "Hoe mag Moviera je noemen?" ("hoe bedoel je?") is no name: not noted.</summary>
    [Theory]
    [InlineData("nl-NL", "hoe bedoel je?")]
    [InlineData("en-GB", "why?")]
    public async Task A_question_is_no_first_name(string locale, string said)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        await conversation.SayEachAsync(UpToTheMomentToCall(locale) + (Dutch(locale) ? "|na 6 uur" : "|after 6"));

        await conversation.SayAsync(said);

        Assert.False(conversation.State.Values.ContainsKey("contact_first_name"));
    }

    /// <summary>
    /// An e-mail address typed in the request ("gp.practice@example.nl", "j.jansen@school.nl") says nothing about whom it
    /// is from: no role or work field is read from its parts.
    /// </summary>
    [Theory]
    [InlineData("nl-NL", "ik wil met iemand van moviera praten|ja|e-mail", "gp.practice@example.nl")]
    [InlineData("nl-NL", "ik wil met iemand van moviera praten|ja", "j.jansen@school.nl")]
    [InlineData("en-GB", "i want to talk to a person|yes|e-mail", "gp.practice@example.nl")]
    [InlineData("en-GB", "i want to talk to a person|yes", "nurse.ann@hospital.example.com")]
    public async Task An_email_address_says_nothing_about_role_or_field(string locale, string before, string address)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        await conversation.SayEachAsync(before);

        await conversation.SayAsync(address);

        Assert.Equal([address], conversation.State.Values.GetValueOrDefault("contact_address") ?? []);
        Assert.False(conversation.State.Values.ContainsKey("role"));
        Assert.False(conversation.State.Values.ContainsKey("field"));
    }

    /// <summary>
    /// An ex who keeps trying to contact her, or turns up at her work, is stalking (the sign "lastiggevallen, gevolgd of
    /// gestalkt"): not shouting ("trying" is no typo of "crying") and not a partner who controls her contacts.
    /// </summary>
    [Theory]
    [InlineData("nl-NL", "haar ex blijft contact met haar zoeken")]
    [InlineData("nl-NL", "haar ex staat steeds bij haar werk")]
    [InlineData("nl-NL", "haar ex zoekt steeds contact met haar")]
    [InlineData("en-GB", "her ex keeps trying to contact her")]
    [InlineData("en-GB", "her ex keeps turning up at her work")]
    [InlineData("en-GB", "her ex won't stop contacting her")]
    public async Task An_ex_who_keeps_trying_to_contact_her_is_stalking(string locale, string said)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        await conversation.SayEachAsync(Dutch(locale) ? "ik ben haar zus|een partner of ex-partner" : "i am her sister|a partner or ex-partner");

        await conversation.SayAsync(said);

        Assert.Equal(["stalking"], conversation.State.Values.GetValueOrDefault("signals") ?? []);
    }

    /// <summary>The same told by the one it happens to, as the first message: about herself, her ex, and stalking.</summary>
    [Theory]
    [InlineData("nl-NL", "mijn ex blijft contact met me zoeken")]
    [InlineData("en-GB", "my ex keeps trying to contact me")]
    [InlineData("en-GB", "my ex keeps turning up at my work")]
    public async Task Her_own_ex_who_keeps_trying_to_contact_her_is_stalking(string locale, string said)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);

        await conversation.SayAsync(said);

        Assert.Equal(["self"], conversation.State.Values.GetValueOrDefault("role") ?? []);
        Assert.Equal(["partner"], conversation.State.Values.GetValueOrDefault("about") ?? []);
        Assert.Equal(["stalking"], conversation.State.Values.GetValueOrDefault("signals") ?? []);
    }

    /// <summary>
    /// Found by playing: "ok" right after "what can i do" was answered at "Would you like to talk this through with someone
    /// from Moviera?" acknowledges the answer, as after "wat doet Moviera?": it is no yes, and no request begins.
    /// </summary>
    [Theory]
    [InlineData("nl-NL", "wat kan ik doen", "oke")]
    [InlineData("nl-NL", "kan ik anoniem bellen?", "ok")]
    [InlineData("en-GB", "what can i do", "ok")]
    public async Task Ok_after_a_question_answered_by_a_dialog_of_its_own_is_no_yes(string locale, string question, string ok)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        await conversation.SayEachAsync(Dutch(locale) ? "ik ben de buurvrouw|een stel|ik hoor vaak geschreeuw|klaar|nee" : "i am a neighbour|a couple|i often hear shouting|done|no");
        Assert.Equal("offer", conversation.State.Top!.Step);
        await conversation.SayAsync(question);

        var replies = await conversation.SayAsync(ok);

        Assert.DoesNotContain(replies, reply => reply.Text.Contains(Dutch(locale) ? "Vind je het goed" : "Do you agree", StringComparison.Ordinal));
        Assert.Contains(replies, reply => reply.Text.StartsWith(Dutch(locale) ? "Wil je dit bespreken" : "Would you like to talk this through", StringComparison.Ordinal));
    }

    /// <summary>Found by playing: "bijna elke keer als ik er ben" at "Hoe vaak gebeurt het?" is often, as "telkens" is.</summary>
    [Theory]
    [InlineData("nl-NL", "bijna elke keer als ik er ben")]
    [InlineData("nl-NL", "iedere keer als hij gedronken heeft")]
    [InlineData("en-GB", "nearly every time i visit")]
    [InlineData("en-GB", "each time he comes home")]
    public async Task Every_time_is_often(string locale, string said)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        await conversation.SayEachAsync(Dutch(locale) ? "ik ben de buurvrouw|een stel|1|klaar" : "i am a neighbour|a couple|1|done");
        Assert.Equal("ask_frequency", conversation.State.Top!.Step);

        await conversation.SayAsync(said);

        Assert.Equal(["frequency_often"], conversation.State.Values.GetValueOrDefault("frequency") ?? []);
    }

    /// <summary>
    /// Found by playing: "mag ik de verzorgster er zelf op aanspreken?" at the offer to talk to Moviera is a question, not a
    /// yes or no: better not to confront the one who uses violence, and Veilig Thuis; then the question again.
    /// </summary>
    [Theory]
    [InlineData("nl-NL", "mag ik de verzorgster er zelf op aanspreken?")]
    [InlineData("nl-NL", "zal ik hem confronteren?")]
    [InlineData("en-GB", "should i confront him?")]
    [InlineData("en-GB", "can i have a word with her husband")]
    public async Task Asking_whether_to_confront_the_one_who_uses_violence_is_answered(string locale, string question)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        await conversation.SayEachAsync(Dutch(locale) ? "ik ben de buurvrouw|een stel|ik hoor vaak geschreeuw|klaar|nee" : "i am a neighbour|a couple|i often hear shouting|done|no");

        var replies = await conversation.SayAsync(question);

        Assert.Contains(replies, reply => reply.Text.StartsWith(Dutch(locale) ? "Spreek degene die geweld gebruikt er liever niet zelf op aan." : "It is better not to confront the person who uses violence yourself.", StringComparison.Ordinal));
        Assert.Equal("offer", conversation.State.Top!.Step);
    }

    /// <summary>Found by playing: an ex who sends her loads of messages is stalking, not a partner who checks her phone.</summary>
    [Theory]
    [InlineData("nl-NL", "mijn ex staat steeds bij mijn werk", "hij stuurt me ook heel veel berichten")]
    [InlineData("en-GB", "my ex keeps turning up at my work", "he also sends me loads of messages every day")]
    [InlineData("en-GB", "my ex keeps turning up at my work", "and lots of texts")]
    public async Task An_ex_who_sends_loads_of_messages_is_stalking_not_checking_the_phone(string locale, string first, string more)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        await conversation.SayAsync(first);

        await conversation.SayAsync(more);

        Assert.Equal(["stalking"], conversation.State.Values.GetValueOrDefault("signals") ?? []);
    }
}
