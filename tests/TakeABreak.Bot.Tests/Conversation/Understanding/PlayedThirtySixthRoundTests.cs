using System.Text.RegularExpressions;

namespace TakeABreak.Bot.Tests.Conversation.Understanding;

/// <summary>
/// What playing whole typed conversations found in the thirty-sixth round: "she doesn't want me to tell anyone" read as
/// done at a checklist once an earlier answer there was not understood; the stop, goodbye and feedback endings saying
/// "type anything to start again" while a number or a question is answered without starting again; a relative who lives
/// with her, typed alone at "Over wie maak je je zorgen?", read as nobody; and, found by playing, a grandmother's
/// grandson who was no child, a request for a person after the end that started again from the welcome, and "i want
/// someone to contact me" read as a partner who controls contacts.
/// </summary>
public sealed class PlayedThirtySixthRoundTests(ConversationHostFixture fixture) : IClassFixture<ConversationHostFixture>
{
    /// <summary>
    /// Not being allowed to tell is answered at the signs and at the serious things alike, also after a word there that was
    /// not understood or already known: the list stays, it is not closed as if the writer were done.
    /// </summary>
    [Theory]
    [InlineData("nl-NL", "ik ben de buurvrouw|een stel|ik hoor vaak geschreeuw|klaar|vaak", "ze wil niet dat ik het aan iemand vertel", "ask_serious")]
    [InlineData("nl-NL", "ik ben de buurvrouw|een stel|ik zag een blauwe plek|klaar|vaak|hmm", "ik moest beloven niks te zeggen", "ask_serious")]
    [InlineData("nl-NL", "ik ben de buurvrouw|een stel|ik zag een blauwe plek|klaar|vaak|hmm", "ze wil dat ik het geheim houd", "ask_serious")]
    [InlineData("nl-NL", "ik ben de buurvrouw|een stel|hmm", "ze wil niet dat ik het aan iemand vertel", "ask_signals")]
    [InlineData("en-GB", "i am a neighbour|a couple|i often hear shouting|done|often", "she doesn't want me to tell anyone", "ask_serious")]
    [InlineData("en-GB", "i am a neighbour|a couple|i saw a bruise|done|often|hmm", "she wants me to keep it secret", "ask_serious")]
    [InlineData("en-GB", "i am a neighbour|a couple|hmm", "she doesn't want me to tell anyone", "ask_signals")]
    public async Task Not_being_allowed_to_tell_is_answered_at_either_checklist_and_does_not_close_it(string locale, string before, string said, string step)
    {
        var dutch = locale == "nl-NL";
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        await conversation.SayEachAsync(before);

        var replies = await conversation.SayAsync(said);

        Assert.Contains(replies, reply => reply.Text.StartsWith(dutch ? "Het is heel gewoon dat iemand bang is om het te vertellen." : "It is very common to be afraid to tell.", StringComparison.Ordinal));
        Assert.DoesNotContain(replies, reply => reply.Text.StartsWith(dutch ? "Ik ga verder met wat je tot nu toe vertelde." : "I will go on with what you have told me so far.", StringComparison.Ordinal));
        Assert.Equal(step, conversation.State.Top!.Step);
    }

    /// <summary>
    /// The endings (stop, goodbye, the feedback question answered) say which word starts again, and that word does: no
    /// "type anything", since a number or a question after the end is answered without starting again.
    /// </summary>
    [Theory]
    [InlineData("nl-NL", "webchat", "ik ben de buurvrouw|stop")]
    [InlineData("nl-NL", "webchat", "ik ben de buurvrouw|doei")]
    [InlineData("nl-NL", "webchat", "ik ben de buurvrouw|een stel|ik hoor vaak geschreeuw|klaar|nee|nee|4")]
    [InlineData("nl-NL", "msteams", "Signalen bespreken|stop")]
    [InlineData("en-GB", "webchat", "i am a neighbour|stop")]
    [InlineData("en-GB", "webchat", "i am a neighbour|thanks, bye")]
    [InlineData("en-GB", "webchat", "i am a neighbour|a couple|i often hear shouting|done|no|no|thanks")]
    public async Task The_ending_names_the_word_that_starts_again_and_that_word_does(string locale, string channel, string messages)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale, channel);
        var ending = (await conversation.SayEachAsync(messages))[^1].Text;
        Assert.Null(conversation.State.Top);

        Assert.DoesNotContain(locale == "nl-NL" ? "Typ iets" : "Type something", ending, StringComparison.Ordinal);
        var named = Regex.Matches(ending, "'([^']+)'").Select(match => match.Groups[1].Value).ToList();
        Assert.NotEmpty(named);
        foreach (var word in named)
        {
            var again = await TypedConversation.StartedAsync(fixture.Host.Services, locale, channel);
            await again.SayEachAsync(messages);

            var replies = await again.SayAsync(word);

            Assert.NotNull(again.State.Top);
            Assert.Equal(conversation.Turns[0][^1].Text, replies[^1].Text);
        }
    }

    /// <summary>
    /// A relative who lives with her, typed alone at "Over wie maak je je zorgen?": she has her own home and someone of the
    /// family moved in with her. Of the options, "Een oudere" is the one about someone who lives with a person (its own
    /// words for a writer it happens to: "Iemand die voor mij zorgt of bij mij woont"); a partner is not meant, nor a child.
    /// </summary>
    [Theory]
    [InlineData("nl-NL", "ik ben de buurvrouw", "haar oom woont bij haar")]
    [InlineData("nl-NL", "ik ben de buurman", "haar neef is bij haar ingetrokken")]
    [InlineData("nl-NL", "ik ben de buurvrouw", "haar broer woont bij haar en hij slaat haar")]
    [InlineData("en-GB", "i am a neighbour", "her uncle lives with her")]
    [InlineData("en-GB", "i am a neighbour", "her nephew moved in with her")]
    [InlineData("en-GB", "i am a neighbour", "her brother lives with her and he shouts at her")]
    public async Task A_relative_who_moved_in_with_her_is_the_older_persons_case_which_is_about_whoever_lives_with_her(string locale, string role, string about)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        await conversation.SayAsync(role);

        await conversation.SayAsync(about);

        Assert.Equal(["older_person"], conversation.State.Values.GetValueOrDefault("about") ?? []);
    }

    /// <summary>Where the message says she is young, the relative who lives with her makes it a child, as before.</summary>
    [Theory]
    [InlineData("nl-NL", "ik ben de buurvrouw", "een meisje van 12, haar oom woont bij haar")]
    [InlineData("nl-NL", "ik ben de buurvrouw", "haar oom woont bij haar, het is een jongen van 10")]
    [InlineData("en-GB", "i am a neighbour", "a girl of 13, her uncle lives with her")]
    public async Task A_relative_who_lives_with_a_young_girl_is_about_a_child(string locale, string role, string about)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        await conversation.SayAsync(role);

        await conversation.SayAsync(about);

        Assert.Equal(["child"], conversation.State.Values.GetValueOrDefault("about") ?? []);
    }

    [Theory]
    [InlineData("nl-NL", "ik ben de buurvrouw", "ze is 14 en haar oom woont bij haar")]
    [InlineData("en-GB", "i am a neighbour", "she is 15 and her uncle lives with her")]
    public async Task A_relative_who_lives_with_a_girl_of_an_age_under_18_is_no_older_persons_case(string locale, string role, string about)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        await conversation.SayAsync(role);

        await conversation.SayAsync(about);

        Assert.DoesNotContain("older_person", conversation.State.Values.GetValueOrDefault("about") ?? []);
    }

    /// <summary>A sister or daughter who lives with her boyfriend is about a partner: the boyfriend is no relative who moved in.</summary>
    [Theory]
    [InlineData("nl-NL", "ik maak me zorgen om mijn zus", "mijn zus woont bij haar vriend en hij slaat haar")]
    [InlineData("nl-NL", "ik maak me zorgen om mijn nicht", "mijn nicht woont bij haar man, hij schreeuwt de hele dag")]
    [InlineData("en-GB", "i'm worried about my sister", "my sister lives with her boyfriend and he hits her")]
    public async Task A_relative_who_lives_with_her_boyfriend_is_about_a_partner(string locale, string role, string about)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        await conversation.SayAsync(role);

        await conversation.SayAsync(about);

        Assert.Equal(["partner"], conversation.State.Values.GetValueOrDefault("about") ?? []);
    }

    /// <summary>
    /// A grandparent's own grandchild is a child: the grandmother's worry about her grandson of 7 is about a child, also
    /// when her son-in-law is named later; not only a partner.
    /// </summary>
    [Theory]
    [InlineData("nl-NL", "hallo ik ben oma en ik maak me zorgen over mijn kleinzoon|hij heeft vaak blauwe plekken en hij wil niet naar huis als ik hem ophaal|mijn schoonzoon drinkt en schreeuwt veel")]
    [InlineData("nl-NL", "ik maak me zorgen om mijn kleindochter|ze is zo stil de laatste tijd")]
    [InlineData("en-GB", "hi, i'm a grandmother and i'm worried about my grandson|he has bruises a lot and doesn't want to go home|my son in law drinks and shouts a lot")]
    public async Task A_grandparents_own_grandchild_is_a_child(string locale, string messages)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);

        await conversation.SayEachAsync(messages);

        Assert.Equal(["family_friend"], conversation.State.Values.GetValueOrDefault("role") ?? []);
        Assert.Contains("child", conversation.State.Values.GetValueOrDefault("about") ?? []);
        Assert.DoesNotContain("older_person", conversation.State.Values.GetValueOrDefault("about") ?? []);
    }

    /// <summary>Someone else's grandchild makes her a grandmother: "haar kleinzoon pakt haar pinpas" is about an older person.</summary>
    [Theory]
    [InlineData("nl-NL", "ik ben de buurvrouw", "haar kleinzoon pakt steeds haar pinpas")]
    [InlineData("nl-NL", "ik ben de buurman", "haar kleindochter schreeuwt tegen haar")]
    [InlineData("en-GB", "i am a neighbour", "her grandson keeps taking her bank card")]
    public async Task Someone_elses_grandchild_makes_her_an_older_person(string locale, string role, string about)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        await conversation.SayAsync(role);

        await conversation.SayAsync(about);

        Assert.Equal(["older_person"], conversation.State.Values.GetValueOrDefault("about") ?? []);
    }

    /// <summary>A grandmother writing about herself is no young person at home when she names her grandson.</summary>
    [Theory]
    [InlineData("nl-NL", "mijn kleinzoon woont bij mij en hij pakt steeds geld uit mijn portemonnee")]
    [InlineData("en-GB", "my grandson keeps taking money out of my purse")]
    public async Task A_grandmother_writing_about_herself_is_no_young_person_at_home(string locale, string story)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);

        await conversation.SayAsync(story);

        Assert.DoesNotContain("child", conversation.State.Values.GetValueOrDefault("about") ?? []);
    }

    /// <summary>
    /// Asking for a person once the conversation has ended (stop, goodbye, the feedback answered) begins the request, as
    /// the welcome promises ("Je kunt altijd … 'mens spreken' typen"), instead of the welcome again.
    /// </summary>
    [Theory]
    [InlineData("nl-NL", "ik ben de buurvrouw|stop", "ik wil een mens spreken")]
    [InlineData("nl-NL", "ik ben 15 mn stiefvader slaat mn moeder|klaar|vaak|nee|4", "ik wil met iemand prate")]
    [InlineData("nl-NL", "ik ben de buurvrouw|doei", "mens spreken")]
    [InlineData("en-GB", "i am a neighbour|stop", "i want to talk to a person")]
    [InlineData("en-GB", "i am a neighbour|a couple|i often hear shouting|done|no|no|thanks", "can someone call me")]
    public async Task Asking_for_a_person_after_the_end_begins_the_request(string locale, string before, string ask)
    {
        var dutch = locale == "nl-NL";
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        await conversation.SayEachAsync(before);
        Assert.Null(conversation.State.Top);

        var replies = await conversation.SayAsync(ask);

        Assert.Contains(replies, reply => reply.Text.StartsWith(dutch ? "Ik ben een digitale assistent, geen mens." : "I am a digital assistant, not a person.", StringComparison.Ordinal));
        Assert.DoesNotContain(replies, reply => reply.Text.StartsWith(dutch ? "Hallo. Ik ben" : "Hello. I am", StringComparison.Ordinal));
        Assert.NotNull(conversation.State.Top);
    }

    /// <summary>
    /// "i want someone to contact me" asks for a person (Moviera contacts you), also at the feedback question; it is no
    /// partner who decides whom she sees.
    /// </summary>
    [Theory]
    [InlineData("en-GB", "i am a neighbour", "i want someone to contact me")]
    [InlineData("en-GB", "its about me, my husband hits me|done|often|no|no", "i want someone to contact me but not by phone, he checks it")]
    [InlineData("en-GB", "its about me, my husband hits me", "i'd like someone from moviera to contact me")]
    [InlineData("nl-NL", "ik ben de buurvrouw", "ik wil dat iemand contact met mij opneemt")]
    [InlineData("nl-NL", "het gaat over mij, mijn man slaat me|klaar|vaak|nee|nee", "kan iemand van moviera contact met me opnemen?")]
    public async Task Wanting_someone_to_contact_me_asks_for_a_person(string locale, string before, string ask)
    {
        var dutch = locale == "nl-NL";
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        await conversation.SayEachAsync(before);

        var replies = await conversation.SayAsync(ask);

        Assert.Contains(replies, reply => reply.Text.StartsWith(dutch ? "Ik ben een digitale assistent, geen mens." : "I am a digital assistant, not a person.", StringComparison.Ordinal));
        Assert.DoesNotContain("controls_contacts", conversation.State.Values.GetValueOrDefault("signals") ?? []);
    }

    [Theory]
    [InlineData("en-GB", "its about me", "he won't let my friends contact me")]
    [InlineData("nl-NL", "het gaat over mij", "mijn vriend bepaalt met wie ik contact heb")]
    public async Task A_partner_who_keeps_friends_away_still_controls_contacts(string locale, string before, string story)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        await conversation.SayEachAsync(before);

        await conversation.SayAsync(story);

        Assert.Contains("controls_contacts", conversation.State.Values.GetValueOrDefault("signals") ?? []);
    }

    /// <summary>
    /// A young person afraid of being hit too ("ik ben bang dat hij mij ook gaat slaan") tells a fear, not that it happens
    /// to them already: no "Het gebeurt dus ook bij jou".
    /// </summary>
    [Theory]
    [InlineData("nl-NL", "ik ben 15 mn stiefvader slaat mn moeder|ja vaak", "ik ben bang dat hij mij ook gaat slaan")]
    [InlineData("nl-NL", "ik ben 14, mijn vader slaat mijn moeder", "ik ben bang dat hij mij straks ook slaat")]
    [InlineData("en-GB", "im 15, my stepdad hits my mum|often", "im scared he'll hit me too")]
    [InlineData("en-GB", "im 15, my stepdad hits my mum", "i'm afraid he is going to hit me too")]
    public async Task A_fear_of_being_hit_too_is_not_said_back_as_happening_already(string locale, string before, string fear)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        await conversation.SayEachAsync(before);

        var replies = await conversation.SayAsync(fear);

        Assert.DoesNotContain(replies, reply => reply.Text.Contains(locale == "nl-NL" ? "Het gebeurt dus ook bij jou" : "So it happens to you too", StringComparison.Ordinal));
    }
}
