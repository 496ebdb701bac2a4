namespace TakeABreak.Bot.Tests.Conversation.Understanding;

/// <summary>What the lead found playing the widget in session 31.</summary>
public sealed class PlayedThirtyFirstSessionTests(ConversationHostFixture fixture) : IClassFixture<ConversationHostFixture>
{
    /// <summary>
    /// A woman whose ex is on his way with a threat gets "Bel nu 112"; "ik durf niet te bellen" then gets who can call for her,
    /// and the conversation goes on past what her first message told, as "Verdergaan waar ik was" would: it does not ask again
    /// who she is right after saying it understood that.
    /// </summary>
    [Theory]
    [InlineData("nl-NL", "mijn ex appt net dat hij eraan komt en dat ik ervan ga lusten", "ik durf niet te bellen", "Durf je niet te bellen", "Wat past het best bij jou?", "Wat gebeurt er bij jou?")]
    [InlineData("en-GB", "my ex just texted that hes on his way and that ill pay for leaving him", "im scared to call", "Are you scared to call", "What fits you best?", "What is happening to you?")]
    public async Task Not_daring_to_call_after_Bel_nu_112_goes_on_past_what_the_first_message_told(string locale, string first, string said, string heard, string askedBefore, string next)
    {
        var conversation = await HostedConversation.StartedAsync(fixture.Host.Services, locale);
        var acute = await conversation.SayAsync(first);
        Assert.Contains(acute, reply => reply.Text is { } text && text.Contains("112", StringComparison.Ordinal));

        var replies = await conversation.SayAsync(said);

        Assert.Contains(replies, reply => reply.Text is { } text && text.StartsWith(heard, StringComparison.Ordinal));
        Assert.DoesNotContain(replies, reply => reply.Text is { } text && text.StartsWith(askedBefore, StringComparison.Ordinal));
        Assert.Contains(replies, reply => reply.Text is { } text && text.StartsWith(next, StringComparison.Ordinal));
    }

    /// <summary>A message just sent by the ex ("my ex just texted that hes on his way") is no partner checking the phone.</summary>
    [Theory]
    [InlineData("en-GB", "my ex just texted that hes on his way and that ill pay for leaving him", "checks my phone")]
    [InlineData("nl-NL", "mijn ex appt net dat hij eraan komt en dat ik ervan ga lusten", "controleert mijn telefoon")]
    public async Task A_message_just_sent_by_the_ex_is_no_partner_checking_the_phone(string locale, string first, string sign)
    {
        var conversation = await HostedConversation.StartedAsync(fixture.Host.Services, locale);
        await conversation.SayAsync(first);

        var replies = await conversation.SayAsync(locale == "nl-NL" ? "Verdergaan waar ik was" : "Go on where I was");

        Assert.Contains(replies, reply => reply.Text is { } text && (text.StartsWith("Ik begrijp", StringComparison.Ordinal) || text.StartsWith("I understood", StringComparison.Ordinal)));
        Assert.DoesNotContain(replies, reply => reply.Text is { } text && text.Contains(sign, StringComparison.Ordinal));
    }

    /// <summary>
    /// A woman who asks for contact, then gets scared while the request is being made and writes "delete my request", has
    /// nothing sent; before, it read "scared" as a sign and asked its next question.
    /// </summary>
    [Theory]
    [InlineData("en-GB", "my husband hits me", "i want to talk to someone from moviera", "yes", "email", "me@example.org", "skip", "actually im scared, delete my request", "Nothing was sent")]
    [InlineData("nl-NL", "mijn man slaat me", "ik wil met iemand van moviera praten", "ja", "mail", "ik@voorbeeld.nl", "overslaan", "ik ben toch bang, trek mijn verzoek in", "Er is niets verstuurd")]
    public async Task Deleting_the_request_while_it_is_made_sends_nothing(string locale, string first, string request, string consent, string way, string address, string moment, string taken, string heard)
    {
        var conversation = await HostedConversation.StartedAsync(fixture.Host.Services, locale);
        await conversation.SayAsync(first);
        await conversation.SayAsync(request);
        await conversation.SayAsync(consent);
        await conversation.SayAsync(way);
        await conversation.SayAsync(address);
        await conversation.SayAsync(moment);

        var replies = await conversation.SayAsync(taken);

        Assert.Contains(replies, reply => reply.Text is { } text && text.Contains(heard, StringComparison.Ordinal));
    }

    /// <summary>A bruise named by where it is ("een blauwe arm") or welts on her back are injuries, as "blauwe plekken" are.</summary>
    [Theory]
    [InlineData("nl-NL", "goedenavond, ik woon naast een ouder echtpaar. de laatste weken hoor ik hem vaak tegen haar schreeuwen en gisteren had ze een blauwe arm", "Verwondingen zonder duidelijke uitleg")]
    [InlineData("nl-NL", "ik ben huisarts. een patiente van 34 komt steeds met klachten, nu zag ik striemen op haar rug. haar man is er altijd bij.", "verwondingen zonder duidelijke uitleg")]
    [InlineData("en-GB", "im a nurse, a patient of 34 keeps coming back with complaints and today i saw welts on her back. her husband is always there", "injuries without a clear explanation")]
    public async Task A_bruise_named_by_where_it_is_or_welts_are_injuries(string locale, string first, string sign)
    {
        var conversation = await HostedConversation.StartedAsync(fixture.Host.Services, locale);

        var replies = await conversation.SayAsync(first);

        Assert.Contains(replies, reply => reply.Text is { } text && text.Contains(sign, StringComparison.OrdinalIgnoreCase));
    }
}
