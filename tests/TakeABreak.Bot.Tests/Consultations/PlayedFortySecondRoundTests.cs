using Microsoft.Extensions.DependencyInjection;
using TakeABreak.Bot.Consultations.Delivery;
using TakeABreak.Bot.Tests.Conversation;
using TakeABreak.Bot.Tests.Conversation.Understanding;
using TakeABreak.Bot.Tests.Teams;
using TakeABreak.Signalering.Consultations;

namespace TakeABreak.Bot.Tests.Consultations;

/// <summary>
/// The consultation route played end to end in the forty-second round, as a resident who wants to be called back in the
/// evening, a woman who wants contact by e-mail only because he checks her phone, a teacher in Teams who goes through the
/// Meldcode, and then as Moviera staff who read the request in Teams and on the staff page.
/// </summary>
public sealed class PlayedFortySecondRoundTests : IDisposable
{
    private readonly ConsultationHost _hosts = new();

    private static bool Dutch(string locale) => locale == "nl-NL";

    /// <summary>
    /// "can i cancel later?" at the summary is a question, not the button "Niet versturen": it is answered (how to take it back
    /// before and after sending) and the summary question comes again, with nothing forgotten.
    /// </summary>
    [Theory]
    [InlineData("nl-NL", "kan ik het later nog intrekken?")]
    [InlineData("nl-NL", "kan ik dit later nog annuleren?")]
    [InlineData("en-GB", "can i cancel later?")]
    [InlineData("en-GB", "can I withdraw it later if I change my mind?")]
    public async Task Asking_at_the_summary_whether_the_request_can_be_taken_back_later_is_answered_and_sends_nothing_yet(string locale, string question)
    {
        var host = _hosts.Start();
        var conversation = await AtTheSummaryAsync(host, locale);

        var replies = Texts(await conversation.SayAsync(question));

        Assert.Contains(replies, text => text.Contains(Dutch(locale) ? "referentie" : "reference", StringComparison.Ordinal));
        Assert.DoesNotContain(replies, text => text.Contains(Dutch(locale) ? "Er is niets verstuurd" : "Nothing was sent", StringComparison.Ordinal));
        Assert.StartsWith(Dutch(locale) ? "Klopt dit?" : "Is this right?", replies[^1], StringComparison.Ordinal);

        await conversation.SayAsync(Dutch(locale) ? "versturen" : "send");
        Assert.Equal("sanne@example.nl", Assert.Single(await ConsultationHost.RecordsAsync(host)).Request.Contact.Address);
    }

    /// <summary>
    /// Once the request is sent, "ik wil mijn hulpvraag intrekken" / "i want to withdraw my request" is asked once whether to
    /// withdraw it (since round 44 it is withdrawn in the chat, see PlayedFortyFourthRoundTests), and no sign ("withdrawn") is
    /// read from it; nothing changes before the answer.
    /// </summary>
    [Theory]
    [InlineData("nl-NL", "ik wil mijn hulpvraag intrekken")]
    [InlineData("nl-NL", "kan ik mijn vraag nog annuleren?")]
    [InlineData("en-GB", "i want to withdraw my request")]
    [InlineData("en-GB", "please delete my request, i changed my mind")]
    public async Task Taking_back_a_request_already_sent_asks_once_whether_to_withdraw_it(string locale, string takeBack)
    {
        var host = _hosts.Start();
        var conversation = await AtTheSummaryAsync(host, locale);
        await conversation.SayAsync(Dutch(locale) ? "versturen" : "send");

        var replies = Texts(await conversation.SayAsync(takeBack));

        Assert.StartsWith(Dutch(locale) ? "Wil je je vraag aan Moviera intrekken?" : "Would you like to withdraw your request to Moviera?", replies[^1], StringComparison.Ordinal);
        Assert.DoesNotContain(replies, text => text.Contains(Dutch(locale) ? "Ik begrijp" : "I understood", StringComparison.Ordinal));
        Assert.Equal(ConsultationStatus.New, Assert.Single(await ConsultationHost.RecordsAsync(host)).Status);
    }

    /// <summary>
    /// A teacher in Teams who went through the Meldcode steps and then asks to talk it over with an expert of Moviera
    /// ("een deskundige van Moviera", "a Moviera specialist") begins the request instead of hearing "Dat begrijp ik niet goed".
    /// </summary>
    [Theory]
    [InlineData("nl-NL", "ik wil dit graag overleggen met een deskundige van Moviera")]
    [InlineData("nl-NL", "kan ik dit bespreken met een expert van Moviera?")]
    [InlineData("nl-NL", "ik wil een specialist van moviera raadplegen")]
    [InlineData("en-GB", "i'd like to discuss this with an expert from Moviera")]
    [InlineData("en-GB", "can i talk this over with a Moviera specialist?")]
    public async Task A_professional_who_asks_for_an_expert_of_Moviera_after_the_Meldcode_steps_begins_the_request(string locale, string asked)
    {
        var host = _hosts.Start();
        var conversation = await HostedConversation.StartedAsync(host.Services, locale, "msteams");
        await conversation.SayEachAsync(Dutch(locale)
            ? "ik ben leerkracht, een leerling komt steeds met blauwe plekken op school|wat zijn de stappen van de meldcode?|nee"
            : "i'm a teacher, a pupil keeps coming to school with bruises|what are the steps of the meldcode?|no");

        var replies = Texts(await conversation.SayAsync(asked));

        Assert.Contains(replies, text => text == (Dutch(locale) ? "Vind je het goed dat we dit naar Moviera sturen?" : "Do you agree that we send this to Moviera?"));
    }

    /// <summary>
    /// "ja hij leest alles op mijn telefoon" at "Kan iemand anders je telefoon of je mail zien?" is its yes, so Moviera's staff
    /// read that someone watches, instead of "Je vertelde al: de partner controleert de telefoon" and the question again.
    /// </summary>
    [Theory]
    [InlineData("nl-NL", "ja hij leest alles op mijn telefoon")]
    [InlineData("nl-NL", "mijn man kijkt vaak op mijn telefoon")]
    [InlineData("nl-NL", "ja, hij weet mijn code")]
    [InlineData("en-GB", "yes he reads everything on my phone")]
    [InlineData("en-GB", "my husband goes through my phone")]
    [InlineData("en-GB", "yes he knows my password")]
    public async Task A_watched_phone_told_in_a_sentence_at_whether_someone_else_can_see_it_is_its_yes(string locale, string told)
    {
        var host = _hosts.Start();
        var conversation = await HostedConversation.StartedAsync(host.Services, locale);
        await conversation.SayEachAsync(Dutch(locale)
            ? "het gaat over mijzelf|ik wil een mens spreken|ja|e-mail|sanne@example.nl|overslaan"
            : "it is about myself|i want to talk to a person|yes|e-mail|sanne@example.nl|skip");

        var replies = Texts(await conversation.SayAsync(told));

        Assert.StartsWith(Dutch(locale) ? "Hoe mag Moviera je noemen?" : "What may Moviera call you?", replies[^1], StringComparison.Ordinal);
        await conversation.SayEachAsync(Dutch(locale) ? "overslaan|versturen" : "skip|send");
        Assert.True(Assert.Single(await ConsultationHost.RecordsAsync(host)).Request.Contact.OthersMaySee);
    }

    /// <summary>
    /// Someone who asked for Moviera before saying who she is, and wants e-mail because "mijn man kijkt in mijn telefoon", has
    /// that passed on with the request, so staff read it. Since the forty-sixth round she is not asked "Kan iemand anders je
    /// telefoon of je mail zien?" after telling it: the bot says it passes on what she told.
    /// </summary>
    [Theory]
    [InlineData("nl-NL", "mailen graag, mijn man kijkt in mijn telefoon", "Je vertelde dat iemand in je telefoon kijkt")]
    [InlineData("en-GB", "by email please, my husband checks my phone", "You told me that someone checks your phone")]
    public async Task Someone_who_did_not_say_who_she_is_has_her_checked_phone_passed_on(string locale, string way, string told)
    {
        var host = _hosts.Start();
        var conversation = await HostedConversation.StartedAsync(host.Services, locale);
        await conversation.SayEachAsync(Dutch(locale) ? "ik wil een mens spreken|ja" : "i want to talk to a person|yes");
        await conversation.SayEachAsync(way + "|sanne@example.nl");

        var replies = Texts(await conversation.SayAsync(Dutch(locale) ? "alleen overdag" : "only during the day"));

        Assert.Contains(replies, text => text.StartsWith(told, StringComparison.Ordinal));
        Assert.StartsWith(Dutch(locale) ? "Hoe mag Moviera je noemen?" : "What may Moviera call you?", replies[^1], StringComparison.Ordinal);
        await conversation.SayEachAsync(Dutch(locale) ? "overslaan|versturen" : "skip|send");
        Assert.True(Assert.Single(await ConsultationHost.RecordsAsync(host)).Request.Contact.OthersMaySee);
    }

    /// <summary>
    /// "no, call me on 06-12345678" at the proposal to be contacted through Teams asks for a call: it is no "no calls", so the
    /// professional does not hear "Moviera will not call you then" while the number is kept.
    /// </summary>
    [Theory]
    [InlineData("en-GB", "no, call me on 06-12345678", "Moviera will not call you", "When is the best time to reach you?")]
    [InlineData("en-GB", "no call me please, 0612345678", "Moviera will not call you", "When is the best time to reach you?")]
    [InlineData("nl-NL", "nee, bel me maar op 06-12345678", "Moviera belt je dan niet", "Wanneer kunnen we je het beste bereiken?")]
    public async Task No_call_me_at_the_Teams_proposal_is_a_call_not_a_wish_not_to_be_called(string locale, string answer, string notCalled, string next)
    {
        var host = _hosts.Start();
        var conversation = await HostedConversation.StartedAsync(host.Services, locale, "msteams");
        await conversation.SayEachAsync(Dutch(locale)
            ? "ik ben leerkracht, een leerling komt steeds met blauwe plekken op school|ik wil dit met iemand van Moviera overleggen|ja"
            : "i'm a teacher, a pupil keeps coming to school with bruises|i want to discuss this with moviera|yes");

        var replies = Texts(await conversation.SayAsync(answer));

        Assert.DoesNotContain(replies, text => text.Contains(notCalled, StringComparison.Ordinal));
        Assert.StartsWith(next, replies[^1], StringComparison.Ordinal);
    }

    /// <summary>
    /// Something told at "Klopt dit?" that adds to the request ("de moeder lijkt ook bang voor haar man") shows the summary
    /// again before the question, so the person sees everything that is sent, as was promised; "kan ik nog iets toevoegen?"
    /// there says how to add own words.
    /// </summary>
    [Theory]
    [InlineData("nl-NL", "kan ik nog iets toevoegen? de moeder lijkt ook bang voor haar man", "Bang of schrikachtig", "Mijn eigen woorden")]
    [InlineData("en-GB", "can i add something? the mother also seems scared of her husband", "Afraid or jumpy", "My own words")]
    public async Task What_is_added_at_the_summary_question_shows_the_summary_again_before_it_is_sent(string locale, string added, string sign, string ownWords)
    {
        var host = _hosts.Start();
        var conversation = await HostedConversation.StartedAsync(host.Services, locale, "msteams");
        await conversation.SayEachAsync(Dutch(locale)
            ? "ik ben leerkracht, een leerling komt steeds met blauwe plekken op school|ik wil dit met iemand van Moviera overleggen|ja|nee, liever bellen op 06-12345678|dinsdag na 15 uur|overslaan"
            : "i'm a teacher, a pupil keeps coming to school with bruises|i want to discuss this with moviera|yes|no, call me on 06-12345678|tuesday after 3 pm|skip");

        var replies = Texts(await conversation.SayAsync(added));

        var summary = Assert.Single(replies, text => text.StartsWith(Dutch(locale) ? "Dit sturen we naar Moviera:" : "This is what we send to Moviera:", StringComparison.Ordinal));
        Assert.Contains(sign, summary, StringComparison.Ordinal);
        Assert.Contains(replies, text => text.Contains(ownWords, StringComparison.Ordinal));
        Assert.StartsWith(Dutch(locale) ? "Klopt dit?" : "Is this right?", replies[^1], StringComparison.Ordinal);
    }

    /// <summary>
    /// The card in the staff channel tells how the person wants to be reached (e-mail, not a phone call) and that someone
    /// else can see their phone or mail, and opens the request on the staff page, where the address and the safe moment are;
    /// the address, the moment and the name stay off the card.
    /// </summary>
    [Fact]
    public async Task The_staff_card_shows_the_way_of_contact_and_a_watched_phone_and_opens_the_request_on_the_staff_page()
    {
        var host = _hosts.Start();
        var conversation = await HostedConversation.StartedAsync(host.Services, "en-GB");
        await conversation.SayEachAsync("it is about myself|i want to talk to a person|yes|by email please|sara.k@example.nl|only weekday mornings|yes he reads everything on my phone|Sara|send");
        var record = Assert.Single(await ConsultationHost.RecordsAsync(host));

        var card = host.Services.GetRequiredService<StaffCard>().Build(record, DateTimeOffset.UtcNow);

        var json = card.ToJsonString();
        Assert.Empty(await OfficialAdaptiveCards.ProblemsAsync(card));
        Assert.Contains("{\"title\":\"Contact via\",\"value\":\"E-mail\"}", json, StringComparison.Ordinal);
        Assert.Contains("{\"title\":\"Kan iemand anders meekijken\",\"value\":\"Ja\"}", json, StringComparison.Ordinal);
        var open = Assert.Single(card["actions"]!.AsArray(), action => action!["type"]!.GetValue<string>() == "Action.OpenUrl")!;
        Assert.EndsWith("/staff/requests/" + record.Id, open["url"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.DoesNotContain("sara.k@example.nl", json, StringComparison.Ordinal);
        Assert.DoesNotContain("weekday", json, StringComparison.Ordinal);
        Assert.DoesNotContain("Sara", json, StringComparison.Ordinal);
    }

    private static async Task<HostedConversation> AtTheSummaryAsync(ConversationTestHost host, string locale)
    {
        var conversation = await HostedConversation.StartedAsync(host.Services, locale);
        await conversation.SayEachAsync(Dutch(locale)
            ? "ik wil een mens spreken|ja|e-mail|sanne@example.nl|overslaan|overslaan"
            : "i want to talk to a person|yes|e-mail|sanne@example.nl|skip|skip");
        return conversation;
    }

    private static List<string> Texts(IReadOnlyList<TakeABreak.BotFramework.Schema.Activity> replies) => [.. replies.Select(reply => reply.Text ?? string.Empty)];

    public void Dispose() => _hosts.Dispose();
}
