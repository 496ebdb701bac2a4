namespace TakeABreak.Bot.Tests.Conversation.Understanding;

/// <summary>
/// What residents typing their own sentences found in the forty-ninth round, played in the widget of the published host
/// (<c>dotnet publish</c>, started on its own): a granddaughter worried about her grandmother's carer was taken for a
/// health professional, and a neighbour's "het is een klein kind, een jaar of 3" was heard as how long it has gone on.
/// </summary>
public sealed class PlayedFortyNinthRoundTests(ConversationHostFixture fixture) : IClassFixture<ConversationHostFixture>
{
    private static bool Dutch(string locale) => locale == "nl-NL";

    private static string Texts(IEnumerable<TakeABreak.Dialogs.Runtime.DialogReply> replies) => string.Join("\n", replies.Select(reply => reply.Text));

    /// <summary>
    /// "haar verzorgster is heel ruw met haar" speaks of the grandmother's carer: the writer is family, not a professional in
    /// health care who is sent to the Meldcode (a carer named as "verzorger" already was; "verzorgster" was not).
    /// </summary>
    [Theory]
    [InlineData("nl-NL", "ik maak me zorgen om mijn oma, haar verzorgster is heel ruw met haar")]
    [InlineData("nl-NL", "de verzorgster van mijn opa is ruw met hem")]
    [InlineData("en-GB", "i'm worried about my gran, her carer is really rough with her")]
    public async Task A_grandchild_worried_about_the_grandmothers_carer_is_family_not_a_professional(string locale, string story)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);

        await conversation.SayAsync(story);

        Assert.Equal(["family_friend"], conversation.State.Values.GetValueOrDefault("role") ?? []);
        Assert.Contains("older_person", conversation.State.Values.GetValueOrDefault("about") ?? []);
    }

    /// <summary>Someone who says she works as a carer herself is still asking for her work.</summary>
    [Fact]
    public async Task A_carer_who_speaks_of_her_own_work_is_still_a_professional()
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, "nl-NL");

        await conversation.SayAsync("ik ben verzorgende in de thuiszorg, een cliënte van mij heeft blauwe plekken");

        Assert.Equal(["professional"], conversation.State.Values.GetValueOrDefault("role") ?? []);
    }

    /// <summary>
    /// A neighbour who hears a child cry every night and then says how old the child is ("een jaar of 3") tells an age: it is
    /// noted in one line and the signs stay open, not "nu weet ik hoe lang het al speelt".
    /// </summary>
    [Theory]
    [InlineData("nl-NL", "ik hoor elke nacht een kindje huilen bij de buren", "het is een klein kind denk ik, een jaar of 3")]
    [InlineData("nl-NL", "ik hoor elke nacht een kindje huilen bij de buren", "een kind van een jaar of 4")]
    [InlineData("en-GB", "i hear a little kid crying every night next door", "its a small child, about 3 i think")]
    public async Task A_young_childs_age_at_the_signs_is_an_age_not_how_long_it_has_gone_on(string locale, string story, string age)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        await conversation.SayAsync(story);
        Assert.Equal("ask_signals", conversation.State.Top!.Step);

        var replies = Texts(await conversation.SayAsync(age));

        Assert.DoesNotContain(Dutch(locale) ? "hoe lang het al speelt" : "how long it has been going on", replies, StringComparison.Ordinal);
        Assert.Contains(Dutch(locale) ? "Dank je, dat is goed om te weten." : "Thank you, that is good to know.", replies, StringComparison.Ordinal);
        Assert.Equal("ask_signals", conversation.State.Top!.Step);
    }

    /// <summary>How long it has gone on is still heard as that.</summary>
    [Theory]
    [InlineData("nl-NL", "al een jaar of 3")]
    [InlineData("en-GB", "for about a year")]
    public async Task How_long_it_has_gone_on_is_still_heard_as_how_long(string locale, string howLong)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        await conversation.SayAsync(Dutch(locale) ? "ik hoor elke nacht een kindje huilen bij de buren" : "i hear a little kid crying every night next door");

        var replies = Texts(await conversation.SayAsync(howLong));

        Assert.Contains(Dutch(locale) ? "hoe lang het al speelt" : "how long it has been going on", replies, StringComparison.Ordinal);
    }
    /// <summary>
    /// A young woman whose boyfriend checks her phone says her age at her signs ("ik ben 19"): heard in one line and asked
    /// whether there is more, not "Dat begrijp ik niet goed" with the whole card again. At "Woon je zelf bij hen thuis?" the
    /// same words still answer the question.
    /// </summary>
    [Theory]
    [InlineData("nl-NL", "mijn vriend checkt steeds mijn telefoon", "ik ben 19")]
    [InlineData("en-GB", "my boyfriend keeps checking my phone", "im 19")]
    public async Task A_grown_ups_own_age_at_her_signs_is_heard_and_the_list_stays(string locale, string story, string age)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        await conversation.SayAsync(story);
        Assert.Equal("ask_signals_self", conversation.State.Top!.Step);

        var replies = Texts(await conversation.SayAsync(age));

        Assert.Contains(Dutch(locale) ? "Dank je, dat is goed om te weten." : "Thank you, that is good to know.", replies, StringComparison.Ordinal);
        Assert.DoesNotContain(Dutch(locale) ? "begrijp ik niet" : "do not quite understand", replies, StringComparison.Ordinal);
        Assert.Equal("ask_signals_self", conversation.State.Top!.Step);
    }

    [Theory]
    [InlineData("nl-NL", "mijn vader slaat mijn moeder", "ik ben 34")]
    [InlineData("en-GB", "my dad hits my mum", "i am 34")]
    public async Task A_grown_ups_age_still_answers_whether_she_lives_at_home(string locale, string story, string age)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        await conversation.SayAsync(story);
        Assert.Equal("ask_lives_at_home", conversation.State.Top!.Step);

        await conversation.SayAsync(age);

        Assert.Equal("ask_signals", conversation.State.Top!.Step);
    }
    /// <summary>
    /// "ik wil graag teruggebeld worden door moviera" as the first message asks for the request to Moviera; it was "Dank je dat
    /// je dat vertelt." and the role question ("teruggebeld" is no form of "gebeld" for the stemmer).
    /// </summary>
    [Theory]
    [InlineData("nl-NL", "ik wil graag teruggebeld worden door moviera")]
    [InlineData("nl-NL", "kan moviera mij terugbellen?")]
    [InlineData("en-GB", "can someone from moviera ring me back?")]
    [InlineData("en-GB", "i'd like to get a call back")]
    public async Task Asking_to_be_called_back_begins_the_request_to_Moviera(string locale, string asked)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);

        var replies = Texts(await conversation.SayAsync(asked));

        Assert.Contains(Dutch(locale) ? "Ik ben een digitale assistent, geen mens." : "I am a digital assistant, not a person.", replies, StringComparison.Ordinal);
        Assert.Contains(conversation.State.Stack, frame => frame.Dialog == "talk_to_person");
    }
    /// <summary>
    /// "nee alleen ik" (the answer to whether someone else can see the phone, typed one question late) at "Hoe mag Moviera je
    /// noemen?" is no name: it was sent to Moviera as "Naam: nee alleen ik".
    /// </summary>
    [Theory]
    [InlineData("nl-NL", "mijn zus wordt door haar man geduwd en uitgescholden|klaar|vaak|geen van deze|ja|ja|bellen|06 87654321|alleen overdag als hij werkt", "nee alleen ik")]
    [InlineData("nl-NL", "mijn zus wordt door haar man geduwd en uitgescholden|klaar|vaak|geen van deze|ja|ja|bellen|06 87654321|alleen overdag als hij werkt", "niemand anders")]
    [InlineData("en-GB", "my sister is pushed and called names by her husband|done|often|none of these|yes|yes|phone|06 87654321|only during the day when he works", "no, only me")]
    public async Task An_answer_typed_one_question_late_at_the_name_question_is_no_name(string locale, string before, string typed)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        var replies = Texts(await conversation.SayEachAsync(before));
        Assert.Contains(Dutch(locale) ? "Hoe mag Moviera je noemen?" : "What may Moviera call you?", replies, StringComparison.Ordinal);

        replies = Texts(await conversation.SayAsync(typed));

        Assert.Contains(Dutch(locale) ? "Ik noteer geen naam." : "I do not note a name.", replies, StringComparison.Ordinal);
        Assert.DoesNotContain(typed, replies, StringComparison.Ordinal);
        Assert.Null(conversation.State.Values.GetValueOrDefault("contact_first_name"));
    }

    /// <summary>A first name is still noted.</summary>
    [Fact]
    public async Task A_first_name_at_the_name_question_is_still_noted()
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, "nl-NL");
        await conversation.SayEachAsync("mijn zus wordt door haar man geduwd en uitgescholden|klaar|vaak|geen van deze|ja|ja|bellen|06 87654321|alleen overdag als hij werkt");

        var replies = Texts(await conversation.SayAsync("Fatima"));

        Assert.Contains("Naam: Fatima", replies, StringComparison.Ordinal);
    }
}
