using TakeABreak.Bot.Tests.Conversation;
using TakeABreak.Bot.Tests.Conversation.Understanding;

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

    private static List<string> Texts(IReadOnlyList<TakeABreak.BotFramework.Schema.Activity> replies) => [.. replies.Select(reply => reply.Text ?? string.Empty)];

    public void Dispose() => _hosts.Dispose();
}
