using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using TakeABreak.Bot.Consultations.Delivery;
using TakeABreak.Bot.Staff.Desk;
using TakeABreak.Bot.Tests.Conversation;
using TakeABreak.Bot.Tests.Conversation.Understanding;
using TakeABreak.Bot.Tests.Staff;
using TakeABreak.Signalering.Consultations;
using TakeABreak.Storage.Consultations;
using TakeABreak.Storage.Expiry;

namespace TakeABreak.Bot.Tests.Consultations;

/// <summary>
/// The consultation route after sending, played in the forty-fourth round: withdrawing the request in the same chat,
/// changing or adding to it, asking how it stands (also a day later, when the conversation is forgotten), and when they call.
/// </summary>
public sealed class PlayedFortyFourthRoundTests : IDisposable
{
    private const string SentNl = "ik wil een mens spreken|ja|bellen|0612345678|na 18 uur|overslaan|versturen";
    private const string SentEn = "i want to talk to a person|yes|phone|0612345678|after 6pm|skip|send";

    private readonly ConsultationHost _hosts = new();

    private static bool Dutch(string locale) => locale == "nl-NL";

    private static string Sent(string locale) => Dutch(locale) ? SentNl : SentEn;

    /// <summary>
    /// "trek mijn verzoek in", "delete my request", "ik wil het toch niet meer" once the request is sent: asked once, and after
    /// "ja" the request is withdrawn (audited as the person's, contact details and story erased, staff told through the
    /// outbox), and the person hears calmly that it is done, with Veilig Thuis 0800-2000 and 112.
    /// </summary>
    [Theory]
    [InlineData("nl-NL", "trek mijn verzoek in", "ja", "Wil je je vraag aan Moviera intrekken?")]
    [InlineData("nl-NL", "ik wil het toch niet meer", "ja", "Wil je je vraag aan Moviera intrekken?")]
    [InlineData("nl-NL", "ik heb me bedacht, verwijder mijn verzoek maar", "ja graag", "Wil je je vraag aan Moviera intrekken?")]
    [InlineData("en-GB", "delete my request", "yes", "Would you like to withdraw your request to Moviera?")]
    [InlineData("en-GB", "i dont want it anymore", "yes please", "Would you like to withdraw your request to Moviera?")]
    public async Task A_sent_request_is_withdrawn_in_the_chat_after_one_question(string locale, string withdraw, string yes, string question)
    {
        var host = _hosts.Start();
        var conversation = await HostedConversation.StartedAsync(host.Services, locale);
        await conversation.SayEachAsync(Sent(locale));

        var asked = Texts(await conversation.SayAsync(withdraw));
        Assert.StartsWith(question, asked[^1], StringComparison.Ordinal);
        Assert.Equal(ConsultationStatus.New, Assert.Single(await ConsultationHost.RecordsAsync(host)).Status);

        var replies = Texts(await conversation.SayAsync(yes));

        Assert.Contains(replies, text => text.Contains(Dutch(locale) ? "Je vraag is ingetrokken" : "Your request is withdrawn", StringComparison.Ordinal));
        Assert.Contains(replies, text => text.Contains("0800-2000", StringComparison.Ordinal) && text.Contains("112", StringComparison.Ordinal));
        var record = Assert.Single(await ConsultationHost.RecordsAsync(host));
        Assert.Equal(ConsultationStatus.Withdrawn, record.Status);
        Assert.NotNull(record.WithdrawnAt);
        Assert.Null(record.Request.Contact.Address);
        Assert.Null(record.Request.Contact.SafeTime);
        Assert.Empty(record.Request.Summary);
        var audit = await host.Services.GetRequiredService<IConsultationAuditTrail>().ForAsync(record.Id, CancellationToken.None);
        Assert.Contains(audit, entry => entry.Action == AuditActions.Withdrawn && entry.Actor == AuditActions.Person);
        var outbox = await host.Services.GetRequiredService<IStaffNotificationOutbox>().PendingAsync(CancellationToken.None);
        Assert.Contains(outbox, n => n.Kind == StaffNotificationKind.StatusChanged && n.Status == "withdrawn");
    }

    /// <summary>"nee" to withdrawing keeps the request as it was.</summary>
    [Theory]
    [InlineData("nl-NL", "trek mijn vraag in", "nee", "Je vraag blijft staan")]
    [InlineData("en-GB", "cancel my request", "no", "Your request stays")]
    public async Task No_to_withdrawing_keeps_the_request(string locale, string withdraw, string no, string said)
    {
        var host = _hosts.Start();
        var conversation = await HostedConversation.StartedAsync(host.Services, locale);
        await conversation.SayEachAsync(Sent(locale) + "|" + withdraw);

        var replies = Texts(await conversation.SayAsync(no));

        Assert.Contains(replies, text => text.Contains(said, StringComparison.Ordinal));
        var record = Assert.Single(await ConsultationHost.RecordsAsync(host));
        Assert.Equal(ConsultationStatus.New, record.Status);
        Assert.Equal("+31612345678", record.Request.Contact.Address);
    }

    /// <summary>
    /// A request a staff member claimed can still be withdrawn: the staff page says above it that it was withdrawn and nobody
    /// should call, shows no number any more and no buttons; the overview marks it; the Teams card says so and offers no close.
    /// </summary>
    [Theory]
    [InlineData("nl-NL", "ik wil mijn verzoek intrekken")]
    [InlineData("en-GB", "withdraw my request")]
    public async Task A_claimed_request_withdrawn_in_the_chat_is_shown_as_withdrawn_to_the_claimer(string locale, string withdraw)
    {
        var host = _hosts.StartWithLocalUsers();
        var conversation = await HostedConversation.StartedAsync(host.Services, locale);
        await conversation.SayEachAsync(Sent(locale));
        using var anna = await StaffClient.SignedInAsync(host, "anna");
        var sent = Assert.Single(await ConsultationHost.RecordsAsync(host));
        var (_, etag) = await anna.ReadAsync(sent.Id);
        Assert.True((await anna.PostAsync($"/staff/api/consultations/{sent.Id}/claim", etag)).IsSuccessStatusCode);

        await conversation.SayEachAsync(withdraw + "|" + (Dutch(locale) ? "ja" : "yes"));

        var page = System.Net.WebUtility.HtmlDecode(await anna.Http.GetStringAsync("/staff/requests/" + sent.Id));
        Assert.Contains("De persoon heeft deze hulpvraag ingetrokken in de chat", page, StringComparison.Ordinal);
        Assert.Contains("Neem geen contact op", page, StringComparison.Ordinal);
        Assert.Contains("Ingetrokken door de persoon (anna)", page, StringComparison.Ordinal);
        Assert.DoesNotContain("+31612345678", page, StringComparison.Ordinal);
        Assert.DoesNotContain("/close", page, StringComparison.Ordinal);
        var overview = System.Net.WebUtility.HtmlDecode(await anna.Http.GetStringAsync("/staff"));
        Assert.Contains("Ingetrokken: geen contact opnemen", overview, StringComparison.Ordinal);
        var record = Assert.Single(await ConsultationHost.RecordsAsync(host));
        var card = host.Services.GetRequiredService<StaffCard>().Build(record, DateTimeOffset.UtcNow).ToJsonString();
        Assert.Contains("Ingetrokken: geen contact opnemen", card, StringComparison.Ordinal);
        Assert.DoesNotContain(StaffCard.CloseVerb, card, StringComparison.Ordinal);
        Assert.DoesNotContain(StaffCard.ClaimVerb, card, StringComparison.Ordinal);
    }

    /// <summary>
    /// "kunnen ze me toch liever na 20 uur bellen?", a new number, or "ze hebben ook een baby trouwens" after sending is shown
    /// back and, after "ja", added to the request as the person's note with its time: staff read it on the staff page; the
    /// Teams card says only when it was added, never what.
    /// </summary>
    [Theory]
    [InlineData("nl-NL", "kunnen ze me toch liever na 20 uur bellen?", "ja")]
    [InlineData("nl-NL", "mijn nieuwe nummer is 0687654321", "ja")]
    [InlineData("nl-NL", "ze hebben ook een baby trouwens", "ja")]
    [InlineData("nl-NL", "oh trouwens, ze hebben ook een baby", "ja")]
    [InlineData("en-GB", "can they call me after 8pm instead?", "yes")]
    [InlineData("en-GB", "by the way they also have a baby", "yes")]
    [InlineData("en-GB", "they also have a baby by the way", "yes")]
    public async Task A_change_after_sending_is_added_to_the_request_as_the_persons_note(string locale, string change, string yes)
    {
        var host = _hosts.StartWithLocalUsers();
        var conversation = await HostedConversation.StartedAsync(host.Services, locale);
        await conversation.SayEachAsync(Sent(locale));

        var offered = Texts(await conversation.SayAsync(change));
        Assert.Contains(offered, text => text.Contains("\"" + change + "\"", StringComparison.Ordinal));
        var replies = Texts(await conversation.SayAsync(yes));

        Assert.Contains(replies, text => text.Contains(Dutch(locale) ? "Het staat nu bij je vraag" : "It is now added to your request", StringComparison.Ordinal));
        var record = Assert.Single(await ConsultationHost.RecordsAsync(host));
        var note = Assert.Single(record.Notes);
        Assert.Equal(change, note.Text);
        Assert.Equal(AuditActions.Person, note.Author);
        using var anna = await StaffClient.SignedInAsync(host, "anna");
        var page = System.Net.WebUtility.HtmlDecode(await anna.Http.GetStringAsync("/staff/requests/" + record.Id));
        Assert.Contains("de persoon zelf, in de chat: " + change, page, StringComparison.Ordinal);
        var card = host.Services.GetRequiredService<StaffCard>().Build(record, DateTimeOffset.UtcNow).ToJsonString();
        Assert.Contains("Aangevuld door de persoon", card, StringComparison.Ordinal);
        Assert.DoesNotContain(change, card, StringComparison.Ordinal);
    }

    /// <summary>"is het al opgepakt?" in Teams two hours after sending: received, and picked up once a staff member claimed it; no name.</summary>
    [Theory]
    [InlineData("nl-NL", "is het al opgepakt?", "is aangekomen bij Moviera", "heeft hem opgepakt")]
    [InlineData("en-GB", "has it been picked up yet?", "has arrived at Moviera", "has picked it up")]
    public async Task How_a_sent_request_stands_is_told_without_names(string locale, string asked, string received, string claimed)
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var host = _hosts.Start(services => services.AddSingleton<TimeProvider>(clock));
        var conversation = await HostedConversation.StartedAsync(host.Services, locale, "msteams");
        await conversation.SayEachAsync(Dutch(locale)
            ? "ik ben jongerenwerker, een jongen van 15 vertelt dat zijn vader hem slaat|ik wil dit met moviera overleggen|ja|ja|overslaan|overslaan|versturen"
            : "i'm a youth worker, a boy of 15 says his father hits him|i want to discuss this with moviera|yes|yes|skip|skip|send");
        var record = Assert.Single(await ConsultationHost.RecordsAsync(host));
        clock.Advance(TimeSpan.FromHours(2));
        await host.Services.GetRequiredService<StateExpirySweep>().SweepOnceAsync();

        Assert.Contains(Texts(await conversation.SayAsync(asked)), text => text.Contains(record.Reference + " " + received, StringComparison.Ordinal) || text.Contains(received, StringComparison.Ordinal));
        var desk = host.Services.GetRequiredService<StaffDesk>();
        var stored = (await host.Services.GetRequiredService<IConsultationStore>().GetAsync(record.Id, CancellationToken.None))!;
        await desk.ClaimAsync(record.Id, stored.ETag, "Mira Jansen", CancellationToken.None);
        var replies = Texts(await conversation.SayAsync(asked));

        Assert.Contains(replies, text => text.Contains(claimed, StringComparison.Ordinal));
        Assert.DoesNotContain(replies, text => text.Contains("Mira", StringComparison.Ordinal));
    }

    /// <summary>
    /// A day later the conversation is forgotten: "hallo, ik heb gisteren een verzoek gestuurd, is dat aangekomen?" gets a plain
    /// answer (the bot cannot see earlier conversations; the request stays with Moviera; ask them with the reference), with
    /// Veilig Thuis and 112, instead of the welcome's question as if nothing was asked.
    /// </summary>
    [Theory]
    [InlineData("nl-NL", "hallo, ik heb gisteren een verzoek gestuurd, is dat aangekomen?", "Ik kan eerdere gesprekken niet zien")]
    [InlineData("en-GB", "hi, i sent a request yesterday, did it arrive?", "I cannot see earlier conversations")]
    public async Task A_day_later_asking_about_the_request_is_answered_plainly(string locale, string asked, string said)
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var host = _hosts.Start(services => services.AddSingleton<TimeProvider>(clock));
        var conversation = await HostedConversation.StartedAsync(host.Services, locale);
        await conversation.SayEachAsync(Sent(locale));
        clock.Advance(TimeSpan.FromHours(26));
        await host.Services.GetRequiredService<StateExpirySweep>().SweepOnceAsync();

        var replies = Texts(await conversation.SayAsync(asked));

        Assert.Contains(replies, text => text.Contains(said, StringComparison.Ordinal));
        Assert.Contains(replies, text => text.Contains("0800-2000", StringComparison.Ordinal) && text.Contains("112", StringComparison.Ordinal));
    }

    /// <summary>"wanneer bellen ze?" after sending: when, as DOMAIN.md says (a working day; the same working day when urgent), no other promise.</summary>
    [Theory]
    [InlineData("nl-NL", "wanneer bellen ze?", "Moviera neemt op een werkdag contact met je op, zo snel als het kan")]
    [InlineData("nl-NL", "hoe lang moet ik wachten", "Moviera neemt op een werkdag contact met je op, zo snel als het kan")]
    [InlineData("en-GB", "when will they call?", "Moviera contacts you on a working day, as soon as possible")]
    public async Task When_they_call_is_answered_after_sending(string locale, string asked, string said)
    {
        var host = _hosts.Start();
        var conversation = await HostedConversation.StartedAsync(host.Services, locale);
        await conversation.SayEachAsync(Sent(locale));

        var replies = Texts(await conversation.SayAsync(asked));

        Assert.Contains(replies, text => text.Contains(said, StringComparison.Ordinal));
    }

    /// <summary>
    /// Found by playing a victim who sent an urgent request: "when will they call?" is answered with this request's own time
    /// (the same working day), not "Is your request urgent? Then …" as if the bot did not know.
    /// </summary>
    [Theory]
    [InlineData("nl-NL", "het gaat over mezelf|mijn vriend slaat me soms|ik wil met iemand praten|ja|bellen|0612345678|alleen s ochtends|nee alleen ik|overslaan|versturen", "wanneer bellen ze?", "Moviera neemt dezelfde werkdag contact met je op.", "Is je vraag dringend?")]
    [InlineData("en-GB", "its about me|my bf hits me somtimes|i want to talk to somone|yes|phone|06 12345678|only mornings|no only me|skip|send", "when will they call", "Moviera contacts you the same working day.", "Is your request urgent?")]
    public async Task When_they_call_is_told_for_this_request(string locale, string sent, string asked, string said, string notSaid)
    {
        var host = _hosts.Start();
        var conversation = await HostedConversation.StartedAsync(host.Services, locale);
        await conversation.SayEachAsync(sent);
        Assert.Equal(TakeABreak.Signalering.Assessment.UrgencyLevel.Urgent, Assert.Single(await ConsultationHost.RecordsAsync(host)).Urgency);

        var replies = Texts(await conversation.SayAsync(asked));

        Assert.Contains(replies, text => text.Contains(said, StringComparison.Ordinal));
        Assert.DoesNotContain(replies, text => text.Contains(notSaid, StringComparison.Ordinal));
    }

    /// <summary>
    /// Found by playing: "actually im scared he sees it" after sending was read as a sign ("afraid or jumpy"). It is a worry
    /// about being contacted: nothing goes to him, and they can add a safe moment or withdraw the request here; 112 in danger.
    /// </summary>
    [Theory]
    [InlineData("nl-NL", "ik ben bang dat hij het ziet", "Er gaat niets naar hem", "Ik begrijp")]
    [InlineData("nl-NL", "wat als hij erachter komt", "Er gaat niets naar hem", "Ik begrijp")]
    [InlineData("en-GB", "actually im scared he sees it", "Nothing goes to him", "I understood")]
    [InlineData("en-GB", "what if he finds out", "Nothing goes to him", "I understood")]
    public async Task Afraid_that_he_sees_it_after_sending_is_answered_with_what_can_be_done(string locale, string afraid, string said, string notSaid)
    {
        var host = _hosts.Start();
        var conversation = await HostedConversation.StartedAsync(host.Services, locale);
        await conversation.SayEachAsync(Sent(locale));

        var replies = Texts(await conversation.SayAsync(afraid));

        Assert.Contains(replies, text => text.Contains(said, StringComparison.Ordinal) && text.Contains(Dutch(locale) ? "trek mijn vraag in" : "withdraw my request", StringComparison.Ordinal));
        Assert.DoesNotContain(replies, text => text.StartsWith(notSaid, StringComparison.Ordinal));
    }

    private static List<string> Texts(IReadOnlyList<TakeABreak.BotFramework.Schema.Activity> replies) => [.. replies.Select(reply => reply.Text ?? string.Empty)];

    public void Dispose() => _hosts.Dispose();
}
