using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using TakeABreak.Bot.Tests.Conversation;
using TakeABreak.Bot.Tests.Conversation.Understanding;
using TakeABreak.Bot.Tests.Staff;
using TakeABreak.Storage.Expiry;

namespace TakeABreak.Bot.Tests.Consultations;

/// <summary>
/// The consultation route played in the forty-third round: round 42's leftovers (a moment said with "maar", a moment typed
/// at the name question, "overslaan" at whether someone else can see the phone, a question about the data of the person
/// it is about, the staff page worded for staff) and coming back to the chat after a silence.
/// </summary>
public sealed class PlayedFortyThirdRoundTests : IDisposable
{
    private readonly ConsultationHost _hosts = new();

    private static bool Dutch(string locale) => locale == "nl-NL";

    /// <summary>
    /// "bellen maar alleen s avonds" at the way of contact keeps the moment itself ("alleen s avonds"), not the "maar" that
    /// joins it to the way: staff read "Veilig moment: alleen s avonds".
    /// </summary>
    [Theory]
    [InlineData("nl-NL", "bellen maar alleen s avonds", "alleen s avonds")]
    [InlineData("nl-NL", "bel me maar na 18 uur", "na 18 uur")]
    [InlineData("en-GB", "call me but only in the evening", "only in the evening")]
    [InlineData("en-GB", "phone is fine but not on weekends", "not on weekends")]
    public async Task A_moment_said_with_but_keeps_the_moment_itself(string locale, string answer, string moment)
    {
        var host = _hosts.Start();
        var conversation = await HostedConversation.StartedAsync(host.Services, locale);
        await conversation.SayEachAsync(Dutch(locale) ? "ik wil een mens spreken|ja" : "i want to talk to a person|yes");

        await conversation.SayEachAsync(answer + "|0612345678|" + (Dutch(locale) ? "overslaan|versturen" : "skip|send"));

        Assert.Equal(moment, Assert.Single(await ConsultationHost.RecordsAsync(host)).Request.Contact.SafeTime);
    }

    /// <summary>
    /// A moment typed at "Hoe mag Moviera je noemen?" ("alleen 's avonds na 19 uur") after the moment was skipped is kept as
    /// the moment, and the person hears so; no name is noted.
    /// </summary>
    [Theory]
    [InlineData("nl-NL", "alleen 's avonds na 19 uur")]
    [InlineData("nl-NL", "liefst doordeweeks")]
    [InlineData("en-GB", "only after 7pm")]
    [InlineData("en-GB", "weekday mornings")]
    public async Task A_moment_typed_at_the_name_question_is_kept_as_the_moment_and_no_name(string locale, string moment)
    {
        var host = _hosts.Start();
        var conversation = await HostedConversation.StartedAsync(host.Services, locale);
        await conversation.SayEachAsync(Dutch(locale)
            ? "ik wil een mens spreken|ja|e-mail|sanne@example.nl|overslaan"
            : "i want to talk to a person|yes|e-mail|sanne@example.nl|skip");

        var replies = Texts(await conversation.SayAsync(moment));

        Assert.Contains(replies, text => text.Contains(moment, StringComparison.Ordinal) && text.Contains(Dutch(locale) ? "moment" : "time", StringComparison.Ordinal));
        await conversation.SayAsync(Dutch(locale) ? "versturen" : "send");
        var contact = Assert.Single(await ConsultationHost.RecordsAsync(host)).Request.Contact;
        Assert.Equal(moment, contact.SafeTime);
        Assert.Null(contact.FirstName);
    }

    /// <summary>
    /// "overslaan", "skip", "weet ik niet" at "Kan iemand anders je telefoon of je mail zien?" is no answer: it is noted as not
    /// known and the name is asked next, instead of "Dat begrijp ik niet goed".
    /// </summary>
    [Theory]
    [InlineData("nl-NL", "overslaan")]
    [InlineData("nl-NL", "weet ik niet")]
    [InlineData("nl-NL", "sla maar over")]
    [InlineData("en-GB", "skip")]
    [InlineData("en-GB", "dont know")]
    [InlineData("en-GB", "idk")]
    public async Task Skipping_whether_someone_else_can_see_the_phone_goes_on_as_not_known(string locale, string skipped)
    {
        var host = _hosts.Start();
        var conversation = await HostedConversation.StartedAsync(host.Services, locale);
        await conversation.SayEachAsync(Dutch(locale)
            ? "het gaat over mijzelf|ik wil een mens spreken|ja|e-mail|sanne@example.nl|overslaan"
            : "it is about myself|i want to talk to a person|yes|e-mail|sanne@example.nl|skip");

        var replies = Texts(await conversation.SayAsync(skipped));

        Assert.StartsWith(Dutch(locale) ? "Hoe mag Moviera je noemen?" : "What may Moviera call you?", replies[^1], StringComparison.Ordinal);
        await conversation.SayEachAsync(Dutch(locale) ? "overslaan|versturen" : "skip|send");
        Assert.Null(Assert.Single(await ConsultationHost.RecordsAsync(host)).Request.Contact.OthersMaySee);
    }

    /// <summary>
    /// "de jongste zit soms s avonds laat nog buiten" / "the youngest is often out on the street late at night" about a child
    /// ticks the sign for hunger or neglect: a young child left without supervision does not get the care it needs.
    /// </summary>
    [Theory]
    [InlineData("nl-NL", "ik maak me zorgen om de kinderen van de buren, de jongste zit soms s avonds laat nog buiten", "honger of verwaarlozing")]
    [InlineData("nl-NL", "de kinderen van de buren zwerven vaak laat op straat zonder toezicht", "honger of verwaarlozing")]
    [InlineData("en-GB", "im worried about the kids next door, the youngest is often out on the street late at night", "hunger or neglect")]
    [InlineData("en-GB", "the neighbours children are left home alone a lot", "hunger or neglect")]
    public async Task A_young_child_left_without_supervision_is_a_sign_of_neglect(string locale, string story, string sign)
    {
        var host = _hosts.Start();
        var conversation = await HostedConversation.StartedAsync(host.Services, locale);

        var replies = Texts(await conversation.SayAsync(story));

        Assert.Contains(replies, text => text.StartsWith(Dutch(locale) ? "Ik begrijp:" : "I understood:", StringComparison.Ordinal) && text.Contains(sign, StringComparison.Ordinal));
    }

    /// <summary>
    /// "wat gebeurt er met de gegevens van de leerling?" at the consent question is answered with what Moviera gets and keeps
    /// about the person it is about, and the question comes again, instead of "Je vertelde al: een kind".
    /// </summary>
    [Theory]
    [InlineData("nl-NL", "wat gebeurt er met de gegevens van de leerling?")]
    [InlineData("nl-NL", "en de privacy van het kind dan?")]
    [InlineData("en-GB", "what happens with the pupil's data?")]
    [InlineData("en-GB", "what about the child's privacy?")]
    public async Task Asking_about_the_data_of_the_person_it_is_about_at_the_consent_question_is_answered(string locale, string question)
    {
        var host = _hosts.Start();
        var conversation = await HostedConversation.StartedAsync(host.Services, locale);
        await conversation.SayEachAsync(Dutch(locale)
            ? "ik ben leerkracht, een leerling komt steeds met blauwe plekken op school|ik wil dit met iemand van Moviera overleggen"
            : "i'm a teacher, a pupil keeps coming to school with bruises|i want to discuss this with moviera");

        var replies = Texts(await conversation.SayAsync(question));

        Assert.Contains(replies, text => text.Contains(Dutch(locale) ? "over de persoon om wie het gaat" : "about the person it is about", StringComparison.Ordinal)
            && text.Contains(Dutch(locale) ? "gewist" : "erased", StringComparison.Ordinal));
        Assert.DoesNotContain(replies, text => text.StartsWith(Dutch(locale) ? "Je vertelde al" : "You already told me", StringComparison.Ordinal));
        Assert.Equal(Dutch(locale) ? "Vind je het goed dat we dit naar Moviera sturen?" : "Do you agree that we send this to Moviera?", replies[^1]);
    }

    /// <summary>
    /// "iets veranderen" / "change something" typed at the name question (the person heard they can add a name with it) is
    /// no name: staff never read "Naam: iets veranderen"; the summary question follows, where it can be chosen.
    /// </summary>
    [Theory]
    [InlineData("nl-NL", "iets veranderen")]
    [InlineData("en-GB", "change something")]
    public async Task Change_something_typed_at_the_name_question_is_no_name(string locale, string typed)
    {
        var host = _hosts.Start();
        var conversation = await HostedConversation.StartedAsync(host.Services, locale);
        await conversation.SayEachAsync(Dutch(locale)
            ? "ik wil een mens spreken|ja|e-mail|sanne@example.nl|overslaan"
            : "i want to talk to a person|yes|e-mail|sanne@example.nl|skip");

        var replies = Texts(await conversation.SayAsync(typed));

        Assert.StartsWith(Dutch(locale) ? "Klopt dit?" : "Is this right?", replies[^1], StringComparison.Ordinal);
        await conversation.SayAsync(Dutch(locale) ? "versturen" : "send");
        Assert.Null(Assert.Single(await ConsultationHost.RecordsAsync(host)).Request.Contact.FirstName);
    }

    /// <summary>
    /// On the staff page "Wat de persoon stuurde" is worded for staff ("Wie het is: Het gaat over de persoon zelf", "Eigen
    /// woorden van de persoon"), not as the person read it ("Dit sturen we naar Moviera: Wie je bent"), with the same facts.
    /// </summary>
    [Theory]
    [InlineData("nl-NL", "het gaat over mijzelf|ik wil een mens spreken|ja|e-mail|sanne@example.nl|alleen overdag|ja hij leest mee|overslaan|iets veranderen|mijn eigen woorden|hij is vaak boos|versturen")]
    [InlineData("en-GB", "it is about myself|i want to talk to a person|yes|e-mail|sanne@example.nl|only during the day|yes he reads along|skip|change something|my own words|he is often angry|send")]
    public async Task The_staff_page_shows_what_the_person_sent_worded_for_staff(string locale, string conversationTyped)
    {
        var host = _hosts.StartWithLocalUsers();
        var conversation = await HostedConversation.StartedAsync(host.Services, locale);
        await conversation.SayEachAsync(conversationTyped);
        var record = Assert.Single(await ConsultationHost.RecordsAsync(host));
        using var anna = await StaffClient.SignedInAsync(host, "anna");

        var html = System.Net.WebUtility.HtmlDecode(await anna.Http.GetStringAsync("/staff/requests/" + record.Id));

        Assert.Contains("Wie het is: Het gaat over de persoon zelf", html, StringComparison.Ordinal);
        Assert.Contains("Eigen woorden van de persoon: \"" + (Dutch(locale) ? "hij is vaak boos" : "he is often angry") + "\"", html, StringComparison.Ordinal);
        Assert.Contains("Kan iemand anders meekijken: Ja, iemand anders kan de telefoon of mail zien", html, StringComparison.Ordinal);
        Assert.Contains("sanne@example.nl", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Dit sturen we naar Moviera", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Wie je bent", html, StringComparison.Ordinal);
        Assert.DoesNotContain("mijzelf", html, StringComparison.Ordinal);
    }

    /// <summary>
    /// Someone who goes quiet at the consent question or at the way of contact and types again 15 minutes or an hour later
    /// goes on where they were: the answer is read as the answer to the question that was asked.
    /// </summary>
    [Theory]
    [InlineData("nl-NL", "ik wil een mens spreken", "00:15:00", "ja", "Hoe wil je dat Moviera contact met je opneemt?")]
    [InlineData("nl-NL", "ik wil een mens spreken|ja", "01:00:00", "bellen", "Wat is je telefoonnummer?")]
    [InlineData("en-GB", "i want to talk to a person", "01:00:00", "yes", "How would you like Moviera to contact you?")]
    [InlineData("en-GB", "i want to talk to a person|yes", "00:15:00", "phone", "What is your phone number?")]
    public async Task Coming_back_after_a_silence_of_an_hour_goes_on_where_it_was(string locale, string before, string silence, string answer, string next)
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var host = _hosts.Start(services => services.AddSingleton<TimeProvider>(clock));
        var conversation = await HostedConversation.StartedAsync(host.Services, locale);
        await conversation.SayEachAsync(before);
        clock.Advance(TimeSpan.Parse(silence, System.Globalization.CultureInfo.InvariantCulture));
        await host.Services.GetRequiredService<StateExpirySweep>().SweepOnceAsync();

        var replies = Texts(await conversation.SayAsync(answer));

        Assert.StartsWith(next, replies[^1], StringComparison.Ordinal);
    }

    /// <summary>
    /// A day after the last message what was told is forgotten (the conversation state expires): a request already sent stays
    /// with Moviera, and the next message starts the conversation afresh from the welcome.
    /// </summary>
    [Theory]
    [InlineData("nl-NL", "ik wil een mens spreken|ja|e-mail|sanne@example.nl|overslaan|overslaan|versturen", "hallo", "Wat past het best bij jou?")]
    [InlineData("en-GB", "i want to talk to a person|yes|e-mail|sanne@example.nl|skip|skip|send", "hello", "What fits you best?")]
    public async Task A_day_later_the_conversation_starts_afresh_and_the_request_already_sent_stays(string locale, string sent, string again, string firstQuestion)
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var host = _hosts.Start(services => services.AddSingleton<TimeProvider>(clock));
        var conversation = await HostedConversation.StartedAsync(host.Services, locale);
        await conversation.SayEachAsync(sent);
        clock.Advance(TimeSpan.FromHours(26));
        await host.Services.GetRequiredService<StateExpirySweep>().SweepOnceAsync();

        var replies = Texts(await conversation.SayAsync(again));

        Assert.StartsWith(firstQuestion, replies[^1], StringComparison.Ordinal);
        Assert.Equal("sanne@example.nl", Assert.Single(await ConsultationHost.RecordsAsync(host)).Request.Contact.Address);
    }

    /// <summary>
    /// Found by playing: "often" at the signs is no sign (not "often home alone"); "ik wil dat iemand van moviera me belt" at the
    /// offer is its yes; "what does moviera do with what i tell?" gets the privacy answer; "wie gaat dit oppakken en wanneer?"
    /// once the request is sent says who picks it up and when, instead of "Dat begrijp ik niet goed".
    /// </summary>
    [Theory]
    [InlineData("en-GB", "directline", "im worried about my grandchildren, their dad shouts at them a lot|often", "I understood: you noticed", false)]
    [InlineData("nl-NL", "directline", "ik maak me zorgen om mijn kleinkinderen, hun vader schreeuwt vaak tegen ze|vaak", "Ik begrijp: je merkte", false)]
    [InlineData("nl-NL", "directline", "ik maak me zorgen om de buurvrouw, ik hoor haar vriend vaak schreeuwen|klaar|nee|ik wil dat iemand van moviera me belt", "Vind je het goed dat we dit naar Moviera sturen?", true)]
    [InlineData("en-GB", "directline", "i want to talk to a person|what does moviera do with what i tell?", "only keep your answers for this conversation", true)]
    [InlineData("nl-NL", "msteams", "ik ben wijkverpleegkundige, een oudere mevrouw heeft blauwe plekken|ik wil dit met moviera overleggen|ja|ja|donderdag na 14 uur|overslaan|versturen|wie gaat dit oppakken en wanneer?", "Een medewerker van Moviera pakt je vraag op", true)]
    [InlineData("en-GB", "msteams", "i'm a district nurse, an older lady has bruises|i want to discuss this with moviera|yes|yes|thursday after 2 pm|skip|send|who will pick this up and when?", "A Moviera staff member picks up your request", true)]
    public async Task Found_by_playing_a_neighbour_a_grandmother_and_a_district_nurse(string locale, string channel, string typed, string said, bool expected)
    {
        var host = _hosts.Start();
        var conversation = await HostedConversation.StartedAsync(host.Services, locale, channel);

        var replies = Texts(await conversation.SayEachAsync(typed));

        Assert.Equal(expected, replies.Any(text => text.Contains(said, StringComparison.Ordinal)));
    }

    private static List<string> Texts(IReadOnlyList<TakeABreak.BotFramework.Schema.Activity> replies) => [.. replies.Select(reply => reply.Text ?? string.Empty)];

    public void Dispose() => _hosts.Dispose();
}
