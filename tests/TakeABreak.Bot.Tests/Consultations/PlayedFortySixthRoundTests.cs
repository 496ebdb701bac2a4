using TakeABreak.Bot.Tests.Conversation.Understanding;
using TakeABreak.Signalering.Consultations;

namespace TakeABreak.Bot.Tests.Consultations;

/// <summary>
/// The consultation request as residents typed it in the forty-sixth round: taking it back at the e-mail or phone question,
/// a question whose answer she already gave (someone reads her phone), and a new number given while the request is made or
/// after it was sent.
/// </summary>
public sealed class PlayedFortySixthRoundTests : IDisposable
{
    private const string AtTheEmailNl = "mijn man slaat me|ik wil met iemand van moviera praten|ja|mail";
    private const string AtTheEmailEn = "my husband hits me|i want to talk to someone from moviera|yes|email";
    private const string AtThePhoneNl = "mijn man slaat me|ik wil met iemand van moviera praten|ja|bellen";
    private const string AtThePhoneEn = "my husband hits me|i want to talk to someone from moviera|yes|phone";

    private readonly ConsultationHost _hosts = new();

    private static bool Dutch(string locale) => locale == "nl-NL";

    /// <summary>
    /// "actually im scared, delete my request" at the e-mail or phone question withdraws the request, as it does at every other
    /// question of the request: nothing is sent, nothing is stored, and it is not read as a wrong address or number.
    /// </summary>
    [Theory]
    [InlineData("en-GB", AtTheEmailEn, "actually im scared, delete my request")]
    [InlineData("en-GB", AtThePhoneEn, "actually im scared, delete my request")]
    [InlineData("en-GB", AtThePhoneEn, "no wait dont send anything")]
    [InlineData("nl-NL", AtTheEmailNl, "ik ben toch bang, trek mijn verzoek in")]
    [InlineData("nl-NL", AtThePhoneNl, "ik durf het toch niet, verwijder mijn verzoek maar")]
    public async Task Withdrawing_at_the_address_question_sends_nothing(string locale, string before, string withdraw)
    {
        var host = _hosts.Start();
        var conversation = await HostedConversation.StartedAsync(host.Services, locale);
        await conversation.SayEachAsync(before);

        var replies = Texts(await conversation.SayAsync(withdraw));

        Assert.Contains(replies, text => text.Contains(Dutch(locale) ? "Er is niets verstuurd" : "Nothing was sent", StringComparison.Ordinal));
        Assert.DoesNotContain(replies, text => text.Contains(Dutch(locale) ? "Dat lijkt" : "That does not look like", StringComparison.Ordinal));
        Assert.Empty(await ConsultationHost.RecordsAsync(host));
    }

    /// <summary>An address or number typed in a sentence at that question is still the answer.</summary>
    [Theory]
    [InlineData("en-GB", AtTheEmailEn, "you can mail me at sanne@example.org", "When is it safe to contact you?")]
    [InlineData("nl-NL", AtThePhoneNl, "bel me maar op 0612345678", "Wanneer is het veilig om contact met je op te nemen?")]
    public async Task An_address_in_a_sentence_at_the_address_question_is_still_the_answer(string locale, string before, string answer, string next)
    {
        var host = _hosts.Start();
        var conversation = await HostedConversation.StartedAsync(host.Services, locale);
        await conversation.SayEachAsync(before);

        var replies = Texts(await conversation.SayAsync(answer));

        Assert.Contains(replies, text => text.StartsWith(next, StringComparison.Ordinal));
    }

    /// <summary>
    /// A woman who told that her husband checks her phone is not asked "Kan iemand anders je telefoon of je mail zien?": the bot
    /// says it passes on what she told, the summary says someone else can see it, and so does the request Moviera gets.
    /// </summary>
    [Theory]
    [InlineData("en-GB", "my husband hits me and he checks my phone|i want to talk to someone from moviera|yes|phone|0612345678|skip", "You told me that someone checks your phone")]
    [InlineData("nl-NL", "mijn man controleert mijn telefoon en slaat me|ik wil met iemand van moviera praten|ja|bellen|0612345678|overslaan", "Je vertelde dat iemand in je telefoon kijkt")]
    [InlineData("nl-NL", "mijn man slaat me|ik wil met iemand van moviera praten|ja, maar hij kijkt altijd in mijn telefoon|mail|ik@voorbeeld.nl|overslaan", "Je vertelde dat iemand in je telefoon kijkt")]
    public async Task Someone_who_told_her_phone_is_checked_is_not_asked_whether_others_can_see_it(string locale, string before, string told)
    {
        var host = _hosts.Start();
        var conversation = await HostedConversation.StartedAsync(host.Services, locale);

        var replies = Texts(await conversation.SayEachAsync(before));

        Assert.DoesNotContain(replies, text => text.StartsWith(Dutch(locale) ? "Kan iemand anders je telefoon" : "Can someone else see your phone", StringComparison.Ordinal));
        Assert.Contains(replies, text => text.StartsWith(told, StringComparison.Ordinal));
        Assert.Contains(replies, text => text.StartsWith(Dutch(locale) ? "Hoe mag Moviera je noemen?" : "What may Moviera call you?", StringComparison.Ordinal));
        var summary = Texts(await conversation.SayAsync(Dutch(locale) ? "overslaan" : "skip"));
        Assert.Contains(summary, text => text.Contains(Dutch(locale) ? "Kan iemand anders meekijken: Ja" : "Can someone else see it: Yes", StringComparison.Ordinal));
        await conversation.SayAsync(Dutch(locale) ? "versturen" : "send");
        Assert.True(Assert.Single(await ConsultationHost.RecordsAsync(host)).Request.Contact.OthersMaySee);
    }

    /// <summary>Without anything told about her phone the question is still asked.</summary>
    [Fact]
    public async Task Someone_who_told_nothing_about_her_phone_is_still_asked()
    {
        var host = _hosts.Start();
        var conversation = await HostedConversation.StartedAsync(host.Services, "en-GB");

        var replies = Texts(await conversation.SayEachAsync(AtThePhoneEn + "|0612345678|skip"));

        Assert.Contains(replies, text => text.StartsWith("Can someone else see your phone", StringComparison.Ordinal));
    }

    /// <summary>
    /// "my new number is 06 12345678" while the request is made is a new number, not a disclosure ("This is serious too") and
    /// not the safe moment: the number is changed, said back, and the question is asked again; at "Klopt dit?" the summary is
    /// shown again with it.
    /// </summary>
    [Theory]
    [InlineData("en-GB", AtThePhoneEn + "|0687654321", "my new number is 06 12345678", "When is it safe to contact you?")]
    [InlineData("nl-NL", AtThePhoneNl + "|0687654321", "mijn nieuwe nummer is 06 12345678", "Wanneer is het veilig om contact met je op te nemen?")]
    [InlineData("en-GB", AtTheEmailEn + "|me@example.org", "actually my number is 0612345678, call me", "When is it safe to contact you?")]
    [InlineData("en-GB", AtThePhoneEn + "|0687654321|skip|no only me|skip", "my new number is 06 12345678", "Is this right?")]
    public async Task A_new_number_while_the_request_is_made_changes_the_number(string locale, string before, string changed, string asked)
    {
        var host = _hosts.Start();
        var conversation = await HostedConversation.StartedAsync(host.Services, locale);
        await conversation.SayEachAsync(before);

        var replies = Texts(await conversation.SayAsync(changed));

        Assert.DoesNotContain(replies, text => text.Contains(Dutch(locale) ? "ernstig" : "serious", StringComparison.Ordinal));
        Assert.Contains(replies, text => text.Contains("+31612345678", StringComparison.Ordinal));
        Assert.Contains(replies, text => text.StartsWith(asked, StringComparison.Ordinal));
        var rest = Dutch(locale) ? "overslaan|nee alleen ik|overslaan|versturen" : "skip|no only me|skip|send";
        await conversation.SayEachAsync(asked == "Is this right?" ? "send" : rest);
        var record = Assert.Single(await ConsultationHost.RecordsAsync(host));
        Assert.Equal("+31612345678", record.Request.Contact.Address);
        Assert.Null(record.Request.Contact.SafeTime);
    }

    /// <summary>"my new number is 06 12345678" after sending is offered as an addition to the request, without "This is serious too".</summary>
    [Theory]
    [InlineData("en-GB", "i want to talk to a person|yes|phone|0612345678|after 6pm|skip|send", "my new number is 06 87654321")]
    [InlineData("en-GB", "my husband hits me|i want to talk to a person|yes|phone|0612345678|after 6pm|no only me|skip|send", "my new number is 0687654321")]
    public async Task A_new_number_after_sending_is_offered_as_an_addition(string locale, string sent, string changed)
    {
        var host = _hosts.Start();
        var conversation = await HostedConversation.StartedAsync(host.Services, locale);
        await conversation.SayEachAsync(sent);
        Assert.Single(await ConsultationHost.RecordsAsync(host));

        var replies = Texts(await conversation.SayAsync(changed));

        Assert.DoesNotContain(replies, text => text.Contains("serious", StringComparison.Ordinal));
        Assert.Contains(replies, text => text.Contains("\"" + changed + "\"", StringComparison.Ordinal));
    }

    /// <summary>A number told inside a story of stalking is still read by the safety guard.</summary>
    [Fact]
    public async Task A_number_inside_a_story_of_stalking_is_still_serious()
    {
        var host = _hosts.Start();
        var conversation = await HostedConversation.StartedAsync(host.Services, "en-GB");
        await conversation.SayEachAsync(AtThePhoneEn + "|0687654321");

        var replies = Texts(await conversation.SayAsync("my ex keeps calling me from new numbers, yesterday from 0612345678"));

        Assert.Contains(replies, text => text.Contains("serious", StringComparison.Ordinal));
    }

    /// <summary>
    /// Found by playing: a story told at "Wanneer is het veilig om contact met je op te nemen?" ("he found my new number and
    /// keeps calling") was kept as the safe moment and sent to Moviera as one. It holds no moment: it is added to the story
    /// and the question is asked again; a moment in words the bot knows no pattern for ("als hij naar voetbal is") is kept.
    /// </summary>
    [Theory]
    [InlineData("en-GB", AtThePhoneEn + "|0612345678", "he found my new number and keeps calling", "stalking", "when he is at football|no only me|skip|send")]
    [InlineData("nl-NL", AtThePhoneNl + "|0612345678", "hij heeft mijn wachtwoord en leest al mijn berichten", "controls_phone", "als hij naar voetbal is|overslaan|versturen")]
    public async Task A_story_at_the_safe_moment_question_is_no_moment(string locale, string before, string story, string sign, string rest)
    {
        var host = _hosts.Start();
        var conversation = await HostedConversation.StartedAsync(host.Services, locale);
        await conversation.SayEachAsync(before);

        var replies = Texts(await conversation.SayAsync(story));

        Assert.StartsWith(Dutch(locale) ? "Wanneer is het veilig" : "When is it safe", replies[^1], StringComparison.Ordinal);
        await conversation.SayEachAsync(rest);
        var record = Assert.Single(await ConsultationHost.RecordsAsync(host));
        Assert.Equal(Dutch(locale) ? "als hij naar voetbal is" : "when he is at football", record.Request.Contact.SafeTime);
        Assert.Contains(sign, record.Request.SignalIds);
    }

    /// <summary>
    /// Found by playing: a phone number typed at the e-mail question (or an address at the phone question) was "no e-mail
    /// address" three times and then lost. It changes the way of contact, said in one line, and the request goes on.
    /// </summary>
    [Theory]
    [InlineData("en-GB", AtTheEmailEn, "0612345678", "That is a phone number.", "+31612345678", TakeABreak.Signalering.Consultations.Contact.ContactWay.Phone)]
    [InlineData("nl-NL", AtThePhoneNl, "mail maar naar sanne@example.org", "Dat is een e-mailadres.", "sanne@example.org", TakeABreak.Signalering.Consultations.Contact.ContactWay.Email)]
    public async Task An_address_of_the_other_kind_changes_the_way_of_contact(string locale, string before, string typed, string said, string address, TakeABreak.Signalering.Consultations.Contact.ContactWay way)
    {
        var host = _hosts.Start();
        var conversation = await HostedConversation.StartedAsync(host.Services, locale);
        await conversation.SayEachAsync(before);

        var replies = Texts(await conversation.SayAsync(typed));

        Assert.Contains(replies, text => text.StartsWith(said, StringComparison.Ordinal) && text.Contains(address, StringComparison.Ordinal));
        Assert.StartsWith(Dutch(locale) ? "Wanneer is het veilig" : "When is it safe", replies[^1], StringComparison.Ordinal);
        await conversation.SayEachAsync(Dutch(locale) ? "overslaan|nee alleen ik|overslaan|versturen" : "skip|no only me|skip|send");
        var contact = Assert.Single(await ConsultationHost.RecordsAsync(host)).Request.Contact;
        Assert.Equal(way, contact.Way);
        Assert.Equal(address, contact.Address);
    }

    /// <summary>
    /// Found by playing: "actually he reads my email too" at the e-mail question was "no e-mail address". It is answered with how
    /// to be contacted safely, the question comes again, and later she is not asked whether someone else can see her mail.
    /// </summary>
    [Theory]
    [InlineData("en-GB", AtTheEmailEn, "actually he reads my email too", "You decide how and when Moviera contacts you")]
    [InlineData("nl-NL", AtTheEmailNl, "hij leest mijn mail ook", "Jij bepaalt hoe en wanneer Moviera contact met je opneemt")]
    public async Task A_watched_mailbox_at_the_email_question_is_answered_with_safe_contact(string locale, string before, string told, string said)
    {
        var host = _hosts.Start();
        var conversation = await HostedConversation.StartedAsync(host.Services, locale);
        await conversation.SayEachAsync(before);

        var replies = Texts(await conversation.SayAsync(told));

        Assert.Contains(replies, text => text.StartsWith(said, StringComparison.Ordinal));
        Assert.DoesNotContain(replies, text => text.Contains(Dutch(locale) ? "Dat lijkt geen e-mailadres" : "That does not look like an e-mail address", StringComparison.Ordinal));
        var later = Texts(await conversation.SayEachAsync(Dutch(locale) ? "ik@voorbeeld.nl|overslaan" : "me@example.org|skip"));
        Assert.DoesNotContain(later, text => text.StartsWith(Dutch(locale) ? "Kan iemand anders je telefoon" : "Can someone else see your phone", StringComparison.Ordinal));
    }

    public void Dispose() => _hosts.Dispose();

    private static List<string> Texts(IReadOnlyList<TakeABreak.BotFramework.Schema.Activity> replies) => [.. replies.Select(reply => reply.Text ?? string.Empty)];
}
