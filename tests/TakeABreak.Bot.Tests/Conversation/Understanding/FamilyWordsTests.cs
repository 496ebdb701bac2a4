namespace TakeABreak.Bot.Tests.Conversation.Understanding;

/// <summary>
/// What people typed in the lead's tries of the seventh session: a teenager who gives their age, a child telling about
/// their parents, a professional telling that a mother is pushed by her son, "ik heb het al gezegd" at a list of signs.
/// </summary>
public sealed class FamilyWordsTests(ConversationHostFixture fixture) : IClassFixture<ConversationHostFixture>
{
    [Theory]
    [InlineData("nl-NL", "ik ben 14", "Kindertelefoon", "Wie doet jou pijn of maakt je bang?")]
    [InlineData("nl-NL", "ik ben pas 12 jaar", "0800-0432", "Wie doet jou pijn of maakt je bang?")]
    [InlineData("en-US", "i'm 15", "Kindertelefoon", "Who hurts you or makes you afraid?")]
    public async Task A_child_who_gives_their_age_hears_of_De_Kindertelefoon_and_goes_on(string locale, string message, string expected, string question)
    {
        var conversation = new TypedConversation(fixture.Host.Services, locale);
        await conversation.StartAsync();

        var replies = await conversation.SayAsync(message);

        Assert.Contains(replies, reply => reply.Text.Contains(expected, StringComparison.Ordinal));
        Assert.Contains(replies, reply => reply.Text.StartsWith(question, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("nl-NL", "ik ben 12 en mijn stiefvader slaat mijn moeder elke avond en ik ben bang")]
    [InlineData("en-US", "i'm 13 and my dad hits my mum when he's drunk")]
    public async Task A_child_telling_about_violence_at_home_is_on_the_path_for_people_it_happens_to(string locale, string story)
    {
        var conversation = new TypedConversation(fixture.Host.Services, locale);
        await conversation.StartAsync();

        await conversation.SayAsync(story);

        Assert.Equal(["self"], conversation.State.Values["role"]);
        Assert.Equal(["child"], conversation.State.Values["about"]);
    }

    [Theory]
    [InlineData("nl-NL", "ik ben leerkracht, een leerling van 9 vertelde vandaag dat papa mama slaat en dat hij dan onder zijn bed kruipt")]
    [InlineData("en-US", "i'm a teacher, a pupil of 9 told me today that his dad hits his mum and he hides under his bed")]
    public async Task A_pupil_telling_that_dad_hits_mum_is_a_child_who_witnesses_violence_at_home(string locale, string story)
    {
        var conversation = new TypedConversation(fixture.Host.Services, locale, channel: "msteams");
        await conversation.StartAsync();

        await conversation.SayAsync(story);

        Assert.Contains("child", conversation.State.Values["about"]);
        Assert.Contains("child_hears_fighting", conversation.State.Values["signals"]);
    }

    [Theory]
    [InlineData("en-US", "im worried about my mum, she's 78 and my brother lives with her")]
    [InlineData("en-US", "my gran is 84 yo and her carer shouts at her")]
    [InlineData("nl-NL", "ik maak me zorgen om mijn moeder, ze is 78 en mijn broer woont bij haar")]
    public async Task A_mother_of_seventy_eight_is_an_older_person(string locale, string story)
    {
        var conversation = new TypedConversation(fixture.Host.Services, locale);
        await conversation.StartAsync();

        await conversation.SayAsync(story);

        Assert.Contains("older_person", conversation.State.Values["about"]);
    }

    /// <summary>Typed on the published host in the eighth session: without a person type the bot gave up and gave no urgency.</summary>
    [Theory]
    [InlineData("nl-NL", "ik maak me zorgen om de buurvrouw, ik hoor hem elke avond tegen haar schreeuwen en gisteren hoorde ik haar gillen")]
    [InlineData("en-US", "i'm worried about the woman next door, i hear him yelling at her every night")]
    public async Task A_neighbour_who_hears_him_shouting_at_her_is_about_partners(string locale, string story)
    {
        var conversation = new TypedConversation(fixture.Host.Services, locale);
        await conversation.StartAsync();

        await conversation.SayAsync(story);

        Assert.Equal(["partner"], conversation.State.Values["about"]);
    }

    [Theory]
    [InlineData("nl-NL", "de buurman schreeuwt elke dag tegen zijn dochter")]
    [InlineData("en-US", "the man next door yells at his daughter every day")]
    public async Task A_father_shouting_at_his_daughter_is_about_a_child(string locale, string story)
    {
        var conversation = new TypedConversation(fixture.Host.Services, locale);
        await conversation.StartAsync();

        await conversation.SayAsync(story);

        Assert.Equal(["child"], conversation.State.Values["about"]);
    }

    [Theory]
    [InlineData("nl-NL", "ik ben 45")]
    [InlineData("en-US", "I am 30 years old")]
    public async Task An_adult_age_does_not_send_anyone_to_De_Kindertelefoon(string locale, string message)
    {
        var conversation = new TypedConversation(fixture.Host.Services, locale);
        await conversation.StartAsync();

        var replies = await conversation.SayAsync(message);

        Assert.DoesNotContain(replies, reply => reply.Text.Contains("0800-0432", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("nl-NL", "mijn vader slaat mijn moeder")]
    [InlineData("nl-NL", "papa schopt mama als hij boos is")]
    [InlineData("en-US", "my dad hits my mum")]
    public async Task A_child_telling_that_one_parent_hurts_the_other_is_about_partners(string locale, string message)
    {
        var conversation = new TypedConversation(fixture.Host.Services, locale);
        await conversation.StartAsync();

        await conversation.SayAsync(message);

        Assert.Equal(["partner"], conversation.State.Values["about"]);
    }

    [Fact]
    public async Task A_mother_pushed_by_her_son_of_sixteen_is_a_parent_harmed_by_a_child_not_a_child_in_danger()
    {
        var conversation = new TypedConversation(fixture.Host.Services, "nl-NL", channel: "msteams");
        await conversation.StartAsync();

        await conversation.SayAsync("een moeder vertelt me dat haar zoon van 16 haar duwt en dreigt");

        Assert.Equal(["parent_harmed_by_child"], conversation.State.Values["about"]);
        Assert.Contains("child_attacks_parent", conversation.State.Values["signals"]);
        Assert.Contains("child_threatens_parent", conversation.State.Values["signals"]);
    }

    [Theory]
    [InlineData("nl-NL", "partner", "ze heeft blauwe plekken", "ik heb het al gezegd", "Hoe vaak gebeurt het?")]
    [InlineData("en-US", "partner", "she has bruises", "I already told you", "How often does it happen?")]
    [InlineData("en-US", "partner", "she has bruises", "yeah", "How often does it happen?")]
    public async Task Saying_it_was_already_told_closes_the_list_of_signs(string locale, string story, string signs, string closing, string next)
    {
        var conversation = new TypedConversation(fixture.Host.Services, locale);
        await conversation.StartAsync();
        await conversation.SayAsync("1");
        await conversation.SayAsync(story);
        await conversation.SayAsync(signs);

        var replies = await conversation.SayAsync(closing);

        Assert.Contains(replies, reply => reply.Text.StartsWith(next, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("nl-NL", "bijna elke dag", "Hallo")]
    [InlineData("nl-NL", "zo goed als elke dag", "Hallo")]
    public async Task A_greeting_word_inside_a_sentence_is_not_a_greeting(string locale, string message, string greeting)
    {
        var conversation = new TypedConversation(fixture.Host.Services, locale);
        await conversation.StartAsync();
        await conversation.SayAsync("het gaat over mij");
        await conversation.SayAsync("partner");

        var replies = await conversation.SayAsync(message);

        Assert.DoesNotContain(replies, reply => reply.Text.StartsWith(greeting, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_sign_told_at_a_later_question_is_added_to_the_signs()
    {
        var conversation = new TypedConversation(fixture.Host.Services, "nl-NL");
        await conversation.StartAsync();
        await conversation.SayAsync("het gaat over mij");
        await conversation.SayAsync("mijn man");
        await conversation.SayAsync("hij scheldt me uit en ik ben bang");

        await conversation.SayAsync("soms ook slaan ja");

        Assert.Contains("physical_violence", conversation.State.Values["signals"]);
        Assert.Contains("fearful_or_jumpy", conversation.State.Values["signals"]);
        Assert.Equal(["frequency_sometimes"], conversation.State.Values["frequency"]);
    }

    [Fact]
    public async Task A_later_frequency_typed_at_the_serious_list_revises_the_earlier_one()
    {
        var conversation = new TypedConversation(fixture.Host.Services, "nl-NL");
        await conversation.StartAsync();
        await conversation.SayAsync("het gaat over mij");
        await conversation.SayAsync("mijn man");
        await conversation.SayAsync("hij scheldt me uit en ik ben bang");
        await conversation.SayAsync("soms");

        var replies = await conversation.SayAsync("bijna elke dag");

        Assert.Equal(["frequency_often"], conversation.State.Values["frequency"]);
        Assert.Contains(replies, reply => reply.Text.StartsWith("Ik pas je eerdere antwoord aan", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_sign_told_at_the_list_of_serious_things_is_added_and_that_list_is_asked_again()
    {
        var conversation = new TypedConversation(fixture.Host.Services, "en-US");
        await conversation.StartAsync();
        await conversation.SayAsync("i'm worried about my sister");
        await conversation.SayAsync("her husband yells at her and she has bruises");
        await conversation.SayAsync("every week");

        var replies = await conversation.SayAsync("he took her bank card too");

        Assert.Contains("controls_money", conversation.State.Values["signals"]);
        Assert.False(conversation.State.Values.ContainsKey("serious_factors"));
        Assert.Contains(replies, reply => reply.Text.StartsWith("Has any of these happened?", StringComparison.Ordinal));
    }

    // A plain "ik" stays unclear (TypedConversationTests.I_alone_is_not_about_myself): it may be a sentence sent too early.
    [Theory]
    [InlineData("nl-NL", "mij")]
    [InlineData("nl-NL", "ja ik")]
    [InlineData("en-US", "me")]
    public async Task A_plain_me_at_the_first_question_is_about_oneself(string locale, string message)
    {
        var conversation = new TypedConversation(fixture.Host.Services, locale);
        await conversation.StartAsync();

        await conversation.SayAsync(message);

        Assert.Equal(["self"], conversation.State.Values["role"]);
    }

    [Theory]
    [InlineData("nl-NL", "ik maak me zorgen om mijn buurvrouw", "neighbour")]
    [InlineData("en-US", "me and my wife worry about our neighbour", "neighbour")]
    public async Task I_or_me_inside_a_sentence_does_not_make_it_about_oneself(string locale, string message, string role)
    {
        var conversation = new TypedConversation(fixture.Host.Services, locale);
        await conversation.StartAsync();

        await conversation.SayAsync(message);

        Assert.Equal([role], conversation.State.Values["role"]);
    }

    [Theory]
    [InlineData("nee hij heeft geen wapens")]
    [InlineData("ja ze weet het niet")]
    public async Task A_yes_or_no_that_goes_on_about_someone_else_does_not_decide_the_consent(string message)
    {
        var conversation = new TypedConversation(fixture.Host.Services, "nl-NL");
        await conversation.StartAsync();
        await conversation.SayAsync("het gaat over mij");
        await conversation.SayAsync("mijn man");
        await conversation.SayAsync("ik ben bang voor hem");
        await conversation.SayAsync("vaak");
        await conversation.SayAsync("geen van deze");
        await conversation.SayAsync("ja");
        Assert.Contains(conversation.Turns[^1], reply => reply.Text.StartsWith("Vind je het goed dat we dit naar Moviera sturen?", StringComparison.Ordinal));

        var replies = await conversation.SayAsync(message);

        Assert.False(conversation.State.Values.ContainsKey("consultation_consent"));
        Assert.Contains(replies, reply => reply.Text.StartsWith("Vind je het goed dat we dit naar Moviera sturen?", StringComparison.Ordinal));
        await conversation.SayAsync("nee");
        Assert.Equal(["no"], conversation.State.Values["consultation_consent"]);
    }

    [Theory]
    [InlineData("nl-NL", "ik ben 14 en mijn vader slaat mijn moeder", "ik ben 14 en hij schreeuwt elke dag")]
    [InlineData("nl-NL", "ik ben 13 en mijn ouders hebben steeds ruzie", "ik ben 13 en ze schreeuwen elke dag")]
    [InlineData("en-US", "im 15 and my stepdad hits my mom", "i'm 15 and he yells every day")]
    public async Task A_child_who_gives_their_age_inside_a_story_hears_of_De_Kindertelefoon_once_and_the_story_is_read(string locale, string story, string more)
    {
        var conversation = new TypedConversation(fixture.Host.Services, locale);
        await conversation.StartAsync();

        var replies = await conversation.SayAsync(story);
        var later = await conversation.SayAsync(more);

        Assert.Single(replies, reply => reply.Text.Contains("0800-0432", StringComparison.Ordinal));
        Assert.Equal(["child"], conversation.State.Values["about"]);
        Assert.DoesNotContain(later, reply => reply.Text.Contains("0800-0432", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("nl-NL", "wat moet ik doen als de cliënt niet wil dat ik meld?", "Als professional meld je open")]
    [InlineData("en-US", "what if my client doesn't want me to report it", "As a professional you report openly")]
    public async Task A_professional_asking_about_reporting_against_the_clients_wish_hears_about_open_reporting(string locale, string question, string answer)
    {
        var conversation = new TypedConversation(fixture.Host.Services, locale, channel: "msteams");
        await conversation.StartAsync();
        await conversation.SayAsync("1");

        var replies = await conversation.SayAsync(question);

        Assert.Contains(replies, reply => reply.Text.StartsWith(answer, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_threat_told_after_the_advice_is_added_to_the_serious_things_and_the_question_is_asked_again()
    {
        var conversation = new TypedConversation(fixture.Host.Services, "en-US");
        await conversation.StartAsync();
        await conversation.SayAsync("my husband controls my money and checks my phone");
        await conversation.SayAsync("me");
        await conversation.SayAsync("every day");
        await conversation.SayAsync("none");

        var replies = await conversation.SayAsync("he says if i leave he will take the kids");

        Assert.Contains("threats_other", conversation.State.Values["serious_factors"]);
        Assert.Contains("separation_recent_or_planned", conversation.State.Values["serious_factors"]);
        Assert.Contains(replies, reply => reply.Text.StartsWith("Would you like to talk this through with someone from Moviera?", StringComparison.Ordinal));
    }
}
