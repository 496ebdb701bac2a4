namespace TakeABreak.Bot.Tests.Conversation.Understanding;

/// <summary>
/// What playing professionals and residents typing their own sentences found in the forty-fifth round: a Meldcode step named
/// by its number or its subject not understood, "is dat normaal?" without a plain answer, a belt read as a weapon, and a
/// child's "mijn stiefvader slaat mijn moeder" read as a relative's worry without asking whether the writer lives at home.
/// </summary>
public sealed class PlayedFortyFifthRoundTests(ConversationHostFixture fixture) : IClassFixture<ConversationHostFixture>
{
    private static bool Dutch(string locale) => locale == "nl-NL";

    private static string StepText(string locale, int step) => Dutch(locale) ? $"Stap {step}: " : $"Step {step}: ";

    private static string NextStepQuestion(string locale) => Dutch(locale) ? "Verder naar de volgende stap?" : "On to the next step?";

    /// <summary>A professional in Teams at "Wil je de stappen één voor één zien?", after asking for the Meldcode.</summary>
    private async Task<HostedConversation> AtTheStepsOneByOneAsync(string locale)
    {
        var conversation = await HostedConversation.StartedAsync(fixture.Host.Services, locale, "msteams");
        var replies = await conversation.SayEachAsync(Dutch(locale) ? "ik ben leerkracht|de stappen van de meldcode" : "i'm a teacher|the steps of the meldcode");
        Assert.Contains(replies, reply => reply.Text == (Dutch(locale) ? "Wil je de stappen één voor één zien?" : "Would you like to see the steps one by one?"));
        return conversation;
    }

    /// <summary>
    /// At "Wil je de stappen één voor één zien?" a step named by its number or its subject ("stap 2", "alleen stap 3 graag",
    /// "wat is de afweging?") shows that step and offers the next one; the buttons stay Ja and Nee.
    /// </summary>
    [Theory]
    [InlineData("nl-NL", "stap 2", 2)]
    [InlineData("nl-NL", "alleen stap 3 graag", 3)]
    [InlineData("nl-NL", "wat is de afweging?", 4)]
    [InlineData("nl-NL", "de laatste stap", 5)]
    [InlineData("en-GB", "step 4 please", 4)]
    [InlineData("en-GB", "just step two", 2)]
    [InlineData("en-GB", "how do i weigh it?", 4)]
    public async Task A_step_named_at_the_steps_one_by_one_shows_that_step(string locale, string said, int step)
    {
        var conversation = await AtTheStepsOneByOneAsync(locale);

        var replies = await conversation.SayAsync(said);

        Assert.Contains(replies, reply => (reply.Text ?? "").StartsWith(StepText(locale, step), StringComparison.Ordinal));
        Assert.DoesNotContain(replies, reply => (reply.Text ?? "").StartsWith(StepText(locale, 1), StringComparison.Ordinal));
        if (step < 5)
        {
            var question = Assert.Single(replies, reply => reply.Text == NextStepQuestion(locale));
            Assert.Equal(2, question.SuggestedActions!.Actions.Count);
        }
    }

    /// <summary>At "Verder naar de volgende stap?" a step named goes to that step; "volgende" still goes one on.</summary>
    [Theory]
    [InlineData("nl-NL", "ja|stap 4", 4)]
    [InlineData("nl-NL", "ja|kun je stap 3 laten zien", 3)]
    [InlineData("nl-NL", "ja|volgende", 2)]
    [InlineData("en-GB", "yes|step 5", 5)]
    [InlineData("en-GB", "yes|next", 2)]
    public async Task A_step_named_at_the_next_step_question_shows_that_step(string locale, string said, int step)
    {
        var conversation = await AtTheStepsOneByOneAsync(locale);

        var replies = await conversation.SayEachAsync(said);

        Assert.Contains(replies, reply => (reply.Text ?? "").StartsWith(StepText(locale, step), StringComparison.Ordinal));
    }

    /// <summary>A number alone at the Ja/Nee question still means its button: "2" is no.</summary>
    [Fact]
    public async Task A_number_alone_at_the_steps_one_by_one_is_still_its_button()
    {
        var conversation = await AtTheStepsOneByOneAsync("nl-NL");

        var replies = await conversation.SayAsync("2");

        Assert.DoesNotContain(replies, reply => (reply.Text ?? "").StartsWith("Stap ", StringComparison.Ordinal));
    }

    /// <summary>
    /// "Is dat normaal?" after telling of hitting, threats or a partner who checks the phone or keeps the money begins with a
    /// plain "Nee, dit is niet normaal."; after only shouting heard, or nothing told, the answer is honest without it.
    /// </summary>
    [Theory]
    [InlineData("nl-NL", "het gaat over mij|mijn vriend slaat me soms", "is dat normaal?", true)]
    [InlineData("nl-NL", "mijn man kijkt steeds in mijn telefoon en ik krijg geen geld van hem", "is dat normaal?", true)]
    [InlineData("nl-NL", "ik ben de buurvrouw|een stel|klaar|nee|hij dreigt haar iets aan te doen", "is dit normaal", true)]
    [InlineData("en-GB", "my boyfriend threatens me and checks my phone", "is that normal?", true)]
    [InlineData("en-GB", "it is about me|my husband pushes me", "is this normal?", true)]
    [InlineData("nl-NL", "ik ben de buurvrouw|een stel|ik hoor soms ruzie", "is dat normaal?", false)]
    [InlineData("nl-NL", "hoi", "is dat normaal?", false)]
    [InlineData("en-GB", "i am a neighbour|a couple|i hear shouting sometimes", "is that normal?", false)]
    public async Task Is_this_normal_after_violence_or_control_is_answered_plainly_no(string locale, string before, string asked, bool plainNo)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        await conversation.SayEachAsync(before);

        var replies = await conversation.SayAsync(asked);

        var no = Dutch(locale) ? "Nee, dit is niet normaal." : "No, this is not normal.";
        var answer = Assert.Single(replies, reply => (reply.Text ?? "").Contains(Dutch(locale) ? "is niet normaal" : "is not normal", StringComparison.Ordinal));
        Assert.Equal(plainNo, answer.Text.StartsWith(no, StringComparison.Ordinal));
    }

    /// <summary>Asked in the same message as the story, the plain answer is said once, without the general one after it.</summary>
    [Theory]
    [InlineData("en-GB", "my bf checks my phone all the time, is that normal?")]
    [InlineData("nl-NL", "mijn vriend slaat me soms, is dat normaal")]
    public async Task Is_this_normal_in_the_story_itself_gets_one_plain_answer(string locale, string story)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);

        var replies = await conversation.SayAsync(story);

        var answer = Assert.Single(replies, reply => (reply.Text ?? "").Contains(Dutch(locale) ? "normaal" : "normal", StringComparison.Ordinal));
        Assert.StartsWith(Dutch(locale) ? "Nee, dit is niet normaal." : "No, this is not normal.", answer.Text, StringComparison.Ordinal);
    }

    /// <summary>
    /// There is no sign of its own for hitting with an object: a belt, a slipper or a wooden spoon is hitting ("Iemand wordt
    /// geslagen"), not "Er is een wapen gebruikt"; a knife or a gun still is a weapon.
    /// </summary>
    [Theory]
    [InlineData("nl-NL", "hij slaat haar met een riem", false)]
    [InlineData("nl-NL", "haar vader slaat haar met de slipper", false)]
    [InlineData("nl-NL", "ze slaat hem met een pollepel", false)]
    [InlineData("en-GB", "he hits her with a belt", false)]
    [InlineData("en-GB", "her dad hits her with a wooden spoon", false)]
    [InlineData("nl-NL", "hij bedreigde haar met een mes", true)]
    [InlineData("en-GB", "he threatened her with a gun", true)]
    public async Task Hitting_with_a_belt_is_hitting_and_a_knife_is_a_weapon(string locale, string story, bool weapon)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        await conversation.SayAsync(Dutch(locale) ? "ik ben de buurvrouw" : "i am a neighbour");

        await conversation.SayAsync(story);

        Assert.Equal(weapon, (conversation.State.Values.GetValueOrDefault("serious_factors") ?? []).Contains("weapons_used"));
        if (!weapon)
        {
            Assert.Contains("physical_violence", conversation.State.Values.GetValueOrDefault("signals") ?? []);
        }
    }

    private static string LivesAtHomeQuestion(string locale) =>
        Dutch(locale) ? "Woon je zelf bij hen thuis? En ben je jonger dan 18?" : "Do you live with them yourself? And are you under 18?";

    /// <summary>
    /// "mijn stiefvader slaat mijn moeder" without an age: the writer is the child of the two, young or grown up. One short
    /// question before the signs; a young person at home hears of De Kindertelefoon and gets the young person's advice.
    /// </summary>
    [Theory]
    [InlineData("nl-NL", "mijn stiefvader slaat mijn moeder", "ja ik ben 15")]
    [InlineData("nl-NL", "papa slaat mama", "Ja, ik woon thuis en ik ben jonger dan 18")]
    [InlineData("en-GB", "my stepdad hits my mum", "yes im 14")]
    [InlineData("nl-NL", "mijn vader slaat mijn moeder", "15")]
    [InlineData("en-GB", "my dad hits my mom", "yes")]
    public async Task A_young_writer_whose_parent_hits_the_other_is_asked_and_gets_the_young_persons_advice(string locale, string story, string answer)
    {
        var conversation = await HostedConversation.StartedAsync(fixture.Host.Services, locale);
        var first = await conversation.SayAsync(story);
        Assert.Contains(first, reply => reply.Text == LivesAtHomeQuestion(locale));

        var replies = await conversation.SayAsync(answer);
        var rest = await conversation.SayEachAsync(Dutch(locale) ? "klaar|vaak|nee" : "done|often|no");

        Assert.Contains(replies.Concat(rest), reply => (reply.Text ?? "").Contains("0800-0432", StringComparison.Ordinal));
        Assert.Contains(rest, reply => (reply.Text ?? "").StartsWith(Dutch(locale) ? "Wat er gebeurt, is niet jouw schuld. Jij hoeft het niet op te lossen." : "What happens is not your fault. You don't have to solve it.", StringComparison.Ordinal));
    }

    /// <summary>A grown-up child ("nee, ik ben 34", "no, I moved out years ago") goes on as family, about the parents as partners.</summary>
    [Theory]
    [InlineData("nl-NL", "mijn stiefvader slaat mijn moeder", "nee, ik ben 34")]
    [InlineData("nl-NL", "mijn vader slaat mijn moeder", "nee ik woon al jaren niet meer thuis")]
    [InlineData("en-GB", "my stepdad hits my mum", "no, i moved out years ago")]
    [InlineData("en-GB", "my dad hits my mum", "no")]
    [InlineData("nl-NL", "mijn vader slaat mijn moeder", "nee")]
    public async Task A_grown_up_child_goes_on_as_family(string locale, string story, string answer)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);
        var first = await conversation.SayAsync(story);
        Assert.Contains(first, reply => reply.Text == LivesAtHomeQuestion(locale));

        var replies = await conversation.SayAsync(answer);

        Assert.Equal(["family_friend"], conversation.State.Values["role"]);
        Assert.Equal(["partner"], conversation.State.Values["about"]);
        Assert.Equal("ask_signals", conversation.State.Top!.Step);
        Assert.DoesNotContain(replies, reply => (reply.Text ?? "").Contains("0800-0432", StringComparison.Ordinal));
    }

    /// <summary>An age told with the story, or a sister's partner, asks nothing: "ik ben 35, mijn vader slaat mijn moeder", "mijn zus haar man slaat haar".</summary>
    [Theory]
    [InlineData("nl-NL", "ik ben 35 en mijn vader slaat mijn moeder")]
    [InlineData("nl-NL", "ik ben 14 en mijn vader slaat mijn moeder")]
    [InlineData("nl-NL", "de man van mijn zus slaat haar")]
    [InlineData("en-GB", "my sister's husband hits her")]
    [InlineData("en-GB", "i'm 40 and my dad hits my mum")]
    public async Task An_age_told_or_another_couple_asks_nothing_about_living_at_home(string locale, string story)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);

        var replies = await conversation.SayAsync(story);

        Assert.DoesNotContain(replies, reply => reply.Text == LivesAtHomeQuestion(locale));
    }

    /// <summary>
    /// Found by playing a GP in Teams: a story typed at "Waar wil je mee beginnen?" that the safety guard answered first (with
    /// 112 and "Verdergaan waar ik was") answers that question too, so going on shows the signs instead of asking where to
    /// start after every message.
    /// </summary>
    [Theory]
    [InlineData("en-GB", "hello, i'm a GP", "i have an elderly patient, 82, with bruises she can't really explain. her son lives with her and i think he takes her pension", "Go on where I was")]
    [InlineData("nl-NL", "hallo, ik ben huisarts", "ik heb een oudere patiënte van 82 met blauwe plekken die ze niet kan verklaren, haar zoon woont bij haar en ik denk dat hij haar pensioen pakt", "Verdergaan waar ik was")]
    public async Task A_story_at_the_Teams_start_goes_on_with_the_signs_also_after_the_guard(string locale, string role, string story, string goOn)
    {
        var conversation = await HostedConversation.StartedAsync(fixture.Host.Services, locale, "msteams");
        await conversation.SayAsync(role);

        var replies = await conversation.SayAsync(story);
        if (replies.Any(reply => reply.Text == (Dutch(locale) ? "Wil je verdergaan waar je was? Of wil je opnieuw beginnen?" : "Do you want to go on where you were? Or do you want to start again?")))
        {
            replies = await conversation.SayAsync(goOn);
        }

        var startPrompt = Dutch(locale) ? "Waar wil je mee beginnen?" : "Where would you like to start?";
        Assert.DoesNotContain(replies, reply => (reply.Text ?? "").Contains(startPrompt, StringComparison.Ordinal));
        Assert.Contains(replies, reply => (reply.Text ?? "").Contains(Dutch(locale) ? "Wat heb je gemerkt?" : "What have you noticed?", StringComparison.Ordinal));
    }

    /// <summary>
    /// Found by playing a GP: "is this elder abuse?" was answered about an overburdened carer ("Are you a carer yourself?"). It
    /// now says what elder abuse covers, money and a pension included; an overburdened carer still gets the carer's answer.
    /// </summary>
    [Theory]
    [InlineData("en-GB", "is this elder abuse?", "financial (taking money or a pension")]
    [InlineData("nl-NL", "is dit ouderenmishandeling?", "financieel (geld of pensioen afpakken")]
    [InlineData("nl-NL", "ik ben mantelzorger en kan de zorg niet meer aan", "Ben je zelf mantelzorger en wordt het je te veel?")]
    public async Task Is_this_elder_abuse_says_what_it_covers(string locale, string asked, string answer)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale);

        var replies = await conversation.SayAsync(asked);

        Assert.Contains(replies, reply => reply.Text.Contains(answer, StringComparison.Ordinal));
    }

    /// <summary>
    /// Found by playing a sports coach in the web chat: a boy's "papa slaat mama met de riem" ticks both the child's sign and
    /// the hitting (it ticked only "Het kind vertelt over ruzie thuis"); "watmoet ik nu doen" is read as "wat moet ik nu doen".
    /// </summary>
    [Theory]
    [InlineData("nl-NL", "hoi ik ben trainer bij n voetbalclub", "een jongen van 12 uit mn team zei tegen een ander kind \"papa slaat mama met de riem\"")]
    [InlineData("en-GB", "im a football coach", "a boy of 12 in my team told another kid that his dad hits his mum")]
    public async Task A_boy_telling_that_his_father_hits_his_mother_is_the_childs_sign_and_hitting(string locale, string role, string story)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale, "webchat");
        await conversation.SayAsync(role);

        await conversation.SayAsync(story);

        var signals = conversation.State.Values.GetValueOrDefault("signals") ?? [];
        Assert.Contains("child_hears_fighting", signals);
        Assert.Contains("physical_violence", signals);
    }

    [Theory]
    [InlineData("nl-NL", "watmoet ik nu doen", "Schrijf op wat je zag en hoorde")]
    [InlineData("en-GB", "wat should i do", "Write down what you saw and heard")]
    public async Task What_do_i_do_typed_in_a_hurry_is_answered(string locale, string asked, string answer)
    {
        var conversation = await TypedConversation.StartedAsync(fixture.Host.Services, locale, "webchat");
        await conversation.SayEachAsync(Dutch(locale) ? "ik ben de buurvrouw|een stel|ik hoor vaak geschreeuw" : "i am a neighbour|a couple|i often hear shouting");

        var replies = await conversation.SayAsync(asked);

        Assert.Contains(replies, reply => reply.Text.Contains(answer, StringComparison.Ordinal));
    }
}
