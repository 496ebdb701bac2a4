namespace TakeABreak.Bot.Tests.Conversation.Understanding;

/// <summary>
/// What playing professionals (a GP, a teacher, a wijkteam worker, a home care nurse, a volunteer) typing their own sentences
/// found in the forty-seventh round, in Teams and in the widget: "wat vraagt de meldcode nu van mij?" got only what the Meldcode
/// is, "wat moet ik precies opschrijven?" and "kan ik overleggen zonder naam te noemen?" were not understood, "moet ik dit
/// melden?" with a case got the general answer, and a young person at home kept the role of a relative.
/// </summary>
public sealed class PlayedFortySeventhRoundTests(ConversationHostFixture fixture) : IClassFixture<ConversationHostFixture>
{
    private static bool Dutch(string locale) => locale == "nl-NL";

    private static string Texts(IEnumerable<TakeABreak.BotFramework.Schema.Activity> replies) => string.Join("\n", replies.Select(reply => reply.Text ?? ""));

    private static string WhatTheMeldcodeIs(string locale) =>
        Dutch(locale) ? "De Meldcode huiselijk geweld en kindermishandeling is voor professionals" : "The Meldcode for domestic violence and child abuse is for professionals";

    /// <summary>A GP in Teams who told of a patient's bruises, at the signs.</summary>
    private async Task<HostedConversation> GeneralPractitionerInTeamsAsync(string locale)
    {
        var conversation = await HostedConversation.StartedAsync(fixture.Host.Services, locale, "msteams");
        await conversation.SayEachAsync(Dutch(locale)
            ? "ik ben huisarts|ik heb een patiënte met blauwe plekken op haar armen, ze zegt dat ze gevallen is maar ik geloof het niet"
            : "i'm a GP|i have a patient with bruises on her arms, she says she fell but i don't believe it");
        return conversation;
    }

    /// <summary>
    /// "Wat vraagt de meldcode nu van mij?" after telling signs says where the professional is: step 1 (map the signs, with
    /// dates), then step 2 (a colleague, Veilig Thuis if needed; a doctor always asks Veilig Thuis), not what the Meldcode is.
    /// </summary>
    [Theory]
    [InlineData("nl-NL", "wat vraagt de meldcode nu van mij?")]
    [InlineData("nl-NL", "waar sta ik nu in de meldcode?")]
    [InlineData("en-GB", "what does the meldcode require of me now?")]
    [InlineData("en-GB", "which step am i at?")]
    public async Task What_the_Meldcode_asks_now_says_the_step_after_signs_were_told(string locale, string asked)
    {
        var conversation = await GeneralPractitionerInTeamsAsync(locale);

        var replies = Texts(await conversation.SayAsync(asked));

        Assert.Contains(Dutch(locale) ? "Dan sta je bij stap 1" : "Then you are at step 1", replies, StringComparison.Ordinal);
        Assert.Contains(Dutch(locale) ? "Daarna komt stap 2" : "Then comes step 2", replies, StringComparison.Ordinal);
        Assert.Contains("KNMG", replies, StringComparison.Ordinal);
        Assert.DoesNotContain(WhatTheMeldcodeIs(locale), replies, StringComparison.Ordinal);
    }

    /// <summary>A child who told the teacher themselves: write down the child's words, ask Veilig Thuis, and in step 5 that counts as acute.</summary>
    [Theory]
    [InlineData("nl-NL", "ik ben juf van groep 3|een meisje uit mijn klas vertelde vandaag dat papa haar slaat", "wat vraagt de meldcode nu van mij?", "telt dat als acute onveiligheid")]
    [InlineData("en-GB", "i'm a teacher|a girl in my class told me today that her dad hits her", "what does the meldcode require of me now?", "that counts as acute unsafety")]
    public async Task What_the_Meldcode_asks_now_after_a_childs_disclosure_says_it_counts_as_acute(string locale, string before, string asked, string acute)
    {
        var conversation = await HostedConversation.StartedAsync(fixture.Host.Services, locale, "webchat");
        await conversation.SayEachAsync(before);

        var replies = Texts(await conversation.SayAsync(asked));

        Assert.Contains(acute, replies, StringComparison.Ordinal);
        Assert.DoesNotContain(WhatTheMeldcodeIs(locale), replies, StringComparison.Ordinal);
    }

    /// <summary>
    /// Nothing told yet: a professional gets the steps, as "wat zegt de meldcode?" does (once, also at the offer that the same
    /// message answers); a volunteer hears it is no legal duty for them, and where the steps begin.
    /// </summary>
    [Theory]
    [InlineData("nl-NL", "webchat", "ik werk in het wijkteam|wat vraagt de meldcode van mij?", "1. Breng de signalen in kaart.")]
    [InlineData("en-GB", "msteams", "i'm a teacher|what does the meldcode require of me?", "1. Map the signs.")]
    [InlineData("nl-NL", "webchat", "ik ben vrijwilliger bij de voetbalclub|wat vraagt de meldcode van mij?", "De Meldcode begint bij stap 1")]
    public async Task What_the_Meldcode_asks_with_nothing_told_says_where_it_begins(string locale, string channel, string said, string begins)
    {
        var conversation = await HostedConversation.StartedAsync(fixture.Host.Services, locale, channel);

        var replies = Texts(await conversation.SayEachAsync(said));

        Assert.Single(replies.Split('\n'), line => line.Contains(begins, StringComparison.Ordinal));
    }

    /// <summary>
    /// "Wat moet ik precies opschrijven?" is step 1: what you saw and heard with dates, the words used, facts apart from what you
    /// think; the signs stay open.
    /// </summary>
    [Theory]
    [InlineData("nl-NL", "wat moet ik precies opschrijven?", "Houd feiten en je eigen uitleg apart.")]
    [InlineData("nl-NL", "hoe moet ik dit vastleggen", "Houd feiten en je eigen uitleg apart.")]
    [InlineData("en-GB", "what exactly should I write down?", "Keep facts and your own interpretation apart.")]
    [InlineData("en-GB", "how do i document this", "Keep facts and your own interpretation apart.")]
    public async Task What_to_write_down_is_answered_with_step_one(string locale, string asked, string factsApart)
    {
        var conversation = await GeneralPractitionerInTeamsAsync(locale);

        var replies = await conversation.SayAsync(asked);

        var answer = Assert.Single(replies, reply => (reply.Text ?? "").Contains(factsApart, StringComparison.Ordinal));
        Assert.Contains(Dutch(locale) ? "de datum" : "the date", answer.Text, StringComparison.Ordinal);
        Assert.Contains(Dutch(locale) ? "eigen woorden" : "own words", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(replies, reply => (reply.Text ?? "").Contains(Dutch(locale) ? "begrijp ik niet" : "do not quite understand", StringComparison.Ordinal));
    }

    /// <summary>A neighbour who asks what to write down hears the same without the Meldcode's step.</summary>
    [Theory]
    [InlineData("nl-NL", "ik ben de buurvrouw|een stel|wat moet ik opschrijven?", "Schrijf op wat je zag en hoorde")]
    [InlineData("en-GB", "i am a neighbour|a couple|what should i write down?", "Write down what you saw and heard")]
    public async Task A_neighbour_who_asks_what_to_write_down_hears_it_without_the_Meldcode(string locale, string said, string answer)
    {
        var conversation = await HostedConversation.StartedAsync(fixture.Host.Services, locale, "webchat");

        var replies = Texts(await conversation.SayEachAsync(said));

        Assert.Contains(answer, replies, StringComparison.Ordinal);
        Assert.DoesNotContain(Dutch(locale) ? "stap 1" : "step 1", replies, StringComparison.Ordinal);
    }

    private static string LivesAtHomeQuestion(string locale) =>
        Dutch(locale) ? "Woon je zelf bij hen thuis? En ben je jonger dan 18?" : "Do you live with them yourself? And are you under 18?";

    /// <summary>
    /// A young person at home who first read as a relative ("mijn stiefvader slaat mijn moeder", then "ja ik ben 15") goes on as
    /// the young person it is about, as "ik ben 15 en mijn stiefvader slaat mijn moeder" does at once: the checklist for
    /// someone it happens to ("Wat gebeurt er bij jou?"), no longer a relative's.
    /// </summary>
    [Theory]
    [InlineData("nl-NL", "mijn stiefvader slaat mijn moeder|ja ik ben 15", "Wat gebeurt er bij jou?")]
    [InlineData("en-GB", "my stepdad hits my mum|yes im 15", "What is happening to you?")]
    [InlineData("nl-NL", "papa slaat mama|15", "Wat gebeurt er bij jou?")]
    public async Task A_young_person_at_home_goes_on_as_the_young_person_not_as_a_relative(string locale, string said, string checklist)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);

        var replies = await conversation.SayEachAsync(said);

        Assert.Equal(["self"], conversation.State.Values["role"]);
        Assert.Equal(["child"], conversation.State.Values["about"]);
        Assert.Contains("child_hears_fighting", conversation.State.Values["signals"]);
        Assert.Contains(replies, reply => reply.Text.Contains(checklist, StringComparison.Ordinal));
    }

    /// <summary>
    /// A role of a relative chosen earlier ("familie") and then "ik ben 15 en mijn stiefvader slaat mijn moeder": the age was
    /// told, so the bot does not ask whether they are under 18, and goes on as the young person.
    /// </summary>
    [Theory]
    [InlineData("nl-NL", "familie", "ik ben 15 en mijn stiefvader slaat mijn moeder")]
    [InlineData("nl-NL", "ik ben familie", "ik ben 14, mijn vader slaat mijn moeder")]
    [InlineData("en-GB", "family", "im 15 and my stepdad hits my mum")]
    public async Task A_relative_by_the_first_answer_who_tells_a_young_age_and_the_parents_is_not_asked_again(string locale, string role, string story)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        await conversation.SayAsync(role);

        var replies = await conversation.SayAsync(story);

        Assert.DoesNotContain(replies, reply => reply.Text == LivesAtHomeQuestion(locale));
        Assert.Equal(["self"], conversation.State.Values["role"]);
        Assert.Equal(["child"], conversation.State.Values["about"]);
        Assert.Single(conversation.AllTexts, text => text.Contains("0800-0432", StringComparison.Ordinal));
    }

    /// <summary>The young person's request to Moviera says who asks: a young person, not a relative.</summary>
    [Fact]
    public async Task A_young_person_at_home_who_asks_for_someone_is_no_relative_in_the_request()
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, "nl-NL");
        await conversation.SayEachAsync("mijn stiefvader slaat mijn moeder|ja ik ben 15|klaar|vaak|nee");

        await conversation.SayAsync("ik wil iemand spreken");

        Assert.Equal(["self"], conversation.State.Values["role"]);
        Assert.Contains(conversation.AllTexts, text => text.Contains("De Kindertelefoon: 0800-0432", StringComparison.Ordinal));
    }

    private static string GeneralReportAnswer(string locale) =>
        Dutch(locale) ? "- Als professional volg je de Meldcode." : "- As a professional you follow the Meldcode.";

    /// <summary>
    /// "Moet ik dit melden?" with a case: the Meldcode's steps 4 and 5 in their order (acute or structural unsafety: a report;
    /// then help of one's own), and the steps before them; no threshold of the bot's own.
    /// </summary>
    [Theory]
    [InlineData("nl-NL", "moet ik dit melden?", "1. Is er acute of structurele onveiligheid? Dan is een melding bij Veilig Thuis nodig.")]
    [InlineData("en-GB", "do I have to report this?", "1. Is there acute or structural unsafety? Then a report to Veilig Thuis is needed.")]
    public async Task Must_I_report_this_with_a_case_follows_steps_four_and_five(string locale, string asked, string first)
    {
        var conversation = await GeneralPractitionerInTeamsAsync(locale);

        var replies = Texts(await conversation.SayAsync(asked));

        Assert.Contains(first, replies, StringComparison.Ordinal);
        Assert.Contains(Dutch(locale) ? "2. Kan ik daarnaast zelf hulp bieden of regelen?" : "2. Can I offer or organise help myself as well?", replies, StringComparison.Ordinal);
        Assert.Contains(Dutch(locale) ? "stap 4" : "step 4", replies, StringComparison.Ordinal);
        Assert.DoesNotContain(GeneralReportAnswer(locale), replies, StringComparison.Ordinal);
    }

    /// <summary>A child's own disclosure counts as acute in step 5: a report is needed, discussed with the parents first unless that endangers someone.</summary>
    [Theory]
    [InlineData("nl-NL", "ik ben juf van groep 3|een meisje uit mijn klas vertelde vandaag dat papa haar slaat|moet ik dit melden?", "dan is een melding bij Veilig Thuis nodig")]
    [InlineData("en-GB", "i'm a teacher|a girl in my class told me today that her dad hits her|do i have to report this?", "then a report to Veilig Thuis is needed")]
    public async Task Must_I_report_this_after_a_childs_disclosure_says_a_report_is_needed(string locale, string said, string needed)
    {
        var conversation = await HostedConversation.StartedAsync(fixture.Host.Services, locale, "webchat");

        var replies = Texts(await conversation.SayEachAsync(said));

        Assert.Contains(needed, replies, StringComparison.Ordinal);
        Assert.DoesNotContain(GeneralReportAnswer(locale), replies, StringComparison.Ordinal);
    }

    /// <summary>Without a case the general answer stays; strangulation told still adds what it means for the weighing.</summary>
    [Theory]
    [InlineData("nl-NL", "moet ik dit melden?")]
    [InlineData("en-GB", "do i have to report this?")]
    public async Task Must_I_report_without_a_case_keeps_the_general_answer(string locale, string asked)
    {
        var conversation = await HostedConversation.StartedAsync(fixture.Host.Services, locale, "msteams");
        await conversation.SayAsync(Dutch(locale) ? "ik ben leerkracht" : "i am a teacher");
        await conversation.SayAsync(Dutch(locale) ? "signalen bespreken" : "talk through signs");

        var replies = Texts(await conversation.SayAsync(asked));

        Assert.Contains(GeneralReportAnswer(locale), replies, StringComparison.Ordinal);
    }

    /// <summary>
    /// "Kan ik overleggen zonder naam te noemen?": yes, asking Veilig Thuis for advice can be anonymous and records nothing
    /// about the people; a report names them. The signs stay open.
    /// </summary>
    [Theory]
    [InlineData("nl-NL", "kan ik overleggen zonder naam te noemen?", "Ja. Advies vragen bij Veilig Thuis kan anoniem")]
    [InlineData("nl-NL", "moet ik de naam van de patiënt noemen als ik veilig thuis bel?", "Ja. Advies vragen bij Veilig Thuis kan anoniem")]
    [InlineData("en-GB", "can I consult without giving the name?", "Yes. Asking Veilig Thuis for advice can be anonymous")]
    [InlineData("en-GB", "can i ask veilig thuis for advice without names", "Yes. Asking Veilig Thuis for advice can be anonymous")]
    public async Task Consulting_without_a_name_is_possible_as_anonymous_advice(string locale, string asked, string answer)
    {
        var conversation = await GeneralPractitionerInTeamsAsync(locale);

        var replies = await conversation.SayAsync(asked);

        var said = Assert.Single(replies, reply => (reply.Text ?? "").StartsWith(answer, StringComparison.Ordinal));
        Assert.Contains(Dutch(locale) ? "bijna nooit anoniem" : "almost never report anonymously", said.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(replies, reply => (reply.Text ?? "").Contains(Dutch(locale) ? "Ik ga verder met wat je tot nu toe vertelde" : "I will go on with what you have told me so far", StringComparison.Ordinal));
    }

    /// <summary>A resident hears the same about advice, and that a resident may ask Veilig Thuis to keep their own name from the family.</summary>
    [Fact]
    public async Task A_neighbour_who_asks_to_consult_without_names_hears_about_advice_and_their_own_name()
    {
        var conversation = await HostedConversation.StartedAsync(fixture.Host.Services, "nl-NL", "webchat");
        await conversation.SayEachAsync("ik ben de buurvrouw|een stel");

        var replies = Texts(await conversation.SayAsync("kan ik advies vragen zonder namen te noemen?"));

        Assert.Contains("Ja. Advies vragen bij Veilig Thuis kan anoniem", replies, StringComparison.Ordinal);
        Assert.Contains("je eigen naam niet aan de familie", replies, StringComparison.Ordinal);
    }

    /// <summary>
    /// Found by playing a wijkteam worker and a GP in Teams: a mother who told the professional that her husband hits her, with
    /// her children named, was read as a child's own disclosure ("Het kind heeft je zelf verteld wat er gebeurt", acute unsafety
    /// in the estimate, and "een melding is dan nodig"). A grown-up telling about her own partner is partner violence.
    /// </summary>
    [Theory]
    [InlineData("nl-NL", "ik werk in het wijkteam", "de moeder vertelde me gisteren dat haar man haar soms slaat als hij gedronken heeft, de kinderen van 4 en 7 zijn dan thuis")]
    [InlineData("en-GB", "hello, GP here", "a woman i see in my practice told me her husband pushes her and checks her phone. she has two small kids")]
    public async Task A_mother_who_tells_of_her_husband_is_no_childs_own_disclosure(string locale, string role, string story)
    {
        var conversation = await HostedConversation.StartedAsync(fixture.Host.Services, locale, "msteams");
        await conversation.SayAsync(role);

        var replies = Texts(await conversation.SayAsync(story));

        Assert.DoesNotContain(Dutch(locale) ? "Het kind heeft je zelf verteld" : "The child told you themselves", replies, StringComparison.Ordinal);
        Assert.DoesNotContain(Dutch(locale) ? "Als een kind zelf over geweld vertelt" : "When a child tells", replies, StringComparison.Ordinal);
        Assert.Contains(Dutch(locale) ? "het gaat om een partner of ex-partner" : "it is about a partner or ex-partner", replies, StringComparison.Ordinal);
    }

    /// <summary>The sign stays for a child who told, and for the same story told by the child ("de leerling vertelde dat haar vader haar slaat").</summary>
    [Theory]
    [InlineData("nl-NL", "ik werk in het wijkteam|de moeder vertelde me dat haar man haar slaat, ze hebben twee kinderen", false)]
    [InlineData("en-GB", "i'm a GP|a woman told me that her husband hits her, they have a baby", false)]
    [InlineData("nl-NL", "ik ben leerkracht|een leerling vertelde vandaag dat haar vader haar slaat", true)]
    [InlineData("en-GB", "i'm a teacher|a pupil told me her dad hits her", true)]
    public async Task Only_a_childs_own_words_are_its_disclosure(string locale, string said, bool disclosure)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale, "msteams");

        await conversation.SayEachAsync(said);

        var signals = conversation.State.Values.GetValueOrDefault("signals") ?? [];
        Assert.Equal(disclosure, signals.Contains("tells_they_are_hurt"));
        Assert.Contains("physical_violence", signals);
    }

    /// <summary>
    /// Found by playing a GP in Teams and a teacher in the widget: "should i tell her i'm calling veilig thuis?" was answered with
    /// what Veilig Thuis is, "moet ik de ouders vertellen dat ik bel?" with "Dat weet ik al: signalen bespreken". Advice can be
    /// anonymous; a professional reports openly unless that endangers someone; a resident may keep their name from the family.
    /// </summary>
    [Theory]
    [InlineData("en-GB", "msteams", "hello, GP here|a woman i see in my practice told me her husband pushes her and checks her phone", "should i tell her i'm calling veilig thuis?", "As a professional you report openly")]
    [InlineData("nl-NL", "webchat", "hallo ik ben juf van groep 3|een meisje uit mijn klas zei vandaag dat papa mama pijn had gedaan", "moet ik de ouders vertellen dat ik bel?", "Als professional meld je open")]
    [InlineData("nl-NL", "webchat", "ik ben de buurvrouw|een stel|ik hoor vaak geschreeuw", "moet ik haar vertellen dat ik veilig thuis bel?", "om je naam niet aan de familie te vertellen")]
    public async Task Whether_to_tell_the_family_about_calling_Veilig_Thuis_is_answered(string locale, string channel, string before, string asked, string answer)
    {
        var conversation = await HostedConversation.StartedAsync(fixture.Host.Services, locale, channel);
        await conversation.SayEachAsync(before);

        var replies = Texts(await conversation.SayAsync(asked));

        Assert.Contains(answer, replies, StringComparison.Ordinal);
        Assert.Contains(Dutch(locale) ? "om advies? Dat kan anoniem" : "for advice? That can be anonymous", replies, StringComparison.Ordinal);
    }

    /// <summary>
    /// Found by playing a GP in Teams: "i already talked to a colleague about it" was read as "stalked" (a typo) and answered
    /// about stalking. Step 2 told as done: the next steps from step 3, and "what is my next step?" then begins there.
    /// </summary>
    [Theory]
    [InlineData("en-GB", "i already talked to a colleague about it", "what is my next step?", "The next step is step 3: talk with the client.")]
    [InlineData("nl-NL", "ik heb al overlegd met mijn collega", "wat is mijn volgende stap?", "De volgende stap is stap 3: praat met de cliënt.")]
    public async Task Consulting_told_as_done_goes_on_from_step_three(string locale, string told, string asked, string stepThree)
    {
        var conversation = await GeneralPractitionerInTeamsAsync(locale);

        var first = Texts(await conversation.SayAsync(told));
        var then = Texts(await conversation.SayAsync(asked));

        Assert.Contains(stepThree, first, StringComparison.Ordinal);
        Assert.DoesNotContain(Dutch(locale) ? "stalken" : "stalking", first, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(Dutch(locale) ? "volgen, lastigvallen" : "Following someone all the time", first, StringComparison.Ordinal);
        Assert.Contains(stepThree, then, StringComparison.Ordinal);
        Assert.DoesNotContain(Dutch(locale) ? "Dan sta je bij stap 1" : "Then you are at step 1", then, StringComparison.Ordinal);
    }

    /// <summary>
    /// Talking is no typo of stalking: "i talked to her about it" ticked "Someone is harassed, followed or stalked" and "we
    /// talked about it" was answered about stalking (found by playing a GP in Teams).
    /// </summary>
    [Theory]
    [InlineData("en-GB", "msteams", "hello, GP here|a woman i see in my practice told me her husband pushes her", "i talked to her about it")]
    [InlineData("en-GB", "msteams", "hello, GP here|a woman i see in my practice told me her husband pushes her", "we talked about it")]
    [InlineData("en-GB", "webchat", "i am a neighbour|a couple|i hear shouting", "i talked to her about it")]
    [InlineData("en-GB", "webchat", "i am a neighbour|a couple|i hear shouting", "we were talking about it")]
    public async Task Talking_is_no_typo_of_stalking(string locale, string channel, string before, string said)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale, channel);
        await conversation.SayEachAsync(before);

        var replies = await conversation.SayAsync(said);

        Assert.DoesNotContain("stalking", conversation.State.Values.GetValueOrDefault("signals") ?? []);
        Assert.DoesNotContain(replies, reply => reply.Text.Contains("stalked", StringComparison.Ordinal) || reply.Text.Contains("Following someone all the time", StringComparison.Ordinal));
    }

    /// <summary>
    /// Found by playing a teacher and a volunteer in the widget: "ik weet niet of het vaak gebeurt" after a story read as often
    /// got "Dat weet ik al: het gebeurt vaak", and "ik weet niet hoe vaak" at the signs "Dat begrijp ik niet goed". Saying how
    /// often is not known changes that answer (or gives it); "ik weet niet of ze hulp wil" says nothing about how often.
    /// </summary>
    [Theory]
    [InlineData("nl-NL", "ik ben de buurvrouw|een stel|ik hoor vaak geschreeuw", "ik weet niet hoe vaak", "frequency_unknown")]
    [InlineData("nl-NL", "hallo ik ben juf van groep 3|een meisje uit mijn klas komt steeds zonder ontbijt en vandaag zei ze dat papa mama pijn had gedaan", "ik weet niet of het vaak gebeurt", "frequency_unknown")]
    [InlineData("en-GB", "i am a neighbour|a couple|i hear shouting all the time", "not sure how often actually", "frequency_unknown")]
    [InlineData("nl-NL", "ik ben vrijwilliger bij het buurthuis|er komt een jongen van 10 die honger heeft en blauwe plekken", "ik weet niet hoe vaak", "frequency_unknown")]
    [InlineData("nl-NL", "ik ben de buurvrouw|een stel|ik hoor vaak geschreeuw", "ik weet niet of ze hulp wil", "frequency_often")]
    [InlineData("nl-NL", "ik ben de buurvrouw|een stel|ik hoor geschreeuw", "ik weet niet hoe vaak, wel elke week", "frequency_often")]
    public async Task Not_knowing_how_often_is_heard_and_kept(string locale, string before, string said, string frequency)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale, "webchat");
        await conversation.SayEachAsync(before);

        var replies = await conversation.SayAsync(said);

        Assert.Equal([frequency], conversation.State.Values.GetValueOrDefault("frequency") ?? []);
        Assert.DoesNotContain(replies, reply => reply.Text.StartsWith(Dutch(locale) ? "Dat weet ik al: het gebeurt vaak" : "I already know that: it happens often", StringComparison.Ordinal));
        Assert.DoesNotContain(replies, reply => reply.Text.StartsWith(Dutch(locale) ? "Dat begrijp ik niet goed" : "I do not quite understand", StringComparison.Ordinal));
    }
}
