using TakeABreak.Signalering.Safety;

namespace TakeABreak.Signalering.Tests.Safety;

/// <summary>Facts about the guard with the shipped lexicon and rules.</summary>
public sealed class DangerDetectorTests(SafetyContentFixture fixture) : IClassFixture<SafetyContentFixture>
{
    private SafetyVerdict Assess(string text) => fixture.Detector.Assess(text);

    // In the lead's tries of the ninth session "ik heb 112 gebeld, de politie is er nu" was answered with "Bel nu 112." again.
    [Theory]
    [InlineData("ik heb 112 gebeld, de politie is er nu")]
    [InlineData("i called 112, the police are here now")]
    [InlineData("de politie is onderweg")]
    public void Help_already_called_is_no_new_call_for_112(string text)
    {
        Assert.NotEqual(SafetyLevel.Acute, Assess(text).Level);
    }

    [Theory]
    [InlineData("de politie is er nu, hij staat nog met een mes")]
    [InlineData("the police are on their way, he has a knife")]
    [InlineData("ik heb de politie gebeld want hij slaat haar nu")]
    public void Danger_told_next_to_help_already_called_is_still_danger_now(string text)
    {
        Assert.Equal(SafetyLevel.Acute, Assess(text).Level);
    }

    // Lead's tries, session 17: "help ik ben bang" was no danger ("help ik" was neutral, for "hoe help ik haar"), and
    // "ik ben bang dat hij ziet dat ik hier chat" was told to call 112 ("ik ben bang" with the now word "hier").
    [Theory]
    [InlineData("help ik ben bang")]
    [InlineData("help, ik ben bang")]
    public void A_plea_for_help_with_fear_is_danger_now(string text)
    {
        Assert.Equal(SafetyLevel.Acute, Assess(text).Level);
    }

    [Theory]
    [InlineData("ik ben bang dat hij ziet dat ik hier chat")]
    [InlineData("hoe help ik mijn zus die geslagen wordt")]
    public void Fear_of_being_seen_chatting_or_asking_how_to_help_is_no_call_for_112(string text)
    {
        Assert.NotEqual(SafetyLevel.Acute, Assess(text).Level);
    }

    [Theory]
    [InlineData("hij slaat haar nu")]
    [InlineData("HIJ SLAAT HAAR NU")]
    [InlineData("Hij slaat haar nu!!!")]
    [InlineData("he is hitting her right now")]
    public void Acute_danger_is_recognised_with_or_without_capitals_and_punctuation(string text)
    {
        Assert.Equal(SafetyLevel.Acute, Assess(text).Level);
    }

    [Theory]
    [InlineData("knife")]
    [InlineData("gun. help")]
    [InlineData("hes armed")]
    [InlineData("mes!!")]
    public void A_weapon_named_in_a_few_words_is_danger_now(string text)
    {
        Assert.Contains("weapon_named_in_a_few_words", Assess(text).ReasonIds);
    }

    [Theory]
    [InlineData("heb je een mes")]
    [InlineData("mes kwijt")]
    [InlineData("knife skills class")]
    [InlineData("hij heeft geen mes")]
    public void A_knife_asked_about_lost_or_denied_in_a_few_words_is_no_danger(string text)
    {
        Assert.Equal(SafetyLevel.None, Assess(text).Level);
    }

    [Theory]
    [InlineData("he has a gun. he says he will kill me if i move")]
    [InlineData("hij heeft een pistool. hij dreigt me neer te schieten")]
    public void A_weapon_and_a_threat_in_different_sentences_of_one_message_are_danger_now(string text)
    {
        Assert.Contains("weapon_and_threat_in_the_message", Assess(text).ReasonIds);
    }

    /// <summary>A GP's observation, typed in Teams in the lead's tries of the eighth session, was answered with "Call 112 now".</summary>
    [Theory]
    [InlineData("a woman in her 80s with dementia, her son is her carer and she had bruises on both arms and is scared when he comes in")]
    [InlineData("she is scared whenever he comes home")]
    [InlineData("ze is bang als hij binnenkomt")]
    public void Fear_each_time_someone_comes_in_is_a_habit_not_someone_on_the_way(string text)
    {
        Assert.NotEqual(SafetyLevel.Acute, Assess(text).Level);
    }

    [Theory]
    [InlineData("hij kijkt in mijn telefoon en ik mag niet weg met vriendinnen")]
    [InlineData("ik mag niet weg met vriendinnen van hem")]
    public void Not_being_allowed_out_with_friends_is_control_not_danger_now(string text)
    {
        Assert.NotEqual(SafetyLevel.Acute, Assess(text).Level);
    }

    [Theory]
    [InlineData("My neighbour's husband screams at her and I heard things smash yesterday")]
    [InlineData("he slammed the door and left")]
    [InlineData("hij slaat nu de deur dicht en gaat weg")]
    public void Smashing_and_slamming_things_is_no_violence(string text)
    {
        Assert.Equal(SafetyLevel.None, Assess(text).Level);
    }

    [Theory]
    [InlineData("he is smashing her head against the wall")]
    [InlineData("hij ramde haar hoofd tegen de muur en nu bloedt ze")]
    public void Smashing_someone_against_something_is_violence(string text)
    {
        Assert.Equal(SafetyLevel.Acute, Assess(text).Level);
    }

    [Theory]
    [InlineData("he hits me with a belt", SafetyLevel.Urgent)]
    [InlineData("he is hitting me with a belt", SafetyLevel.Acute)]
    [InlineData("help he hits me with a belt", SafetyLevel.Acute)]
    public void The_English_simple_present_tells_a_habit_and_the_progressive_or_a_call_for_help_tells_now(string text, SafetyLevel expected)
    {
        Assert.Equal(expected, Assess(text).Level);
    }

    [Theory]
    [InlineData("als kind werd ik wel eens geslagen")]
    [InlineData("years ago he often hit me")]
    public void A_habit_long_ago_is_long_ago(string text)
    {
        Assert.Equal(SafetyLevel.None, Assess(text).Level);
    }

    [Theory]
    [InlineData("hij heeft haar geslagen en nu reageert ze niet meer")]
    [InlineData("nu ademt hij niet meer")]
    public void A_negation_that_is_part_of_the_danger_itself_does_not_cancel_it(string text)
    {
        Assert.Equal(SafetyLevel.Acute, Assess(text).Level);
    }

    [Theory]
    [InlineData("ik kan niet weg omdat hij me nu slaat")]
    [InlineData("ze huilt niet omdat hij wurgt")]
    [InlineData("she cant breathe because he is choking her")]
    [InlineData("i cannot move because he strangles me now")]
    [InlineData("i'm not ok because he is hitting me")]
    [InlineData("i can't leave because he is hitting me right now")]
    public void A_negation_does_not_reach_across_nadat_omdat_after_or_because(string text)
    {
        Assert.Equal(SafetyLevel.Acute, Assess(text).Level);
    }

    [Theory]
    [InlineData("hij zei net dat hij me vannacht vermoordt", SafetyLevel.Acute)]
    [InlineData("he said he will kill me tonight", SafetyLevel.Acute)]
    [InlineData("he told me he's coming to get me now and he'll kill me", SafetyLevel.Acute)]
    [InlineData("net zei hij dat hij me vermoordt", SafetyLevel.Acute)]
    [InlineData("just now he told me he's going to kill me", SafetyLevel.Acute)]
    [InlineData("net zei hij dat hij me vermoordt als ik wegga", SafetyLevel.Urgent)]
    [InlineData("hij zei dat hij me vermoordt", SafetyLevel.Urgent)]
    [InlineData("hij zegt vaak dat hij me vermoordt als ik hem verlaat", SafetyLevel.Urgent)]
    [InlineData("he said he would kill me if i left", SafetyLevel.Urgent)]
    public void Reported_speech_takes_the_time_of_what_was_said(string text, SafetyLevel expected)
    {
        Assert.Equal(expected, Assess(text).Level);
    }

    [Theory]
    [InlineData("ze is gevallen na zijn duw en reageert niet meer", SafetyLevel.Acute)]
    [InlineData("she fell after he hit her and she is bleeding a lot", SafetyLevel.Acute)]
    [InlineData("mijn opa is gevallen en bloedt", SafetyLevel.Urgent)]
    [InlineData("my grandad fell and is bleeding from his knee", SafetyLevel.Urgent)]
    public void A_fall_is_an_accident_unless_someone_caused_it(string text, SafetyLevel atMost)
    {
        var level = Assess(text).Level;
        if (atMost == SafetyLevel.Acute)
        {
            Assert.Equal(SafetyLevel.Acute, level);
        }
        else
        {
            Assert.True(level <= atMost, $"'{text}' is {level}");
        }
    }

    [Theory]
    [InlineData("ik heb 40 paracetamol genomen", SafetyLevel.Acute)]
    [InlineData("i have taken forty tablets", SafetyLevel.Acute)]
    [InlineData("ik heb dertig oxazepam genomen", SafetyLevel.Acute)]
    [InlineData("ik neem elke dag 2 paracetamol", SafetyLevel.None)]
    [InlineData("i took 2 paracetamol for my headache", SafetyLevel.None)]
    public void A_count_of_ten_or_more_pills_taken_is_an_overdose(string text, SafetyLevel expected)
    {
        Assert.Equal(expected, Assess(text).Level);
    }

    [Theory]
    [InlineData("he has got his hands round her throat")]
    [InlineData("hij heeft zijn handen om mijn nek en laat niet los")]
    public void Hands_on_the_throat_strangle(string text)
    {
        Assert.Equal(SafetyLevel.Acute, Assess(text).Level);
    }

    [Theory]
    [InlineData("he's swinging a hammer at her")]
    [InlineData("hij zwaait met een stoel naar ons")]
    public void A_thing_swung_at_someone_is_an_attack(string text)
    {
        Assert.Equal(SafetyLevel.Acute, Assess(text).Level);
    }

    [Theory]
    [InlineData("I can hear my neighbour screaming for help")]
    [InlineData("de buurvrouw gilt om hulp")]
    public void A_call_for_help_heard_from_elsewhere_is_serious_but_no_danger_to_the_writer(string text)
    {
        Assert.Equal(SafetyLevel.Urgent, Assess(text).Level);
    }

    [Fact]
    public void Being_held_and_not_allowed_to_leave_is_still_danger_now()
    {
        Assert.Equal(SafetyLevel.Acute, Assess("hij houdt me hier vast en ik mag niet weg").Level);
    }

    [Theory]
    [InlineData("ze is bewustloos", "unconscious")]
    [InlineData("hij wil me vanavond vermoorde", "threat_to_kill_now")]
    [InlineData("she is unconsious", "unconscious")]
    [InlineData("hij is haar aan het wurgenn", "strangulation_now")]
    public void Typos_in_longer_words_are_tolerated(string text, string reason)
    {
        var verdict = Assess(text);

        Assert.Equal(SafetyLevel.Acute, verdict.Level);
        Assert.Contains(reason, verdict.ReasonIds);
    }

    [Theory]
    [InlineData("nou slaat ie d'r nú")]
    [InlineData("nou slaat ie d’r nu")]
    [InlineData("nou slaat ie dr nu")]
    public void Accents_apostrophes_and_informal_spelling_make_no_difference(string text)
    {
        Assert.Equal(Assess("nou slaat ie haar nu"), Assess(text));
        Assert.Equal(SafetyLevel.Acute, Assess(text).Level);
    }

    [Theory]
    [InlineData("hij slaapt nu")]
    [InlineData("ik ben het gewend")]
    [InlineData("hij staat nu voor de deur met bloemen")]
    [InlineData("she is struggling right now")]
    public void A_common_word_is_never_read_as_a_typo_of_a_danger_word(string text)
    {
        Assert.Equal(SafetyLevel.None, Assess(text).Level);
    }

    [Theory]
    [InlineData("vorig jaar sloeg hij haar")]
    [InlineData("hij sloeg haar vorig jaar")]
    [InlineData("hij heeft me gisteren geslagen")]
    [InlineData("he hit me last week")]
    public void Recent_past_violence_is_a_serious_disclosure_but_not_acute(string text)
    {
        Assert.Equal(SafetyLevel.Urgent, Assess(text).Level);
    }

    [Theory]
    [InlineData("toen ik klein was sloeg mijn vader mij")]
    [InlineData("he used to hit me")]
    [InlineData("jaren geleden heeft mijn ex me geslagen")]
    public void Violence_long_ago_and_over_is_neither_acute_nor_urgent(string text)
    {
        Assert.Equal(SafetyLevel.None, Assess(text).Level);
    }

    [Theory]
    [InlineData("hij wurgt haar", SafetyLevel.Acute)]
    [InlineData("he is strangling her", SafetyLevel.Acute)]
    [InlineData("hij heeft haar gisteren gewurgd", SafetyLevel.Urgent)]
    [InlineData("vorige week wurgde hij haar", SafetyLevel.Urgent)]
    [InlineData("he strangled her last month", SafetyLevel.Urgent)]
    [InlineData("hij heeft haar net gewurgd", SafetyLevel.Acute)]
    public void The_form_of_the_verb_places_it_in_time_when_no_time_word_does(string text, SafetyLevel expected)
    {
        Assert.Equal(expected, Assess(text).Level);
    }

    [Theory]
    [InlineData("he threatened her with a knife", SafetyLevel.Urgent)]
    [InlineData("hij dreigt haar met een mes", SafetyLevel.Acute)]
    public void A_weapon_takes_the_time_of_its_verb(string text, SafetyLevel expected)
    {
        Assert.Equal(expected, Assess(text).Level);
    }

    [Theory]
    [InlineData("ik schrok me dood")]
    [InlineData("dit spel is moordend")]
    [InlineData("you're killing it")]
    [InlineData("this heat is killing me")]
    [InlineData("hij slaat de plank volledig mis")]
    [InlineData("my son got a toy gun")]
    public void Idioms_with_violent_words_are_no_disclosure(string text)
    {
        Assert.Equal(SafetyLevel.None, Assess(text).Level);
    }

    [Theory]
    [InlineData("ik wil dood", SafetyLevel.Urgent, "suicide_thoughts")]
    [InlineData("I want to die", SafetyLevel.Urgent, "suicide_thoughts")]
    [InlineData("ik heb net alle pillen genomen", SafetyLevel.Acute, "suicide_danger")]
    [InlineData("hij slaat haar nu", SafetyLevel.Acute, null)]
    [InlineData("mijn man heeft me vorige week gewurgd", SafetyLevel.Urgent, null)]
    public void The_verdict_names_the_answer_for_thoughts_of_suicide(string text, SafetyLevel level, string? answer)
    {
        var verdict = Assess(text);

        Assert.Equal(level, verdict.Level);
        Assert.Equal(answer, verdict.AnswerId);
    }

    [Theory]
    [InlineData("papa slaat mij")]
    [InlineData("mama schopt me als ik te laat ben")]
    [InlineData("my mum hits me")]
    [InlineData("my stepdad touches me at night")]
    [InlineData("ik ben 12 en mijn stiefvader slaat mijn moeder")]
    [InlineData("i am 13 and my brother beats me")]
    public void A_child_telling_about_their_own_home_is_answered_with_De_Kindertelefoon(string text)
    {
        var verdict = Assess(text);

        Assert.Equal(SafetyLevel.Urgent, verdict.Level);
        Assert.Equal(SafetyMessages.ChildDisclosure, verdict.AnswerId);
    }

    [Theory]
    [InlineData("mijn man slaat me")]
    [InlineData("a pupil told me her dad hits her")]
    public void An_adult_telling_about_a_partner_or_someone_else_is_not_answered_as_a_child(string text)
    {
        var verdict = Assess(text);

        Assert.Equal(SafetyLevel.Urgent, verdict.Level);
        Assert.Null(verdict.AnswerId);
    }

    [Theory]
    [InlineData("he has a knife and says he will kill me", "en")]
    [InlineData("hij heeft een mes en zegt dat hij me afmaakt", "nl")]
    [InlineData("help", null)]
    public void The_verdict_says_the_language_of_the_message_when_it_is_clear(string text, string? locale)
    {
        Assert.Equal(locale, Assess(text).Locale);
    }

    [Fact]
    public void Danger_now_after_a_past_event_in_the_same_sentence_is_acute()
    {
        Assert.Equal(SafetyLevel.Acute, Assess("vorig jaar sloeg hij haar maar nu slaat hij haar weer").Level);
    }

    [Theory]
    [InlineData("vorig jaar sloeg hij me en nu slaat hij me weer")]
    [InlineData("hij schreeuwde en nu slaat hij me")]
    [InlineData("he was drunk and now hes hitting me")]
    public void The_time_word_of_a_clause_break_places_the_clause_it_opens(string text)
    {
        Assert.Equal(SafetyLevel.Acute, Assess(text).Level);
    }

    [Theory]
    [InlineData("help help help")]
    [InlineData("HELP ME")]
    [InlineData("hulp!!!")]
    [InlineData("sos")]
    [InlineData("helppp")]
    public void A_plea_repeated_or_shouted_in_a_short_message_is_acute(string text)
    {
        Assert.Equal(SafetyLevel.Acute, Assess(text).Level);
    }

    [Theory]
    [InlineData("help")]
    [InlineData("can you help me")]
    [InlineData("HELP ME WITH MY PASSWORD")]
    [InlineData("kan iemand mij helpen met mijn wachtwoord")]
    public void A_bare_help_or_a_question_for_help_is_not_acute(string text)
    {
        Assert.NotEqual(SafetyLevel.Acute, Assess(text).Level);
    }

    [Theory]
    [InlineData("mijn vriend drukt me op de grond en ik kan niet weg")]
    [InlineData("my dad has my brother pinned against the wall")]
    [InlineData("hij zit op me en slaat me")]
    [InlineData("de buurman houdt zijn dochter uit het raam")]
    [InlineData("the kid is sitting on the window ledge and her dad is drunk")]
    [InlineData("my ex is trying to run me over")]
    [InlineData("hij rijdt op ons af met zijn auto")]
    [InlineData("mijn vader houdt mijn arm op het fornuis")]
    [InlineData("he's holding my face to the hot stove")]
    [InlineData("de baby huilt niet meer nadat hij hem door elkaar schudde")]
    [InlineData("she fell and isnt waking up")]
    public void Being_held_down_a_child_at_a_drop_a_car_or_heat_used_on_someone_and_a_silent_baby_are_acute(string text)
    {
        Assert.Equal(SafetyLevel.Acute, Assess(text).Level);
    }

    [Theory]
    [InlineData("last week he pinned me down")]
    [InlineData("he tried to run me over last year")]
    [InlineData("he said he would burn the house down if i ever left him")]
    [InlineData("he has a gun at home and says he'll use it if i leave")]
    public void Being_held_a_car_a_fire_threat_or_a_weapon_kept_at_another_time_is_urgent(string text)
    {
        Assert.Equal(SafetyLevel.Urgent, Assess(text).Level);
    }

    [Theory]
    [InlineData("ik hak hout met een bijl")]
    [InlineData("de kat zit op me")]
    [InlineData("he drove at night to the airport")]
    [InlineData("mijn zoon zit op de rand van het zwembad")]
    [InlineData("the kids are in the river swimming with their uncle")]
    [InlineData("ik draai het gas open voor de soep")]
    [InlineData("my baby finally stopped crying and is sleeping")]
    public void Tools_pets_driving_and_children_at_play_are_no_danger(string text)
    {
        Assert.Equal(SafetyLevel.None, Assess(text).Level);
    }

    [Theory]
    [InlineData("hij zegt dat hij me vermoordt als hij thuiskomt")]
    [InlineData("he texted me saying hell kill me when he gets home tonight. hes off work at 10")]
    [InlineData("he said when the kids are asleep he'll finish me")]
    [InlineData("mijn man zei vanmiddag dat als ik er vanavond nog ben als hij thuiskomt hij mij en de kinderen iets aandoet")]
    public void A_threat_for_when_he_gets_home_or_the_children_are_asleep_is_for_today_and_danger_now(string text)
    {
        Assert.Equal(SafetyLevel.Acute, Assess(text).Level);
    }

    [Theory]
    [InlineData("als hij thuiskomt slaat hij me")]
    [InlineData("ze appt dat hij er geweest is als hij terugkomt")]
    [InlineData("vorig jaar zei hij dat hij me zou vermoorden als hij thuiskwam")]
    public void Coming_home_without_a_threat_for_that_moment_stays_serious_but_not_danger_now(string text)
    {
        Assert.Equal(SafetyLevel.Urgent, Assess(text).Level);
    }

    [Theory]
    [InlineData("Hij zegt dat als ik de kinderen meeneem hij me vindt en vermoordt")]
    [InlineData("mijn ex zegt als ik de scheiding doorzet steekt hij het huis in de fik")]
    [InlineData("he always says if I go to the police he will burn the house down with me inside")]
    [InlineData("my ex told me that if i dont let him see the kids he will burn the house down with me in it")]
    public void A_threat_for_when_the_writer_leaves_or_tells_is_serious_but_not_danger_now(string text)
    {
        Assert.Equal(SafetyLevel.Urgent, Assess(text).Level);
    }

    [Theory]
    [InlineData("me vriend heeft een pistool op tafel gelegd en zegt dat ie het gebruikt als ik wegga")]
    [InlineData("he is pouring petrol on the floor right now and says he will light it if i leave")]
    [InlineData("he said he'd kill me if i leave and now he's at the door")]
    public void A_threat_for_when_the_writer_leaves_with_a_weapon_or_danger_now_stays_danger_now(string text)
    {
        Assert.Equal(SafetyLevel.Acute, Assess(text).Level);
    }

    [Theory]
    [InlineData("nu slaat hij me vaak")]
    [InlineData("nu slaat hij me soms ook")]
    [InlineData("nou hij slaat me af en toe")]
    [InlineData("now he hits me often")]
    [InlineData("now she pushes me around sometimes")]
    public void Now_with_how_often_near_the_act_tells_a_habit_of_these_days(string text)
    {
        Assert.Equal(SafetyLevel.Urgent, Assess(text).Level);
    }

    [Theory]
    [InlineData("eerst alleen schelden, nu slaat hij ook")]
    [InlineData("at first it was shouting, now he hits me too")]
    [InlineData("in het begin schreeuwde hij alleen, nu schopt hij me ook")]
    public void A_story_that_got_worse_told_with_now_is_a_habit_of_these_days(string text)
    {
        Assert.NotEqual(SafetyLevel.Acute, Assess(text).Level);
    }

    [Theory]
    [InlineData("eerst alleen schelden, nu slaat hij me, help")]
    [InlineData("eerst was hij rustig, nu slaat hij me")]
    [InlineData("at first it was shouting but now he is hitting me")]
    public void A_story_that_got_worse_with_an_act_going_on_or_a_cry_for_help_stays_danger_now(string text)
    {
        Assert.Equal(SafetyLevel.Acute, Assess(text).Level);
    }

    [Theory]
    [InlineData("hij is me nu aan het slaan, dat doet hij vaak")]
    [InlineData("he is hitting me now he often does this when drunk")]
    [InlineData("help hij slaat me nu, hij doet het vaak")]
    [InlineData("nu slaat hij me weer, dat doet hij vaak")]
    public void Now_with_an_act_going_on_or_another_now_word_stays_danger_now_however_often_it_happens(string text)
    {
        Assert.Equal(SafetyLevel.Acute, Assess(text).Level);
    }

    [Theory]
    [InlineData("my dad just hits me sometimes")]
    [InlineData("he just hits me sometimes when he is drunk")]
    public void Just_before_a_habit_is_no_moment_ago(string text)
    {
        Assert.Equal(SafetyLevel.Urgent, Assess(text).Level);
    }

    [Theory]
    [InlineData("hij slaat haar nu niet")]
    [InlineData("he is not hitting her right now")]
    [InlineData("ze bloedt niet")]
    [InlineData("hij heeft geen mes")]
    public void A_negation_cancels_the_danger_word_next_to_it(string text)
    {
        Assert.Equal(SafetyLevel.None, Assess(text).Level);
    }

    [Fact]
    public void A_negation_inside_a_danger_phrase_does_not_cancel_it()
    {
        Assert.Equal(SafetyLevel.Acute, Assess("ze reageert niet meer").Level);
    }

    [Theory]
    [InlineData("stel dat hij haar nu slaat")]
    [InlineData("wat zijn signalen van mishandeling")]
    [InlineData("in de film slaat hij haar nu")]
    [InlineData("what if he hits her right now")]
    public void Hypotheticals_general_questions_and_fiction_are_not_acute(string text)
    {
        Assert.Equal(SafetyLevel.None, Assess(text).Level);
    }

    [Fact]
    public void A_question_in_one_sentence_does_not_hide_danger_in_the_next()
    {
        Assert.Equal(SafetyLevel.Acute, Assess("Wat zijn signalen van geweld? Hij slaat haar nu.").Level);
    }

    [Theory]
    [InlineData("vorig jaar heeft hij me gewurgd", "strangulation")]
    [InlineData("he choked me last year", "strangulation")]
    [InlineData("hij dreigt me te vermoorden", "threat_to_kill")]
    [InlineData("he threatened me", "threat")]
    [InlineData("hij heeft een pistool in huis", "weapon")]
    [InlineData("he keeps knives under his bed", "weapon")]
    [InlineData("we zijn net uit elkaar en hij bedreigt me", "recent_separation")]
    [InlineData("we just broke up and he stalks me", "recent_separation")]
    [InlineData("mijn man bepaalt alles, ik mag geen eigen geld hebben", "coercive_control")]
    [InlineData("my husband controls everything, i have no money of my own", "coercive_control")]
    public void Red_flags_without_danger_now_are_urgent(string text, string reason)
    {
        var verdict = Assess(text);

        Assert.Equal(SafetyLevel.Urgent, verdict.Level);
        Assert.Contains(reason, verdict.ReasonIds);
    }

    [Theory]
    [InlineData("he hit me last night and now he is screaming again")]
    [InlineData("he hit me yesterday and now he is shouting at me")]
    [InlineData("hij sloeg me gisteren en nu schreeuwt hij weer")]
    [InlineData("hij heeft me vorige week geslagen en nu staat hij weer te schreeuwen")]
    public void Violence_told_and_shouting_now_is_danger_now(string text)
    {
        var verdict = Assess(text);

        Assert.Equal(SafetyLevel.Acute, verdict.Level);
        Assert.Contains("shouting_now_after_violence_told", verdict.ReasonIds);
    }

    [Theory]
    [InlineData("mn vriend is me aan het slaan kan niet bellen hij hoort alles")]
    [InlineData("my husband is beating me at this moment, i cant call")]
    [InlineData("hij houdt me vast en ik wil niet, ik zit nu op de wc")]
    [InlineData("ik heb alle pillen voor me liggen en ga ze nu nemen, het hoeft niet meer")]
    public void A_negation_of_something_else_does_not_cancel_danger_now(string text)
    {
        Assert.Equal(SafetyLevel.Acute, Assess(text).Level);
    }

    [Theory]
    [InlineData("vannacht heeft hij me verkracht, hij is nu naar zijn werk")]
    [InlineData("vannacht om drie uur sloeg hij me, de politie is geweest en nu is hij weg")]
    [InlineData("vannacht heeft hij me geslagen")]
    [InlineData("last night he hit me, now he is at work")]
    public void Violence_last_night_told_while_it_is_calm_now_is_a_serious_disclosure(string text)
    {
        Assert.Equal(SafetyLevel.Urgent, Assess(text).Level);
    }

    [Theory]
    [InlineData("hij slaat me vannacht nog dood")]
    [InlineData("vannacht sloeg hij me en nu staat hij weer voor de deur")]
    public void Tonight_and_now_after_last_night_stay_danger_now(string text)
    {
        Assert.Equal(SafetyLevel.Acute, Assess(text).Level);
    }

    [Theory]
    [InlineData("hij bewaart een vuurwapen thuis en dat maakt me bang")]
    [InlineData("hij heeft een pistool in de kast, ik ben er bang voor")]
    public void The_dutch_bang_of_fear_is_no_english_bang_of_a_blow(string text)
    {
        Assert.Equal(SafetyLevel.Urgent, Assess(text).Level);
    }

    [Theory]
    [InlineData("im in my room and dad is banging mums head on the floor i can hear it")]
    [InlineData("he's banging on my door screaming he'll kill me")]
    public void Banging_on_a_door_or_a_head_stays_a_blow(string text)
    {
        Assert.Equal(SafetyLevel.Acute, Assess(text).Level);
    }

    [Theory]
    [InlineData("i think my neighbour is being hurt by her husband, i hear banging most nights")]
    [InlineData("every night i hear banging and screams from next door")]
    public void English_banging_heard_as_a_pattern_is_not_the_dutch_bang_of_fear(string text)
    {
        Assert.NotEqual(SafetyLevel.Acute, Assess(text).Level);
    }

    [Fact]
    public void Banging_on_the_front_door_now_is_danger_now()
    {
        Assert.Equal(SafetyLevel.Acute, Assess("my ex is banging on the front door now shouting he's coming in").Level);
    }

    [Fact]
    public void Beating_someone_at_a_game_is_no_danger()
    {
        Assert.Equal(SafetyLevel.None, Assess("my brother keeps beating me at chess").Level);
    }

    [Theory]
    [InlineData("mijn vader sloeg vroeger, tegenwoordig schreeuwt hij vaak tegen ons")]
    [InlineData("he used to hit me years ago, now he only shouts sometimes")]
    [InlineData("de buurman schreeuwt elke avond tegen zijn kinderen en slaat ze")]
    public void Shouting_as_a_habit_after_violence_told_is_no_danger_now(string text)
    {
        Assert.NotEqual(SafetyLevel.Acute, Assess(text).Level);
    }

    [Fact]
    public void A_separation_long_ago_is_not_urgent()
    {
        Assert.Equal(SafetyLevel.None, Assess("we zijn jaren geleden uit elkaar gegaan").Level);
    }

    [Fact]
    public void An_acute_verdict_also_names_the_urgent_reasons_most_serious_first()
    {
        var verdict = Assess("hij heeft nu een mes");

        Assert.Equal("weapon_now", verdict.ReasonIds[0]);
        Assert.Equal("weapon", verdict.ReasonIds[^1]);
    }

    [Fact]
    public void A_child_hurt_now_has_its_own_reason()
    {
        Assert.Contains("child_hurt_now", Assess("hij slaat het kind nu").ReasonIds);
    }

    [Fact]
    public void The_verdict_carries_rule_ids_and_never_the_text()
    {
        var verdict = Assess("Anna zegt: hij slaat haar nu in de Dorpsstraat");

        Assert.Equal(SafetyLevel.Acute, verdict.Level);
        Assert.DoesNotContain("Anna", verdict.ToString(), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Dorpsstraat", verdict.ToString(), StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("?!...")]
    public void A_message_without_words_is_no_danger(string text)
    {
        Assert.Same(SafetyVerdict.None, Assess(text));
    }

    [Fact]
    public void A_null_message_is_refused()
    {
        Assert.Throws<ArgumentNullException>(() => fixture.Detector.Assess(null!));
    }

    [Fact]
    public void Danger_at_the_end_of_a_very_long_message_is_still_found()
    {
        var text = string.Concat(Enumerable.Repeat("ik weet niet goed hoe ik dit moet zeggen. ", 500)) + "hij slaat haar nu";

        Assert.Equal(SafetyLevel.Acute, Assess(text).Level);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Danger_at_the_start_or_end_of_a_message_longer_than_the_analysed_length_is_found(bool atTheStart)
    {
        var filler = Filler(3 * DangerDetector.MaxAnalysedLength);
        var text = atTheStart ? "hij slaat haar nu. " + filler : filler + " hij slaat haar nu";

        Assert.Equal(SafetyLevel.Acute, Assess(text).Level);
    }

    [Fact]
    public void Only_the_start_and_end_of_a_message_longer_than_the_analysed_length_are_read()
    {
        var filler = Filler(3 * DangerDetector.MaxAnalysedLength);
        var text = filler[..(filler.Length / 2)] + " hij slaat haar nu. " + filler[(filler.Length / 2)..];

        Assert.Equal(SafetyLevel.None, Assess(text).Level);
    }

    [Fact]
    public void Danger_that_straddles_two_windows_of_a_long_message_is_found()
    {
        for (var offset = 900; offset < 1_100; offset += 7)
        {
            var text = new string('x', 1) + string.Concat(Enumerable.Repeat("ok ", offset / 3)) + "hij heeft een mes en zegt dat hij me nu vermoordt " + string.Concat(Enumerable.Repeat("ok ", 600));

            Assert.Equal(SafetyLevel.Acute, Assess(text).Level);
        }
    }

    [Fact]
    public void Raising_a_verdict_never_lowers_it()
    {
        var acute = new SafetyVerdict(SafetyLevel.Acute, ["violence_now"]);
        var urgent = new SafetyVerdict(SafetyLevel.Urgent, ["language_model"]);

        Assert.Equal(SafetyLevel.Acute, acute.RaisedBy(urgent).Level);
        Assert.Equal(SafetyLevel.Acute, urgent.RaisedBy(acute).Level);
        Assert.Equal(["language_model", "violence_now"], urgent.RaisedBy(acute).ReasonIds);
    }

    [Theory]
    [InlineData("she's holding a broken bottle to his neck")]
    [InlineData("he's got a blade against my neck")]
    [InlineData("hij heeft een mes op mijn keel")]
    [InlineData("hij zet een schroevendraaier tegen haar buik")]
    [InlineData("his arm is pressing on my throat")]
    public void A_weapon_or_a_thing_held_to_the_body_is_danger_now(string text)
    {
        Assert.Equal(SafetyLevel.Acute, Assess(text).Level);
    }

    [Theory]
    [InlineData("i held an ice pack to my head")]
    [InlineData("the nurse held the thermometer to her forehead")]
    [InlineData("de kapper houdt een schaar bij mijn nek")]
    public void A_thing_held_to_the_body_in_ordinary_care_is_no_danger(string text)
    {
        Assert.Equal(SafetyLevel.None, Assess(text).Level);
    }

    [Theory]
    [InlineData("ik kom eraan en dan ben je dood", SafetyLevel.Acute)]
    [InlineData("hij zegt: vandaag ga jij eraan", SafetyLevel.Acute)]
    [InlineData("ur dead tonight", SafetyLevel.Acute)]
    [InlineData("today is the day you die", SafetyLevel.Acute)]
    [InlineData("als ik je vind ben je dood zei hij vorige week", SafetyLevel.Urgent)]
    [InlineData("today is the day i start my new job", SafetyLevel.None)]
    [InlineData("i will love you till the day i die", SafetyLevel.None)]
    [InlineData("if you touch my fries you're dead haha", SafetyLevel.None)]
    public void A_death_announced_is_danger_now_unless_a_time_or_a_condition_places_it(string text, SafetyLevel expected)
    {
        Assert.Equal(expected, Assess(text).Level);
    }

    [Theory]
    [InlineData("he keeps saying he will kill me if i move", SafetyLevel.Acute)]
    [InlineData("hij zegt dat hij de baby iets aandoet als ik de kamer uit ga", SafetyLevel.Acute)]
    [InlineData("she says she'll hurt the kids if i open the door", SafetyLevel.Acute)]
    [InlineData("hij zegt dat hij me vermoordt als ik ooit bij hem wegga", SafetyLevel.Urgent)]
    [InlineData("he says he'll kill the kids if i ever leave him", SafetyLevel.Urgent)]
    public void A_threat_under_a_condition_met_in_the_moment_is_danger_now(string text, SafetyLevel expected)
    {
        Assert.Equal(expected, Assess(text).Level);
    }

    [Theory]
    [InlineData("he is hanging me out of the window", SafetyLevel.Acute)]
    [InlineData("hij probeert me over het balkon te gooien", SafetyLevel.Acute)]
    [InlineData("she's pushing me towards the balcony", SafetyLevel.Acute)]
    [InlineData("hij dreigt haar uit het raam te duwen", SafetyLevel.Acute)]
    [InlineData("she threw the ball out of the window", SafetyLevel.None)]
    [InlineData("we pushed the sofa to the window", SafetyLevel.None)]
    [InlineData("he threw my clothes out of the window last year", SafetyLevel.None)]
    public void Someone_pushed_or_held_out_of_a_window_or_over_a_balcony_is_danger_now(string text, SafetyLevel expected)
    {
        Assert.Equal(expected, Assess(text).Level);
    }

    [Theory]
    [InlineData("they tied my dad up", SafetyLevel.Acute)]
    [InlineData("mijn oma is vastgebonden in haar stoel", SafetyLevel.Acute)]
    [InlineData("he handcuffed me to the bed", SafetyLevel.Acute)]
    [InlineData("my mom is taped to a chair", SafetyLevel.Acute)]
    [InlineData("vorige week heeft hij me vastgebonden aan het bed", SafetyLevel.Urgent)]
    [InlineData("i tied the boat up", SafetyLevel.None)]
    [InlineData("hij bindt de tomaten vast", SafetyLevel.None)]
    [InlineData("ik bind de hond even vast bij de supermarkt", SafetyLevel.None)]
    [InlineData("i am tied up with work this week", SafetyLevel.None)]
    public void A_person_tied_up_is_held_now_a_dog_or_a_boat_is_not(string text, SafetyLevel expected)
    {
        Assert.Equal(expected, Assess(text).Level);
    }

    [Theory]
    [InlineData("mijn zoon schopt me en hij is nog in huis", SafetyLevel.Acute)]
    [InlineData("she hit me and she's still here in my house", SafetyLevel.Acute)]
    [InlineData("my dad punched my brother and he hasn't left", SafetyLevel.Acute)]
    [InlineData("he hit me last year but we are still together", SafetyLevel.Urgent)]
    [InlineData("mijn opa is gevallen en de buurman is er nog", SafetyLevel.None)]
    public void Violence_by_someone_who_is_still_here_is_danger_now(string text, SafetyLevel expected)
    {
        Assert.Equal(expected, Assess(text).Level);
    }

    [Theory]
    [InlineData("my grandpa's carer leaves him without food", SafetyLevel.Urgent)]
    [InlineData("de thuiszorg geeft mijn vader geen medicijnen", SafetyLevel.Urgent)]
    [InlineData("mijn oma krijgt al dagen geen eten van de man die bij haar woont", SafetyLevel.Urgent)]
    [InlineData("my grandma forgot to eat lunch", SafetyLevel.None)]
    [InlineData("mijn oma eet al dagen slecht door de griep", SafetyLevel.None)]
    public void An_older_person_kept_without_food_or_medicine_is_a_serious_disclosure(string text, SafetyLevel expected)
    {
        Assert.Equal(expected, Assess(text).Level);
    }

    [Theory]
    [InlineData("he has a knfie", SafetyLevel.Acute)]
    [InlineData("hij heeft een mse in zijn hand", SafetyLevel.Acute)]
    [InlineData("hij heeft een pisotol", SafetyLevel.Acute)]
    [InlineData("he has a gnu at the zoo", SafetyLevel.None)]
    [InlineData("hij heeft een mus", SafetyLevel.None)]
    [InlineData("the beta version fits", SafetyLevel.None)]
    public void A_weapon_word_with_two_letters_swapped_is_the_weapon_a_real_word_stays_itself(string text, SafetyLevel expected)
    {
        Assert.Equal(expected, Assess(text).Level);
    }

    [Theory]
    [InlineData("hij slaat alles kapot make", SafetyLevel.Acute)]
    [InlineData("hij probeert de deur in te trappe", SafetyLevel.Acute)]
    [InlineData("he says he'll hurt me if i take the kids", SafetyLevel.Urgent)]
    public void Dutch_chat_that_drops_a_final_n_is_read_as_the_word_and_English_is_not(string text, SafetyLevel expected)
    {
        Assert.Equal(expected, Assess(text).Level);
    }

    [Theory]
    [InlineData("how can i support a friend who just left an abusive relationship")]
    [InlineData("hoe steun ik een vriendin die net weg is bij haar gewelddadige vriend")]
    [InlineData("how can i support my friend who left her abusive boyfriend last year")]
    public void A_question_about_supporting_someone_who_left_is_no_danger_now(string text)
    {
        Assert.NotEqual(SafetyLevel.Acute, Assess(text).Level);
    }

    [Theory]
    [InlineData("is this stalking?", SafetyLevel.None)]
    [InlineData("is dit stalking?", SafetyLevel.None)]
    [InlineData("does this count as stalking", SafetyLevel.None)]
    [InlineData("he keeps texting me, is this stalking?", SafetyLevel.Urgent)]
    [InlineData("hij appt me de hele dag en staat soms bij mijn werk, is dit stalking?", SafetyLevel.Urgent)]
    [InlineData("my ex is stalking me", SafetyLevel.Urgent)]
    [InlineData("he is stalking me right now, hes outside", SafetyLevel.Acute)]
    public void Stalking_is_a_pattern_between_people_danger_now_only_with_a_now_word_and_the_word_alone_is_a_question(string text, SafetyLevel expected)
    {
        Assert.Equal(expected, Assess(text).Level);
    }

    [Theory]
    [InlineData("bel 112 mijn oom slaat mijn tante", SafetyLevel.Acute)]
    [InlineData("snel 112 hij duwt mijn moeder van de trap", SafetyLevel.Acute)]
    [InlineData("call 112 my stepdad is punching my mom", SafetyLevel.Acute)]
    [InlineData("please come my boyfriend is kicking me", SafetyLevel.Acute)]
    [InlineData("help mijn vriend slaat me", SafetyLevel.Acute)]
    [InlineData("HIJ GOOIT MET STOELEN NAAR ONS", SafetyLevel.Acute)]
    [InlineData("moet ik 112 bellen als mijn buurman zijn vrouw slaat?", SafetyLevel.None)]
    [InlineData("when should i call 911 if my dad hits my mom?", SafetyLevel.None)]
    [InlineData("vorige week sloeg hij me en heb ik 112 gebeld", SafetyLevel.Urgent)]
    [InlineData("hurry up the bus is leaving!!!", SafetyLevel.None)]
    [InlineData("help me understand why my brother hit his girlfriend last year", SafetyLevel.Urgent)]
    public void Violence_with_a_sign_of_emergency_is_danger_now_a_question_or_a_story_with_a_time_word_is_not(string text, SafetyLevel expected)
    {
        Assert.Equal(expected, Assess(text).Level);
    }

    [Theory]
    [InlineData("mijn buurman heeft zijn vrouw neergestoken", SafetyLevel.Acute)]
    [InlineData("hij schoot op mijn moeder", SafetyLevel.Acute)]
    [InlineData("ze heeft iets in mijn drankje gedaan en alles draait", SafetyLevel.Acute)]
    [InlineData("my cousin stabbed her boyfriend", SafetyLevel.Acute)]
    [InlineData("he shot my uncle", SafetyLevel.Acute)]
    [InlineData("someone spiked my drink and i feel weird", SafetyLevel.Acute)]
    [InlineData("hij heeft haar gewurgd", SafetyLevel.Acute)]
    [InlineData("he strangled her", SafetyLevel.Acute)]
    [InlineData("vorige maand heeft hij mijn broer neergestoken", SafetyLevel.Urgent)]
    [InlineData("last summer he stabbed my dad", SafetyLevel.Urgent)]
    [InlineData("twintig jaar geleden schoot mijn opa op een inbreker", SafetyLevel.None)]
    [InlineData("in the film the killer stabs the babysitter", SafetyLevel.None)]
    [InlineData("i shot a video of the sunset", SafetyLevel.None)]
    [InlineData("schiet op, we komen te laat", SafetyLevel.None)]
    [InlineData("i have food poisoning", SafetyLevel.None)]
    [InlineData("een wesp heeft me gestoken", SafetyLevel.None)]
    [InlineData("i drowned my fries in ketchup", SafetyLevel.None)]
    [InlineData("hij verdrinkt haar in de sloot", SafetyLevel.Acute)]
    [InlineData("he slipped something into my drink", SafetyLevel.Acute)]
    public void A_severe_act_with_no_time_word_has_just_happened_with_a_time_word_it_is_a_disclosure(string text, SafetyLevel expected)
    {
        Assert.Equal(expected, Assess(text).Level);
    }

    [Theory]
    [InlineData("mijn ex heeft mijn zus in de kofferbak gestopt", SafetyLevel.Acute)]
    [InlineData("he locked me in the trunk", SafetyLevel.Acute)]
    [InlineData("hij sleurde mijn moeder in zijn auto", SafetyLevel.Acute)]
    [InlineData("they pushed my friend into a van", SafetyLevel.Acute)]
    [InlineData("de tassen staan nog in de kofferbak", SafetyLevel.None)]
    [InlineData("i put the dog in the boot", SafetyLevel.None)]
    [InlineData("mijn buurvrouw had zichzelf buitengesloten en klom door het keukenraam naar binnen", SafetyLevel.None)]
    [InlineData("my neighbour lost her keys and climbed in through the window", SafetyLevel.None)]
    public void Someone_held_in_a_car_boot_or_pulled_into_a_car_is_danger_now_things_in_a_boot_are_not(string text, SafetyLevel expected)
    {
        Assert.Equal(expected, Assess(text).Level);
    }

    [Theory]
    [InlineData("ik heb een touw aan de balk gehangen", SafetyLevel.Acute)]
    [InlineData("there is a rope around my neck", SafetyLevel.Acute)]
    [InlineData("i tied the rope to the fence for the tent", SafetyLevel.None)]
    public void A_rope_made_ready_for_hanging_is_danger_now(string text, SafetyLevel expected)
    {
        Assert.Equal(expected, Assess(text).Level);
    }

    [Theory]
    [InlineData("hij heeft een mes in de la en zegt dat hij het een keer gaat gebruiken", SafetyLevel.Urgent)]
    [InlineData("he keeps a gun in the car and says he'll use it one day", SafetyLevel.Urgent)]
    [InlineData("he has a knife and says he will kill me", SafetyLevel.Acute)]
    public void A_weapon_kept_with_a_threat_for_some_day_is_a_serious_disclosure(string text, SafetyLevel expected)
    {
        Assert.Equal(expected, Assess(text).Level);
    }

    [Theory]
    [InlineData("mijn zoon van 17 is de laatste tijd zo agressief", SafetyLevel.None)]
    [InlineData("my son has been so aggressive lately", SafetyLevel.None)]
    [InlineData("hij slaat haar de laatste tijd", SafetyLevel.Urgent)]
    [InlineData("he's been strangling her recently", SafetyLevel.Urgent)]
    [InlineData("hij is de laatste tijd zo agressief en nu staat hij met een mes in de keuken", SafetyLevel.Acute)]
    [InlineData("my son has been so aggressive lately, he's hitting me right now", SafetyLevel.Acute)]
    public void What_has_been_going_on_lately_is_a_pattern_not_danger_now(string text, SafetyLevel expected)
    {
        Assert.Equal(expected, Assess(text).Level);
    }

    // Fifteenth round: a question about whom to call asks about the clause it opens; a new statement after it tells what happens.
    [Theory]
    [InlineData("should i call 911 he's choking her right now", SafetyLevel.Acute)]
    [InlineData("who do i call, my dad is beating my mum right now", SafetyLevel.Acute)]
    [InlineData("hoe kan ik haar helpen, hij slaat haar op dit moment", SafetyLevel.Acute)]
    public void A_question_about_whom_to_call_does_not_cancel_what_happens_now(string text, SafetyLevel expected)
    {
        Assert.Equal(expected, Assess(text).Level);
    }

    [Theory]
    [InlineData("moet ik 112 bellen als hij me slaat?")]
    [InlineData("should i call the police if he hits me?")]
    [InlineData("can i call 911 when he is hitting me?")]
    [InlineData("wat moet ik doen als mijn buurman zijn vrouw slaat?")]
    public void A_question_about_whom_to_call_if_something_happens_is_no_danger_now(string text)
    {
        Assert.NotEqual(SafetyLevel.Acute, Assess(text).Level);
    }

    [Theory]
    [InlineData("hij timmert op haar in, ik hoor het nu door de muur", SafetyLevel.Acute)]
    [InlineData("mijn vader timmert een kastje in elkaar", SafetyLevel.None)]
    public void A_blocker_that_is_the_verb_of_a_violent_phrase_does_not_cancel_it(string text, SafetyLevel expected)
    {
        Assert.Equal(expected, Assess(text).Level);
    }

    [Theory]
    [InlineData("he stabed her")]
    [InlineData("help hij schopd me nu")]
    [InlineData("he is hiting me now")]
    public void Chat_slips_in_verb_endings_are_read_as_the_verb(string text)
    {
        Assert.Equal(SafetyLevel.Acute, Assess(text).Level);
    }

    [Theory]
    [InlineData("he said if i go to the police he will burn the house down", SafetyLevel.Urgent)]
    [InlineData("hij zei net dat hij me vanavond vermoordt", SafetyLevel.Acute)]
    public void A_condition_after_he_said_places_what_follows_at_another_time(string text, SafetyLevel expected)
    {
        Assert.Equal(expected, Assess(text).Level);
    }

    [Theory]
    [InlineData("i cant move he kicked me so hard", SafetyLevel.Acute)]
    [InlineData("mijn moeder heeft een klap gehad en praat heel raar", SafetyLevel.Acute)]
    [InlineData("ik kan me niet bewegen van de griep", SafetyLevel.None)]
    public void Someone_who_cannot_move_or_is_confused_after_a_blow_is_badly_hurt(string text, SafetyLevel expected)
    {
        Assert.Equal(expected, Assess(text).Level);
    }

    // Session 16 (lead): someone who hurt or threatened the writer is back at the door or in the house now.
    [Theory]
    [InlineData("hij heeft me gisteren gewurgd en nu staat hij weer voor de deur te schreeuwen")]
    [InlineData("mijn ex heeft me vorige week geslagen en nu staat hij voor de deur")]
    [InlineData("my ex strangled me last week and now he is standing at my door")]
    [InlineData("he choked me last week and now he is shouting outside")]
    public void Someone_who_hurt_the_writer_at_the_door_now_is_danger_now(string text)
    {
        Assert.Equal(SafetyLevel.Acute, Assess(text).Level);
    }

    [Theory]
    [InlineData("vorig jaar heeft hij me geslagen, hij staat soms nog voor de deur")]
    [InlineData("he hit me last year, sometimes he still comes to the door")]
    [InlineData("hij sloeg me vroeger, nu woont hij in een ander huis")]
    public void Someone_who_hurt_the_writer_at_the_door_at_another_time_is_no_danger_now(string text)
    {
        Assert.NotEqual(SafetyLevel.Acute, Assess(text).Level);
    }

    // Sixteenth round (issue #10): families of acute danger the guard still missed, each with near misses of the same words.
    [Theory]
    [InlineData("mijn zus is net door haar ex meegenomen en ze wilde niet mee")]
    [InlineData("hij neemt me mee in zijn auto en ik wil niet mee")]
    [InlineData("mijn vriendin wordt door haar vriend meegesleurd tegen haar wil")]
    [InlineData("her boyfriend just took her and she did not want to go")]
    [InlineData("he is taking my sister away and she doesnt want to go with him")]
    [InlineData("he dragged my mom into his car against her will")]
    public void Someone_taken_away_against_their_will_is_danger_now(string text)
    {
        Assert.Equal(SafetyLevel.Acute, Assess(text).Level);
    }

    [Theory]
    [InlineData("mijn moeder nam me mee naar de tandarts en ik wilde niet mee")]
    [InlineData("my mum took me to the dentist and i didnt want to go")]
    [InlineData("he took my car and i didnt want to go to work")]
    [InlineData("my boyfriend took me to a party but i didnt want to go")]
    public void Being_taken_along_to_an_ordinary_place_against_ones_wishes_is_no_danger(string text)
    {
        Assert.NotEqual(SafetyLevel.Acute, Assess(text).Level);
    }

    [Theory]
    [InlineData("mijn man rijdt veel te hard over de snelweg en roept dat we allemaal doodgaan")]
    [InlineData("hij scheurt met ons in de auto en zegt dat we samen dood gaan")]
    [InlineData("hij rijdt als een gek en zegt dat hij ons tegen een muur rijdt")]
    [InlineData("my boyfriend is driving way too fast and says we will die together")]
    [InlineData("he is speeding on the motorway with me in the car screaming that we are all going to die")]
    public void Driving_dangerously_with_a_threat_of_dying_together_is_danger_now(string text)
    {
        Assert.Equal(SafetyLevel.Acute, Assess(text).Level);
    }

    [Theory]
    [InlineData("mijn vader rijdt altijd veel te hard op de snelweg")]
    [InlineData("my husband drives too fast, i keep telling him to slow down")]
    [InlineData("mijn vriend scheurt door de stad en we gaan dood van het lachen")]
    public void Driving_too_fast_alone_is_no_danger(string text)
    {
        Assert.NotEqual(SafetyLevel.Acute, Assess(text).Level);
    }

    [Theory]
    [InlineData("he shut me in the basement")]
    [InlineData("she shut my little brother in the cupboard under the stairs")]
    [InlineData("they have shut us in the bedroom")]
    [InlineData("hij heeft me in de kelder gestopt en de deur dichtgedaan")]
    [InlineData("ze heeft mijn zusje in de kast gestopt en doet niet open")]
    public void Someone_shut_in_a_room_is_danger_now(string text)
    {
        Assert.Equal(SafetyLevel.Acute, Assess(text).Level);
    }

    [Theory]
    [InlineData("he shut the door of the basement")]
    [InlineData("ik heb de boodschappen in de kast gestopt")]
    public void Shutting_a_door_or_putting_things_away_is_no_danger(string text)
    {
        Assert.NotEqual(SafetyLevel.Acute, Assess(text).Level);
    }

    [Theory]
    [InlineData("de baby is helemaal slap en wordt blauw")]
    [InlineData("mijn kindje ademt raar en heeft blauwe lippen")]
    [InlineData("ons zoontje hangt slap in mijn armen en ademt bijna niet")]
    [InlineData("my baby has gone floppy and blue")]
    [InlineData("the baby is turning blue and isnt breathing properly")]
    [InlineData("my toddler is limp and barely breathing")]
    public void A_baby_or_child_limp_blue_or_hardly_breathing_is_danger_now(string text)
    {
        Assert.Equal(SafetyLevel.Acute, Assess(text).Level);
    }

    [Theory]
    [InlineData("de baby heeft een blauw rompertje aan")]
    [InlineData("my baby has blue eyes and sleeps a lot")]
    [InlineData("the baby is blue and white striped")]
    public void A_baby_with_something_blue_is_no_danger(string text)
    {
        Assert.Equal(SafetyLevel.None, Assess(text).Level);
    }

    [Theory]
    [InlineData("hij houdt mijn broertje onder water in bad")]
    [InlineData("mijn vader duwde haar hoofd net onder water")]
    [InlineData("he held my little sister under the water")]
    [InlineData("hes holding the baby under water")]
    [InlineData("she pushed my sons head under water in the bath")]
    public void A_child_held_under_water_is_danger_now(string text)
    {
        Assert.Equal(SafetyLevel.Acute, Assess(text).Level);
    }

    [Theory]
    [InlineData("mijn zoon kan al tien seconden zijn adem onder water houden")]
    [InlineData("mijn zoon kan zijn adem lang onder water houden")]
    public void Holding_ones_breath_under_water_is_no_danger(string text)
    {
        Assert.Equal(SafetyLevel.None, Assess(text).Level);
    }

    [Theory]
    [InlineData("is het normaal dat mijn vriend me nu met een mes bedreigt?")]
    [InlineData("is it normal that my husband is threatening me with a knife right now?")]
    [InlineData("is het normaal dat hij nu een mes tegen mijn keel houdt")]
    [InlineData("is it normal that he says he will kill me tonight")]
    public void A_question_whether_it_is_normal_with_danger_now_in_it_is_danger_now(string text)
    {
        Assert.Equal(SafetyLevel.Acute, Assess(text).Level);
    }

    [Theory]
    [InlineData("is het normaal dat stelletjes soms ruzie maken?")]
    [InlineData("is it normal that couples fight now and then?")]
    [InlineData("is het normaal dat peuters bijten")]
    [InlineData("is het normaal dat mijn man me soms slaat")]
    [InlineData("is it normal for toddlers to hit")]
    [InlineData("is het normaal dat ik nu nog bang ben omdat hij me vroeger sloeg")]
    [InlineData("is it normal that my boyfriend strangles me during fights")]
    public void A_question_whether_it_is_normal_without_danger_now_is_no_danger(string text)
    {
        Assert.NotEqual(SafetyLevel.Acute, Assess(text).Level);
    }

    [Theory]
    [InlineData("hij staat op mijn moeder te stampen")]
    [InlineData("mijn broer stampt op zijn vriendin")]
    [InlineData("he is stamping on my brothers head")]
    [InlineData("hij geeft haar de ene trap na de andere")]
    [InlineData("punch after punch, he wont stop")]
    [InlineData("one blow after another, he is beating my mother")]
    public void Stamping_on_someone_or_blows_one_after_another_is_danger_now(string text)
    {
        Assert.Equal(SafetyLevel.Acute, Assess(text).Level);
    }

    [Theory]
    [InlineData("de kinderen staan boven op de vloer te stampen")]
    [InlineData("the kids are stomping on the floor upstairs")]
    [InlineData("ik eet de ene koek na de andere")]
    public void Stamping_on_the_floor_or_one_thing_after_another_is_no_danger(string text)
    {
        Assert.Equal(SafetyLevel.None, Assess(text).Level);
    }

    [Theory]
    [InlineData("hij roept dat de kinderen deze nacht niet gaan overleven")]
    [InlineData("mijn man zegt dat de kids het niet overleven")]
    [InlineData("he is yelling that the kids will not survive this")]
    [InlineData("she says the children are not going to survive tonight")]
    public void A_threat_that_the_children_will_not_survive_is_danger_now(string text)
    {
        Assert.Equal(SafetyLevel.Acute, Assess(text).Level);
    }

    [Theory]
    [InlineData("de plantjes gaan de vorst niet overleven")]
    [InlineData("my kids wont survive a week without their phones lol")]
    public void Not_surviving_in_ordinary_talk_is_no_danger(string text)
    {
        Assert.NotEqual(SafetyLevel.Acute, Assess(text).Level);
    }

    [Theory]
    [InlineData("mijn vader beukt met een hamer op de slaapkamerdeur, ik zit erachter met mijn broertje")]
    [InlineData("ze ramt met een stoel tegen de deur van de wc waar ik in zit")]
    [InlineData("he is smashing the bathroom door with a bat and we are behind it")]
    [InlineData("he hits the door with a piece of wood, we are hiding behind it")]
    [InlineData("hij heeft een ijzeren staaf en ramt op de deur waar we achter zitten")]
    public void Something_hitting_a_door_people_hide_behind_is_danger_now(string text)
    {
        Assert.Equal(SafetyLevel.Acute, Assess(text).Level);
    }

    [Theory]
    [InlineData("hij slaat de deur dicht en gaat naar zijn werk")]
    [InlineData("hes fixing the door with a hammer")]
    [InlineData("de kinderen verstoppen zich achter de deur voor de verrassing")]
    public void A_door_slammed_or_repaired_is_no_danger(string text)
    {
        Assert.Equal(SafetyLevel.None, Assess(text).Level);
    }

    [Theory]
    [InlineData("he's aiming a firearm at my sister")]
    [InlineData("my dad is aiming his rifle at us")]
    [InlineData("hij richt een vuurwapen op mijn broer")]
    [InlineData("mijn ex richt het pistool op mij")]
    public void Aiming_a_firearm_at_someone_is_danger_now(string text)
    {
        Assert.Equal(SafetyLevel.Acute, Assess(text).Level);
    }

    [Theory]
    [InlineData("my son is aiming his toy gun at the cat")]
    [InlineData("ik richt de camera op de vogels")]
    public void Aiming_a_toy_or_a_camera_is_no_danger(string text)
    {
        Assert.Equal(SafetyLevel.None, Assess(text).Level);
    }

    [Theory]
    [InlineData("hij vermoord me")]
    [InlineData("mijn vriend vermoordt me")]
    [InlineData("ze vermoorden ons")]
    public void Someone_killing_me_said_in_the_present_is_danger_now(string text)
    {
        Assert.Equal(SafetyLevel.Acute, Assess(text).Level);
    }

    [Theory]
    [InlineData("hij zei dat hij me vermoordt als ik wegga", SafetyLevel.Urgent)]
    [InlineData("mijn moeder vermoordt me als ze mijn rapport ziet", SafetyLevel.None)]
    public void Someone_killing_me_under_a_condition_is_no_danger_now(string text, SafetyLevel expected)
    {
        Assert.Equal(expected, Assess(text).Level);
    }

    [Theory]
    [InlineData("my knife is dull")]
    [InlineData("mijn mes is bot")]
    [InlineData("knife is blunt")]
    [InlineData("should i call the police if i hear my neighbours fighting?")]
    [InlineData("moet ik de politie bellen als ik mijn buren hoor vechten?")]
    [InlineData("when i hear the neighbours fighting should i call 112?")]
    public void A_blunt_knife_or_a_question_about_a_fight_one_might_hear_is_no_danger(string text)
    {
        Assert.NotEqual(SafetyLevel.Acute, Assess(text).Level);
    }

    [Theory]
    [InlineData("i hear my neighbours fighting right now, should i call the police?")]
    public void A_fight_heard_now_with_a_question_is_still_danger_now(string text)
    {
        Assert.Equal(SafetyLevel.Acute, Assess(text).Level);
    }

    // Seventeenth round (issue #10): known faults, each as a family of own variants, with near misses that must stay where they are.
    [Theory]
    [InlineData("mijn man nam me mee naar de afspraak bij de fysio maar ik wilde niet mee")]
    [InlineData("hij nam mijn dochter mee naar het ziekenhuis, ze wilde niet")]
    [InlineData("hij nam haar mee naar de huisarts en ze wilde echt niet")]
    [InlineData("he took her to the doctor but she didn't want to go")]
    [InlineData("my husband took me to my appointment even though i didnt want to go")]
    [InlineData("he took him to the dentist and he did not want to go")]
    public void Taken_along_to_a_doctor_or_an_appointment_against_ones_wish_is_no_abduction(string text)
    {
        Assert.NotEqual(SafetyLevel.Acute, Assess(text).Level);
    }

    [Theory]
    [InlineData("hij nam haar mee in de auto en ze wilde niet, hij is dronken")]
    [InlineData("hij nam haar mee en ze wilde niet mee, ze schreeuwde")]
    [InlineData("he took her and she didn't want to go, he won't say where")]
    public void Taken_along_against_ones_will_with_no_errand_named_is_still_danger_now(string text)
    {
        Assert.Equal(SafetyLevel.Acute, Assess(text).Level);
    }

    [Theory]
    [InlineData("de baby werd helemaal blauw van het huilen")]
    [InlineData("mijn zoontje liep rood aan van het krijsen")]
    [InlineData("ons kindje is paars aangelopen van het brullen")]
    [InlineData("my baby went blue in the face from crying")]
    [InlineData("my son turned red from screaming")]
    [InlineData("the baby goes purple when she cries hard")]
    public void A_child_red_or_blue_in_the_face_from_crying_is_no_danger(string text)
    {
        Assert.Equal(SafetyLevel.None, Assess(text).Level);
    }

    [Theory]
    [InlineData("mijn baby is blauw en ademt bijna niet")]
    [InlineData("de baby is blauw aangelopen nadat hij hem door elkaar schudde")]
    [InlineData("my baby is blue and floppy")]
    [InlineData("the baby turned blue after he shook her")]
    public void A_child_blue_or_limp_with_no_crying_to_explain_it_is_still_danger_now(string text)
    {
        Assert.Equal(SafetyLevel.Acute, Assess(text).Level);
    }

    [Theory]
    [InlineData("he shut the door in her face")]
    [InlineData("ze deed de deur voor zijn neus dicht")]
    [InlineData("we hide behind the door for her surprise party")]
    [InlineData("we verstoppen ons achter de deur voor zijn verrassingsfeest")]
    [InlineData("my sister is stomping on my lego")]
    [InlineData("mijn broertje stampt op mijn lego")]
    [InlineData("the kids are stomping on the bubble wrap")]
    public void Everyday_doors_surprises_and_stomping_on_toys_are_no_danger(string text)
    {
        Assert.NotEqual(SafetyLevel.Acute, Assess(text).Level);
    }

    [Theory]
    [InlineData("he shut her in the cupboard")]
    [InlineData("we're hiding behind the door, he has a knife")]
    [InlineData("ik verstop me achter de deur, hij slaat alles kapot")]
    [InlineData("he is stomping on her head")]
    [InlineData("hij stampt op haar hoofd")]
    public void Shut_in_hiding_from_someone_or_stomping_on_a_person_is_still_danger_now(string text)
    {
        Assert.Equal(SafetyLevel.Acute, Assess(text).Level);
    }

    [Theory]
    [InlineData("ik denk dat mijn vader mijn moeder pijn doet, ik hoor het 's nachts")]
    [InlineData("ik hoor mijn vader mijn moeder slaan in de nacht")]
    [InlineData("i hear my dad hitting my mum at night")]
    [InlineData("at night i hear him beating her")]
    [InlineData("i think he's hurting her, i hear it every night")]
    public void Violence_heard_at_night_as_a_pattern_is_serious_but_not_danger_now(string text)
    {
        Assert.Equal(SafetyLevel.Urgent, Assess(text).Level);
    }

    [Theory]
    [InlineData("i think my dad is hurting my mum, i hear it now")]
    [InlineData("i hear my dad hitting my mum right now")]
    [InlineData("ik hoor nu dat mijn vader mijn moeder slaat")]
    [InlineData("i think my dad is hurting my mum, i can hear it at this moment")]
    [InlineData("ik hoor hem haar nu slaan, dat doet hij elke nacht")]
    public void Violence_heard_now_is_danger_now(string text)
    {
        Assert.Equal(SafetyLevel.Acute, Assess(text).Level);
    }

    [Theory]
    [InlineData("help hij is me aan het slaan, elke nacht weer")]
    [InlineData("help he's hitting me, it happens all the time")]
    [InlineData("please help he is kicking me, every weekend he does this")]
    [InlineData("help she's choking me, always the same")]
    [InlineData("help me, he is punching me again, it's every night")]
    public void A_cry_for_help_with_an_act_going_on_is_danger_now_even_when_it_happens_often(string text)
    {
        Assert.Equal(SafetyLevel.Acute, Assess(text).Level);
    }

    [Theory]
    [InlineData("he beats me every night")]
    [InlineData("hij slaat me elke avond")]
    [InlineData("he was beating me every night last year")]
    public void An_act_that_happens_often_without_a_cry_for_help_now_stays_serious(string text)
    {
        Assert.Equal(SafetyLevel.Urgent, Assess(text).Level);
    }

    [Theory]
    [InlineData("is het normaal dat hij me nu schopt")]
    [InlineData("is het normaal dat mijn vriend me nu aan mijn haren trekt?")]
    [InlineData("is it normal that my husband is hitting me right now?")]
    [InlineData("is dit normaal, hij slaat me nu")]
    [InlineData("is it normal that he's kicking me at the moment")]
    public void A_question_whether_it_is_normal_about_an_act_now_is_danger_now(string text)
    {
        Assert.Equal(SafetyLevel.Acute, Assess(text).Level);
    }

    [Theory]
    [InlineData("is het normaal dat ik nu nog bang ben")]
    [InlineData("is het normaal dat ik nu pas boos word")]
    [InlineData("is het normaal dat kinderen slaan?")]
    [InlineData("is it normal that i'm still scared now")]
    public void A_question_whether_it_is_normal_without_an_act_now_stays_no_danger(string text)
    {
        Assert.NotEqual(SafetyLevel.Acute, Assess(text).Level);
    }

    [Theory]
    [InlineData("hijslaatme help")]
    [InlineData("hij heeft eenmes")]
    [InlineData("ikbenbang hij slaat me nu")]
    [InlineData("he is hittingme now")]
    [InlineData("hesgot a knife")]
    public void Words_run_together_in_chat_are_read_as_their_parts(string text)
    {
        Assert.Equal(SafetyLevel.Acute, Assess(text).Level);
    }

    [Theory]
    [InlineData("hijslaapt nu")]
    [InlineData("mesjes en vorken")]
    [InlineData("the hitlist of the summer")]
    [InlineData("ik heb eenmesje gekocht")]
    public void Ordinary_words_are_not_split_into_danger(string text)
    {
        Assert.NotEqual(SafetyLevel.Acute, Assess(text).Level);
    }

    // Seventeenth round, from the situations of its tuning half: each part with own sentences, in both directions.
    [Theory]
    [InlineData("hij propt pillen in haar mond en ze kan niet weg")]
    [InlineData("she is forcing pills down my throat")]
    [InlineData("mijn man laat zijn hond nu los op de buurvrouw")]
    [InlineData("he's setting his rottweiler on my son")]
    [InlineData("hij rijdt met de auto op haar af, ze staat op de stoep")]
    [InlineData("my ex is driving his van at me")]
    [InlineData("mijn ex staat nu in mijn tuin en kijkt naar binnen")]
    [InlineData("the man who follows me is in my garden right now")]
    [InlineData("mijn ouders zetten me nu op het vliegtuig om uitgehuwelijkt te worden")]
    [InlineData("they took my passport and are driving me to the airport to marry a man i've never met")]
    [InlineData("he just texted a picture of his knife, see you in ten minutes")]
    [InlineData("mijn neven staan beneden en zeggen dat ik met mijn leven moet betalen")]
    [InlineData("ze zijn beneden en roepen dat ze me gaan afmaken")]
    public void Poison_forced_a_dog_or_a_car_set_on_someone_a_stalker_at_the_house_or_a_forced_marriage_under_way_is_danger_now(string text)
    {
        Assert.Equal(SafetyLevel.Acute, Assess(text).Level);
    }

    [Theory]
    [InlineData("vorig jaar dwong hij me al mijn pillen te slikken")]
    [InlineData("twee weken geleden stuurde hij zijn hond op mij af")]
    [InlineData("last year my neighbour set his dog on me")]
    [InlineData("last month he drove his car at me")]
    [InlineData("my ex follows me everywhere and waits outside my house")]
    [InlineData("mijn ouders willen me uithuwelijken als ik klaar ben met school")]
    [InlineData("my parents want to marry me off next year")]
    [InlineData("my uncle says i'm dead if i bring shame on the family")]
    [InlineData("mijn oma wordt vaak dagen zonder eten gelaten door haar zoon")]
    [InlineData("my grandad is often left without meals by his carer")]
    public void The_same_parts_at_another_time_or_under_a_condition_are_a_serious_disclosure(string text)
    {
        Assert.Equal(SafetyLevel.Urgent, Assess(text).Level);
    }

    [Theory]
    [InlineData("onze hond blaft naar de postbode")]
    [InlineData("the dog got loose in the park")]
    [InlineData("my dad drives me to school every morning")]
    [InlineData("de kinderen spelen in mijn tuin")]
    [InlineData("het was een eer om mijn schoonfamilie te ontmoeten")]
    [InlineData("mijn vriendin sleepte me mee naar een concert")]
    public void Dogs_cars_gardens_honour_and_being_taken_along_in_everyday_use_are_no_danger_now(string text)
    {
        Assert.NotEqual(SafetyLevel.Acute, Assess(text).Level);
    }

    // Eighteenth round, from the families the lead's new blind set missed: own sentences per family, in both directions.
    [Theory]
    [InlineData("hij sleurt me aan mijn haren naar de slaapkamer")]
    [InlineData("mijn vader trekt mijn moeder aan haar haar de trap af")]
    [InlineData("he's pulling my mum by the hair across the kitchen")]
    [InlineData("my stepdad is dragging me by my hair to my room")]
    public void Someone_dragged_by_the_hair_through_the_house_is_danger_now(string text)
    {
        Assert.Equal(SafetyLevel.Acute, Assess(text).Level);
    }

    [Theory]
    [InlineData("mijn zoon heeft van de wc-eend gedronken en wordt heel suf")]
    [InlineData("mijn dochter heeft ontstopper ingeslikt en valt steeds in slaap")]
    [InlineData("my son swallowed some of the dishwasher tablets and is going floppy")]
    [InlineData("she drank something from the cleaning cupboard and keeps dozing off")]
    public void A_child_who_swallowed_something_dangerous_and_sinks_away_is_danger_now(string text)
    {
        Assert.Equal(SafetyLevel.Acute, Assess(text).Level);
    }

    [Theory]
    [InlineData("hij heeft haar veel te veel pillen gegeven en ik krijg haar niet wakker")]
    [InlineData("mijn moeder wordt niet meer wakker, hij heeft haar pillen gegeven")]
    [InlineData("my sister took a whole box of pills and we cant wake her up")]
    [InlineData("i can't wake him up, he took all his tablets")]
    public void Someone_given_too_many_pills_who_cannot_be_woken_is_danger_now(string text)
    {
        Assert.Equal(SafetyLevel.Acute, Assess(text).Level);
    }

    [Theory]
    [InlineData("ze belde net huilend dat hij haar slaat en toen werd de verbinding verbroken")]
    [InlineData("mijn vriendin belde me net, ze schreeuwde dat hij met een mes stond en toen hing ze op")]
    [InlineData("my mum just phoned, she said he's strangling her and then the phone went dead")]
    [InlineData("my sister rang me a minute ago screaming that he was hitting her and the call cut off")]
    public void A_call_just_now_about_violence_that_broke_off_is_danger_now(string text)
    {
        Assert.Equal(SafetyLevel.Acute, Assess(text).Level);
    }

    [Theory]
    [InlineData("we zijn al maanden ongelukkig en hij is vaak boos geweest. maar net kwam hij thuis en hij pakt een mes uit de la")]
    [InlineData("hij kwam thuis en hij pakt een mes uit de la")]
    [InlineData("for months he has been shouting at me. but he just came home and is taking a knife out of the drawer")]
    [InlineData("he has hit me for years. tonight he came back and he's grabbing a knife from the kitchen")]
    public void A_long_story_whose_last_sentence_is_a_weapon_taken_up_now_is_danger_now(string text)
    {
        Assert.Equal(SafetyLevel.Acute, Assess(text).Level);
    }

    [Theory]
    [InlineData("hes gona kill me")]
    [InlineData("he is gunna kill her")]
    [InlineData("my dad is gona kill us all")]
    public void Chat_slips_of_going_to_before_a_threat_to_kill_are_read_as_going_to(string text)
    {
        Assert.Equal(SafetyLevel.Acute, Assess(text).Level);
    }

    [Theory]
    [InlineData("ik heb soms zin om niet meer wakker te worden")]
    [InlineData("ik hoop soms dat ik niet meer wakker word")]
    [InlineData("sometimes i wish i wouldn't wake up")]
    [InlineData("i hope i don't wake up tomorrow")]
    public void A_passive_wish_to_be_dead_is_answered_as_suicidal_thoughts(string text)
    {
        var verdict = Assess(text);
        Assert.NotEqual(SafetyLevel.None, verdict.Level);
        Assert.Contains(verdict.ReasonIds, reason => reason.StartsWith("suicide", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("mijn oom zit aan mijn nichtje")]
    [InlineData("de vriend van mijn moeder zat aan mijn zusje")]
    [InlineData("my uncle touches my niece")]
    [InlineData("hij hield vorig jaar mijn hoofd onder water in bad")]
    [InlineData("hij heeft me vorige maand bijna verdronken in het zwembad")]
    [InlineData("last year he nearly drowned me in the bath")]
    public void Sexual_abuse_of_a_child_or_a_near_drowning_told_is_a_serious_disclosure(string text)
    {
        Assert.Equal(SafetyLevel.Urgent, Assess(text).Level);
    }

    [Theory]
    [InlineData("my kid has a fake gun for carnival")]
    [InlineData("he has a replica pistol on his wall")]
    [InlineData("my daughter's costume comes with a plastic sword")]
    [InlineData("mijn zoon heeft een nepgeweer voor carnaval")]
    [InlineData("hij heeft een speelgoedpistool gekregen")]
    [InlineData("we lock our doors at night because of the burglaries in the street")]
    [InlineData("wij doen 's nachts altijd de deur op slot vanwege inbrekers")]
    [InlineData("mijn oom zit aan tafel met mijn nichtje")]
    [InlineData("ik wil niet wakker worden om zes uur")]
    [InlineData("mijn zoon heeft limonade gedronken en is moe")]
    [InlineData("the call dropped when i was talking to my mum")]
    [InlineData("ik ben vorig jaar bijna verdronken in zee")]
    public void Toy_weapons_locking_ones_own_door_and_everyday_near_misses_are_no_danger(string text)
    {
        Assert.Equal(SafetyLevel.None, Assess(text).Level);
    }

    [Theory]
    [InlineData("he locks me in my room every night")]
    [InlineData("vorig jaar sleepte hij me aan mijn haren door de kamer")]
    [InlineData("mijn zus belde me vorig jaar dat hij haar sloeg")]
    public void The_same_acts_at_another_time_stay_a_serious_disclosure(string text)
    {
        Assert.Equal(SafetyLevel.Urgent, Assess(text).Level);
    }

    [Theory]
    [InlineData("he has a real gun and says he'll kill me")]
    [InlineData("hij sluit me op in de kamer")]
    public void Real_weapons_and_being_locked_in_stay_danger_now(string text)
    {
        Assert.Equal(SafetyLevel.Acute, Assess(text).Level);
    }

    private static string Filler(int length) =>
        string.Concat(Enumerable.Repeat("we hebben het gezellig gehad op de verjaardag van oma. ", length / 50 + 1))[..length];

    [Theory]
    [InlineData("i want to stop hitting her")]
    [InlineData("how do i stop hitting my girlfriend when i get angry")]
    [InlineData("ik wil stoppen met haar slaan")]
    [InlineData("hoe kan ik stoppen met slaan als ik boos word")]
    public void Someone_who_wants_to_stop_their_own_violence_is_no_danger_now(string message)
    {
        Assert.NotEqual(SafetyLevel.Acute, Assess(message).Level);
    }

    [Theory]
    [InlineData("i want to stop him, he is hitting her right now")]
    [InlineData("hoe kan ik hem stoppen, hij slaat haar nu")]
    public void Wanting_to_stop_someone_who_hits_now_stays_acute(string message)
    {
        Assert.Equal(SafetyLevel.Acute, Assess(message).Level);
    }

    // Round 19, part A: families of the known leftovers, each with near misses that must stay where they are.
    [Theory]
    [InlineData("mijn broer geeft opa veel te veel slaappillen en nu krijgen we hem niet meer wakker")]
    [InlineData("de verzorgster heeft mijn moeder een hele strip slaaptabletten gegeven, ze wordt niet meer wakker")]
    [InlineData("hij heeft mijn oma te veel medicijnen gegeven en ze is niet wakker te krijgen")]
    [InlineData("my uncle gave grandpa way too many sleeping pills and now he won't wake up")]
    [InlineData("the carer gave my nan a whole pack of her tablets, we can't wake her")]
    [InlineData("he's given my mother too much of her medication and she isn't waking up")]
    public void Medication_given_in_overdose_to_someone_who_cannot_be_woken_is_danger_now(string text)
    {
        Assert.Equal(SafetyLevel.Acute, Assess(text).Level);
    }

    [Theory]
    [InlineData("ik geef oma elke avond haar slaappil en ze slaapt dan heel diep")]
    [InlineData("opa slaapt na zijn medicijnen zo vast dat hij moeilijk wakker te krijgen is")]
    [InlineData("i give grandma her sleeping pill every night, afterwards she's hard to wake")]
    [InlineData("my dad takes his tablets at nine and then you can't wake him till morning")]
    public void Medication_given_as_care_and_a_deep_sleep_are_no_danger_now(string text)
    {
        Assert.NotEqual(SafetyLevel.Acute, Assess(text).Level);
    }

    [Theory]
    [InlineData("he's going to stab me")]
    [InlineData("he is gonna knife me, he's coming up the stairs")]
    [InlineData("she's about to cut me with that glass")]
    [InlineData("hij gaat me steken")]
    [InlineData("hij gaat mij neersteken, hij komt eraan")]
    [InlineData("ze gaat me snijden met dat mes")]
    public void Going_to_stab_or_cut_me_is_a_threat_now(string text)
    {
        Assert.Equal(SafetyLevel.Acute, Assess(text).Level);
    }

    [Theory]
    [InlineData("he said last year he was going to stab me if i left")]
    [InlineData("if i tell anyone he's going to stab me, he says")]
    [InlineData("hij zei vorige maand dat hij me ging steken als ik wegging")]
    [InlineData("ik ga de uien snijden voor de soep")]
    [InlineData("i'm going to cut my hair short")]
    public void Going_to_stab_at_another_time_or_ordinary_cutting_is_no_threat_now(string text)
    {
        Assert.NotEqual(SafetyLevel.Acute, Assess(text).Level);
    }

    [Theory]
    [InlineData("she pulls her hair back into a bun before school")]
    [InlineData("my daughter pulls her hair into a ponytail for football")]
    [InlineData("ik trek mijn haar in een staart voor het sporten")]
    [InlineData("i can't wake my husband up in the morning, he sleeps like a log")]
    [InlineData("mijn man is 's ochtends niet wakker te krijgen, hij slaapt als een blok")]
    [InlineData("my son can't be woken on saturdays, he's a teenager")]
    [InlineData("mijn dochter zit aan haar huiswerk")]
    [InlineData("mijn zoon zit aan zijn bureau te gamen")]
    [InlineData("my daughter sits at her desk doing homework")]
    public void Hair_tied_back_a_heavy_sleeper_and_homework_are_no_danger(string text)
    {
        Assert.Equal(SafetyLevel.None, Assess(text).Level);
    }

    [Theory]
    [InlineData("he pulls her hair and drags her to the bedroom")]
    [InlineData("i can't wake my husband up, he took all his pills")]
    [InlineData("mijn man is niet wakker te krijgen en hij bloedt uit zijn hoofd")]
    [InlineData("mijn oom zit aan mijn nichtje")]
    public void Hair_pulled_someone_who_cannot_be_woken_after_harm_and_a_child_touched_keep_their_level(string text)
    {
        Assert.NotEqual(SafetyLevel.None, Assess(text).Level);
    }

    // Label rule (lead): a habit with no now word is a serious disclosure. "keeps hitting" itself is read as going on: the lead's
    // sets label "she keeps throwing knives at me", "he keeps thumping her" danger now, so only a habit word makes it a pattern.
    [Theory]
    [InlineData("my mum's boyfriend keeps hitting her whenever he drinks")]
    [InlineData("my stepdad hits my mum every weekend")]
    [InlineData("de vriend van mijn moeder blijft haar slaan")]
    [InlineData("mijn stiefvader slaat mijn moeder elke keer als hij gedronken heeft")]
    public void Hitting_told_as_a_habit_is_a_serious_disclosure(string text)
    {
        Assert.Equal(SafetyLevel.Urgent, Assess(text).Level);
    }

    [Theory]
    [InlineData("my mum's boyfriend keeps hitting her")]
    [InlineData("my mum's boyfriend keeps hitting her, right now, help")]
    [InlineData("de vriend van mijn moeder blijft haar nu maar slaan, help")]
    public void Someone_who_keeps_hitting_with_no_habit_word_is_read_as_going_on(string text)
    {
        Assert.Equal(SafetyLevel.Acute, Assess(text).Level);
    }

    // Round 19: families of the tuning half of safety-messages-round19.yaml, each written for the change, never the set's sentence.
    [Theory]
    [InlineData("mijn moeder ligt met een gebroken heup op de grond en mijn broer wil geen ambulance bellen")]
    [InlineData("oma is flauwgevallen en haar verzorger weigert de dokter te bellen")]
    [InlineData("my nan collapsed and her son refuses to call for help")]
    [InlineData("he fell down the stairs, he's bleeding and his wife won't call an ambulance")]
    public void Someone_hurt_while_another_refuses_to_call_for_help_is_danger_now(string text)
    {
        Assert.Equal(SafetyLevel.Acute, Assess(text).Level);
    }

    [Theory]
    [InlineData("mijn opa is gevallen en bloedt uit zijn knie")]
    [InlineData("mijn zus weigert de tandarts te bellen")]
    [InlineData("he refuses to call his mother back")]
    public void A_fall_alone_or_a_call_refused_in_everyday_life_is_no_danger_now(string text)
    {
        Assert.NotEqual(SafetyLevel.Acute, Assess(text).Level);
    }

    [Theory]
    [InlineData("he's strangling the cat and telling me i'm next")]
    [InlineData("hij slaat mijn konijn en zegt dat ik de volgende ben")]
    [InlineData("she is drowning my kitten in the sink and says you are next")]
    public void A_pet_hurt_now_with_you_are_next_is_danger_now(string text)
    {
        Assert.Equal(SafetyLevel.Acute, Assess(text).Level);
    }

    [Theory]
    [InlineData("two weeks ago he threw my cat down the stairs to scare me")]
    [InlineData("vorig jaar heeft hij mijn konijn doodgegooid")]
    [InlineData("he said last month that i'd be next after the dog")]
    public void A_pet_hurt_at_another_time_is_a_serious_disclosure(string text)
    {
        Assert.Equal(SafetyLevel.Urgent, Assess(text).Level);
    }

    [Theory]
    [InlineData("bij de dierenarts ben ik de volgende met de kat")]
    [InlineData("my dog is next in line at the groomer")]
    [InlineData("de hond heeft de bal kapot gebeten")]
    public void Pets_in_everyday_life_are_no_danger(string text)
    {
        Assert.Equal(SafetyLevel.None, Assess(text).Level);
    }

    [Theory]
    [InlineData("mijn ex zet naaktfoto's van me online als ik niet betaal")]
    [InlineData("he's threatening to leak intimate photos of me")]
    [InlineData("hij heeft beelden van mij rondgestuurd uit wraak")]
    [InlineData("my ex posted pictures of me online to humiliate me")]
    public void Intimate_images_or_pictures_spread_to_punish_are_a_serious_disclosure(string text)
    {
        Assert.Equal(SafetyLevel.Urgent, Assess(text).Level);
    }

    [Theory]
    [InlineData("ik heb de vakantiefoto's online gezet")]
    [InlineData("i posted photos of my cat online")]
    [InlineData("my friend shared my post about the bake sale")]
    public void Pictures_shared_in_everyday_life_are_no_danger(string text)
    {
        Assert.Equal(SafetyLevel.None, Assess(text).Level);
    }

    [Theory]
    [InlineData("de verzorger geeft mijn oma de hele dag niks te drinken")]
    [InlineData("mijn opa ligt 's nachts vaak in een natte luier omdat niemand komt")]
    [InlineData("the night staff leave my grandad in a wet pad till morning")]
    [InlineData("her carer gives my nan nothing to eat when i'm away")]
    public void Care_withheld_from_an_older_person_is_a_serious_disclosure(string text)
    {
        Assert.Equal(SafetyLevel.Urgent, Assess(text).Level);
    }

    [Theory]
    [InlineData("ze zijn hem met een mes aan het steken")]
    [InlineData("de buurman is mijn vader aan het steken")]
    [InlineData("hij steekt haar met een mes in haar arm")]
    public void Stabbing_going_on_in_dutch_is_danger_now(string text)
    {
        Assert.Equal(SafetyLevel.Acute, Assess(text).Level);
    }

    [Theory]
    [InlineData("hij is de kaarsjes aan het aansteken")]
    [InlineData("de wespen zijn aan het steken bij de vuilnisbak")]
    [InlineData("ze is de stekker in het stopcontact aan het steken")]
    public void Candles_wasps_and_plugs_are_no_stabbing(string text)
    {
        Assert.NotEqual(SafetyLevel.Acute, Assess(text).Level);
    }

    [Theory]
    [InlineData("they're taking me abroad this summer to get married")]
    [InlineData("na mijn examens moet ik daar trouwen van mijn ouders")]
    [InlineData("he has hit me three times now since we moved")]
    [InlineData("hij heeft me gister geschopt")]
    public void A_forced_trip_later_hitting_so_far_and_chat_yesterday_are_another_time(string text)
    {
        Assert.Equal(SafetyLevel.Urgent, Assess(text).Level);
    }

    // Round 19, after the held-out measurement: families found with sentences written for them (not from the set).
    [Theory]
    [InlineData("ze laat opa al de hele dag op de vloer liggen")]
    [InlineData("de verzorger laat mijn moeder van 90 op de vloer liggen en gaat weg")]
    [InlineData("my grandma has been on the floor for hours and the carer won't help her up")]
    [InlineData("her carer left my nan on the bathroom floor and went home")]
    public void An_older_person_left_lying_on_the_floor_is_danger_now(string text)
    {
        Assert.Equal(SafetyLevel.Acute, Assess(text).Level);
    }

    [Theory]
    [InlineData("de kinderen liggen op de vloer te spelen")]
    [InlineData("i left my bag on the floor of the bus")]
    [InlineData("oma zit graag op de vloer bij de kleinkinderen")]
    public void Lying_or_leaving_things_on_the_floor_in_everyday_life_is_no_danger(string text)
    {
        Assert.Equal(SafetyLevel.None, Assess(text).Level);
    }

    [Theory]
    [InlineData("mijn familie zegt dat ik vanavond moet sterven omdat ik een vriend heb")]
    [InlineData("mijn broers roepen nu dat ik moet sterven")]
    [InlineData("my father is shouting that i must die for what i did, he has a knife")]
    public void Being_told_now_that_one_must_die_is_danger_now(string text)
    {
        Assert.Equal(SafetyLevel.Acute, Assess(text).Level);
    }

    [Theory]
    [InlineData("iedereen moet ooit sterven")]
    [InlineData("in de film moet de held sterven")]
    [InlineData("all living things must die one day")]
    public void Dying_in_general_is_no_threat(string text)
    {
        Assert.Equal(SafetyLevel.None, Assess(text).Level);
    }

    [Theory]
    [InlineData("he put hidden cameras in the flat and watches me from his phone")]
    [InlineData("mijn man heeft camera's in huis opgehangen om mij in de gaten te houden")]
    [InlineData("my ex installed stalkerware on my laptop")]
    [InlineData("hij luistert mijn gesprekken af via een app")]
    public void Being_watched_through_cameras_or_software_is_a_serious_disclosure(string text)
    {
        Assert.Equal(SafetyLevel.Urgent, Assess(text).Level);
    }

    [Theory]
    [InlineData("we hebben een camera bij de voordeur tegen inbrekers")]
    [InlineData("i bought a new camera for my holiday")]
    public void Cameras_in_everyday_life_are_no_danger(string text)
    {
        Assert.Equal(SafetyLevel.None, Assess(text).Level);
    }

    // Round 20 (issue #10): families the lead's newest blind set showed missing, each with sentences written for it (never the
    // set's own), and near misses that must stay where they are.
    [Theory]
    [InlineData("ik zie nu hoe de verzorgster mijn oma aan haar haren trekt en haar slaat")]
    [InlineData("de thuishulp knijpt op dit moment hard in de arm van mijn opa en slaat hem")]
    [InlineData("i can see the care worker hitting my grandad right now")]
    [InlineData("the nurse is slapping the old man in room 4 and it is still going on")]
    public void A_carer_seen_hurting_an_older_person_now_is_danger_now(string text)
    {
        Assert.Equal(SafetyLevel.Acute, Assess(text).Level);
    }

    [Theory]
    [InlineData("he is twisting my arm behind my back this very moment")]
    [InlineData("hij draait op dit moment mijn arm op mijn rug")]
    [InlineData("he's bending my fingers back right now")]
    [InlineData("hij drukt nu zijn duim in mijn oog")]
    public void A_part_of_the_body_forced_by_someone_now_is_danger_now(string text)
    {
        Assert.Equal(SafetyLevel.Acute, Assess(text).Level);
    }

    [Theory]
    [InlineData("ik draai nu de dop van de fles")]
    [InlineData("i twisted my ankle at the gym just now")]
    [InlineData("de verzorgster helpt mijn oma nu met douchen")]
    public void Twisting_things_or_one_s_own_ankle_and_ordinary_care_are_no_danger(string text)
    {
        Assert.Equal(SafetyLevel.None, Assess(text).Level);
    }

    [Theory]
    [InlineData("hij slaat haar al tien minuten")]
    [InlineData("mijn vader schopt mijn broertje en hij houdt niet op")]
    [InlineData("my mum is hitting me with a belt and she won't stop")]
    [InlineData("my dad keeps going, he's punching my brother")]
    [InlineData("ik hoor de buren gillen en glas breken, het houdt niet op")]
    [InlineData("ik hoor nu een vrouw gillen en borden breken, het gaat maar door")]
    [InlineData("i can hear my neighbour screaming and glass smashing, it's been going on for ten minutes now")]
    public void Violence_or_screaming_and_breaking_that_goes_on_is_danger_now(string text)
    {
        Assert.Equal(SafetyLevel.Acute, Assess(text).Level);
    }

    [Theory]
    [InlineData("de regen houdt niet op")]
    [InlineData("my baby keeps crying and won't stop")]
    [InlineData("ik heb al tien minuten hoofdpijn")]
    [InlineData("hij stopt niet met roken")]
    [InlineData("i can hear the kids screaming with joy and a glass breaking at the party")]
    public void Things_that_will_not_stop_in_everyday_life_are_no_danger(string text)
    {
        Assert.NotEqual(SafetyLevel.Acute, Assess(text).Level);
    }

    [Theory]
    [InlineData("he has her in a chokehold and her lips are going blue")]
    [InlineData("zijn arm zit om haar keel en haar gezicht wordt paars")]
    [InlineData("he's got his arm round my brother's neck, he's turning blue")]
    public void An_arm_around_the_neck_with_someone_turning_blue_is_danger_now(string text)
    {
        Assert.Equal(SafetyLevel.Acute, Assess(text).Level);
    }

    [Theory]
    [InlineData("mijn dochter slaat haar armen om mijn nek")]
    [InlineData("he put his arm around her shoulders")]
    [InlineData("my hands are turning blue from the cold")]
    public void A_hug_or_cold_hands_are_no_strangling(string text)
    {
        Assert.Equal(SafetyLevel.None, Assess(text).Level);
    }

    [Theory]
    [InlineData("ze zegt dat ik morgenochtend dood ben en ik hoor haar een mes slijpen")]
    [InlineData("she's sharpening a knife in the kitchen and saying i won't see the morning")]
    [InlineData("he says i won't live to see the morning and he's loading his gun")]
    public void A_threat_with_a_weapon_being_made_ready_is_danger_now(string text)
    {
        Assert.Equal(SafetyLevel.Acute, Assess(text).Level);
    }

    [Theory]
    [InlineData("ik sta de messen te slijpen voor het kerstdiner")]
    [InlineData("ik moet dit voor morgenochtend af hebben en ik slijp de messen voor het koken")]
    public void Sharpening_knives_for_cooking_is_no_danger(string text)
    {
        Assert.Equal(SafetyLevel.None, Assess(text).Level);
    }

    [Theory]
    [InlineData("hij roept dat hij me gaat kapotslaan, 'k ben bang")]
    [InlineData("he's yelling that he's going to hurt me and i'm terrified")]
    public void A_threat_to_hurt_shouted_now_with_fear_is_danger_now(string text)
    {
        Assert.Equal(SafetyLevel.Acute, Assess(text).Level);
    }

    [Theory]
    [InlineData("'k zit hier in de zetel tv te kijken")]
    [InlineData("ge moogt da ni kapotslaan, het is van mijn moeder")]
    [InlineData("hij zegt dat hij de oude kast gaat kapotslaan, ik ben bang dat het lawaai geeft")]
    public void Flemish_chat_and_smashing_things_are_no_danger(string text)
    {
        Assert.Equal(SafetyLevel.None, Assess(text).Level);
    }

    [Theory]
    [InlineData("ik zag hem iets in mijn wijn doen en nu word ik heel duf")]
    [InlineData("he gave me too much of my insulin on purpose and now i'm sweating and shaking")]
    [InlineData("mijn man heeft me expres een dubbele dosis medicijnen gegeven, ik ben heel duizelig")]
    [InlineData("he put something in my drink and i can barely keep my eyes open")]
    public void Something_put_in_a_drink_or_a_dose_given_on_purpose_with_symptoms_is_danger_now(string text)
    {
        Assert.Equal(SafetyLevel.Acute, Assess(text).Level);
    }

    [Theory]
    [InlineData("ik heb suiker in mijn thee gedaan en ben moe")]
    [InlineData("i took a double dose of my vitamins by mistake")]
    public void Sugar_in_tea_and_a_dose_by_mistake_are_no_danger(string text)
    {
        Assert.Equal(SafetyLevel.None, Assess(text).Level);
    }

    [Theory]
    [InlineData("my family says I brought shame on them and they will send me back to the village")]
    [InlineData("mijn vader zegt dat ik de familie te schande heb gemaakt en dat ze me deze zomer naar het buitenland sturen")]
    [InlineData("they say i dishonoured the family and are taking me to pakistan in the holidays")]
    [InlineData("mijn ooms zeggen dat ik schande over de familie heb gebracht en dat ik naar marokko moet")]
    public void Being_sent_abroad_for_the_family_s_honour_is_a_serious_disclosure(string text)
    {
        Assert.Equal(SafetyLevel.Urgent, Assess(text).Level);
    }

    [Theory]
    [InlineData("mijn vader blijft mijn moeder maar schoppen")]
    [InlineData("hij blijft me maar slaan")]
    [InlineData("ze blijft mijn broertje maar slaan")]
    public void Someone_who_keeps_on_hitting_is_at_least_a_serious_disclosure(string text)
    {
        Assert.NotEqual(SafetyLevel.None, Assess(text).Level);
    }

    [Theory]
    [InlineData("we gaan deze zomer naar het buitenland op vakantie")]
    [InlineData("het blijft maar regenen")]
    [InlineData("you could cut the atmosphere with a knife at dinner")]
    [InlineData("I could strangle my brother sometimes lol")]
    [InlineData("i would murder a pizza right now")]
    [InlineData("ik kan haar wel vermoorden haha")]
    public void Holidays_rain_and_figures_of_speech_are_no_danger(string text)
    {
        Assert.Equal(SafetyLevel.None, Assess(text).Level);
    }

    [Theory]
    [InlineData("als mijn broer nog 1x mijn fiets leent maak ik hem af 😂", SafetyLevel.None)]
    [InlineData("i swear i'll strangle my roommate if he eats my yoghurt again 🤣🤣", SafetyLevel.None)]
    [InlineData("mijn zusje zegt dat ze haar leraar gaat vermoorden om dat proefwerk 🙄", SafetyLevel.None)]
    [InlineData("hij heeft een mes en zegt dat hij me vermoordt 😭😭", SafetyLevel.Acute)]
    [InlineData("🔪 hij staat met een mes in de keuken, help", SafetyLevel.Acute)]
    public void A_threat_told_with_a_laughing_or_eye_rolling_emoji_is_a_joke_and_a_crying_one_is_not(string text, SafetyLevel expected)
    {
        Assert.Equal(expected, Assess(text).Level);
    }

    [Theory]
    [InlineData("a few weeks ago he had his hands around her neck", SafetyLevel.Urgent)]
    [InlineData("een paar weken terug had hij zijn handen om haar keel", SafetyLevel.Urgent)]
    [InlineData("twee dagen geleden heeft hij me in de kelder opgesloten", SafetyLevel.Urgent)]
    [InlineData("he has his hands around her neck", SafetyLevel.Acute)]
    [InlineData("a minute ago he had his hands around my neck and he's still in the flat", SafetyLevel.Acute)]
    [InlineData("vijf minuten geleden had hij zijn handen om mijn keel, hij is nog in huis", SafetyLevel.Acute)]
    public void Another_time_that_opens_the_clause_places_a_thing_nothing_nearer_places(string text, SafetyLevel expected)
    {
        Assert.Equal(expected, Assess(text).Level);
    }

    [Theory]
    [InlineData("mijn broer staat op het dak van de flat en zegt dat hij springt", SafetyLevel.Acute)]
    [InlineData("zit op de balkonrand", SafetyLevel.Acute)]
    [InlineData("my sister is on the ledge and threatening to jump", SafetyLevel.Acute)]
    [InlineData("i'm on the roof of the parking garage, done with everything", SafetyLevel.Acute)]
    [InlineData("we zaten op het dak van de flat naar het vuurwerk te kijken", SafetyLevel.None)]
    public void Someone_at_a_height_who_says_they_will_jump_is_danger_now(string text, SafetyLevel expected)
    {
        Assert.Equal(expected, Assess(text).Level);
    }

    [Theory]
    [InlineData("hoe slijp je een broodmes zonder het te verpesten", SafetyLevel.None)]
    [InlineData("best way to kill slugs in the garden?", SafetyLevel.None)]
    [InlineData("how do you stop someone who is strangling her right now", SafetyLevel.Acute)]
    [InlineData("how do you get out of a locked room, hes got a knife", SafetyLevel.Acute)]
    [InlineData("best way to kill myself tonight", SafetyLevel.Acute)]
    public void A_how_to_question_about_a_thing_is_no_danger_unless_someone_who_could_be_hurt_is_in_it(string text, SafetyLevel expected)
    {
        Assert.Equal(expected, Assess(text).Level);
    }

    [Theory]
    [InlineData("mijn zoon zegt dat hij dood wil, hij is nu op school", SafetyLevel.Urgent)]
    [InlineData("my daughter wrote that she wants to die, she is at school now", SafetyLevel.Urgent)]
    [InlineData("een jongen slaat mijn dochter nu op school", SafetyLevel.Acute)]
    [InlineData("hij is nu op school met een mes", SafetyLevel.Acute)]
    public void Being_at_school_now_places_the_person_not_what_was_told_about_them(string text, SafetyLevel expected)
    {
        Assert.Equal(expected, Assess(text).Level);
    }

    [Theory]
    [InlineData("that meeting was so tense you could cut it with a knife")]
    [InlineData("mijn zoon van 15 gooit de deur dicht en zegt niks meer tegen me")]
    [InlineData("that comedian killed me last night, the bit with the chainsaw was brilliant")]
    [InlineData("mijn broer werkt in een slachterij, altijd messen en bloed, maar hij is een lieverd")]
    [InlineData("we finished the Take a Break course in May, how do we sign up for the follow-up?")]
    public void Figures_of_speech_work_stage_and_the_programme_s_own_name_are_no_danger(string text)
    {
        Assert.Equal(SafetyLevel.None, Assess(text).Level);
    }

    [Theory]
    [InlineData("hij gooit de deur dicht en slaat haar nu")]
    [InlineData("he slams the door and now he has a knife")]
    public void The_same_words_with_danger_now_in_them_are_still_danger(string text)
    {
        Assert.Equal(SafetyLevel.Acute, Assess(text).Level);
    }

    [Theory]
    [InlineData("hij laat me er ni uit en hij heeft een mes")]
    [InlineData("ze laat mij ni gaan, de deur is op slot")]
    [InlineData("ge moet komen, ne vent slaat hier zijn vrouw")]
    public void Flemish_chat_forms_of_being_held_or_hit_are_danger_now(string text)
    {
        Assert.Equal(SafetyLevel.Acute, Assess(text).Level);
    }

    [Theory]
    [InlineData("there is a lot of blood coming from her head after he hit her")]
    [InlineData("er komt zoveel bloed uit haar hand waar hij haar sneed")]
    [InlineData("hij heeft me gesneden en het bloeden stopt niet")]
    public void Much_blood_after_a_cut_or_a_blow_is_danger_now(string text)
    {
        Assert.Equal(SafetyLevel.Acute, Assess(text).Level);
    }

    [Theory]
    [InlineData("my ex is breaking into my flat right now")]
    [InlineData("someone is breaking our front door, i can hear the wood splitting")]
    [InlineData("mijn ex trapt nu de achterdeur in, ik hoor het glas")]
    public void Someone_breaking_a_door_or_into_a_home_now_is_danger_now(string text)
    {
        Assert.Equal(SafetyLevel.Acute, Assess(text).Level);
    }

    [Theory]
    [InlineData("I could throttle my flatmate sometimes 😂")]
    [InlineData("i could kill for a coffee right now")]
    [InlineData("i lost a lot of blood when i gave birth years ago")]
    [InlineData("my dad is coming over to fix the gutter")]
    public void Figures_of_speech_and_old_or_ordinary_things_are_no_danger(string text)
    {
        Assert.Equal(SafetyLevel.None, Assess(text).Level);
    }

    [Theory]
    [InlineData("he could kill her any minute, he has a knife")]
    [InlineData("i think he could strangle her, he has his hands on her throat now")]
    public void What_someone_else_could_do_now_stays_danger_now(string text)
    {
        Assert.Equal(SafetyLevel.Acute, Assess(text).Level);
    }

    [Theory]
    [InlineData("I've shamed them and they will send me abroad to fix me")]
    [InlineData("mijn oom zegt dat ik ze te schande heb gemaakt en dat ze me naar het buitenland sturen")]
    public void Being_sent_abroad_to_be_corrected_for_shame_is_a_serious_disclosure(string text)
    {
        Assert.Equal(SafetyLevel.Urgent, Assess(text).Level);
    }

    [Theory]
    [InlineData("hij slaat mijn moeder met een riem, al de hele tijd, en hij stopt maar niet")]
    [InlineData("my stepmum is hitting me with a wooden spoon and she just won't stop")]
    [InlineData("mijn oom schopt mijn neefje in de gang en hij houdt niet op")]
    public void Violence_by_someone_who_will_not_stop_is_danger_now_however_far_apart(string text)
    {
        Assert.Equal(SafetyLevel.Acute, Assess(text).Level);
    }

    [Theory]
    [InlineData("mijn zoontje schopt tegen de bal en hij houdt niet op met lachen")]
    [InlineData("she won't stop talking about her holiday")]
    public void Someone_who_will_not_stop_laughing_or_talking_is_no_danger(string text)
    {
        Assert.Equal(SafetyLevel.None, Assess(text).Level);
    }

    // A neighbour's story in the lead's tries of the thirteenth session: what is heard "soms" (sometimes) is a pattern,
    // serious but not happening now.
    [Theory]
    [InlineData("de vader schreeuwt tegen de moeder en soms hoor ik klappen")]
    [InlineData("soms hoor ik klappen en hij schreeuwt tegen haar")]
    [InlineData("he yells at her and sometimes i hear slaps")]
    public void Blows_heard_sometimes_are_serious_not_danger_now(string text)
    {
        var verdict = Assess(text);

        Assert.True(verdict.Level == SafetyLevel.Urgent, $"{verdict.Level}: {string.Join(", ", verdict.ReasonIds)}");
    }

    // Round 21: families from the lead's fifteenth blind set, each written again in sentences of its own (never the set's).
    [Theory]
    [InlineData("heard a thud and now my sister isn't making a sound, he's still shouting")]
    [InlineData("he punched her in the face and now she's making a gurgling noise")]
    [InlineData("er was een harde klap en nu hoor ik haar niet meer, de telefoon staat nog aan")]
    [InlineData("hij schopte haar tegen haar hoofd en nu rochelt ze")]
    [InlineData("ik hoorde een dreun in de keuken en toen niks meer, hij loopt nog te schelden")]
    [InlineData("i can hear her whimpering, he keeps telling her to shut up and then another bang")]
    public void A_victim_gone_quiet_gurgling_or_whimpering_after_a_blow_or_a_bang_is_danger_now(string text)
    {
        var verdict = Assess(text);

        Assert.True(verdict.Level == SafetyLevel.Acute, $"{verdict.Level}: {string.Join(", ", verdict.ReasonIds)}");
    }

    [Theory]
    [InlineData("my daughter went quiet after we argued about her phone")]
    [InlineData("de baby rochelt een beetje na het drinken")]
    [InlineData("I heard a loud bang from the fireworks and now the dog is quiet")]
    [InlineData("ik hoorde een knal van vuurwerk en toen niks meer")]
    public void A_bang_of_fireworks_a_baby_after_a_feed_or_a_quiet_child_after_a_quarrel_is_no_danger(string text)
    {
        var verdict = Assess(text);

        Assert.True(verdict.Level == SafetyLevel.None, $"{verdict.Level}: {string.Join(", ", verdict.ReasonIds)}");
    }

    [Theory]
    [InlineData("he's pulling my nan by her ankles across the kitchen")]
    [InlineData("hij sleept mijn moeder aan haar enkels over de vloer")]
    [InlineData("my aunt is pinching the boy's cheeks and stuffing rice into his mouth, he's gagging")]
    [InlineData("ze propt het eten in zijn mond terwijl hij kokhalst")]
    [InlineData("hij duwt de hand van mijn zoontje op het hete fornuis, hij huilt")]
    [InlineData("my stepdad is pushing my little brother's hand against the hot stove")]
    public void Dragging_force_feeding_or_a_hand_forced_onto_heat_is_danger_now(string text)
    {
        var verdict = Assess(text);

        Assert.True(verdict.Level == SafetyLevel.Acute, $"{verdict.Level}: {string.Join(", ", verdict.ReasonIds)}");
    }

    [Theory]
    [InlineData("I dragged the sofa across the floor")]
    [InlineData("ik hield zijn hand vast op de kermis")]
    [InlineData("she forces herself to eat breakfast")]
    [InlineData("de radiator is heet, de kinderen mogen er niet aan komen")]
    [InlineData("i burned my hand on the hot stove")]
    [InlineData("ik stop een snoepje in zijn mond")]
    public void Moving_furniture_holding_hands_and_eating_are_no_danger(string text)
    {
        var verdict = Assess(text);

        Assert.True(verdict.Level == SafetyLevel.None, $"{verdict.Level}: {string.Join(", ", verdict.ReasonIds)}");
    }

    [Theory]
    [InlineData("he wrapped the chain round his fist and is shouting at my mum")]
    [InlineData("he's got his belt wrapped around his knuckles and is making the kids kneel")]
    [InlineData("hij heeft zijn riem om zijn hand gewikkeld en schreeuwt dat de kinderen tegen de muur moeten")]
    [InlineData("hij zwaait met een houwer en zit mijn moeder achterna")]
    [InlineData("hij staat voor de deur een mes te slijpen en laat me er niet langs")]
    [InlineData("he's blocking the back door, sharpening a knife and staring at me")]
    public void A_thing_wrapped_round_a_fist_a_machete_swung_or_a_knife_sharpened_by_the_only_door_is_danger_now(string text)
    {
        var verdict = Assess(text);

        Assert.True(verdict.Level == SafetyLevel.Acute, $"{verdict.Level}: {string.Join(", ", verdict.ReasonIds)}");
    }

    [Theory]
    [InlineData("he wrapped his belt round the suitcase")]
    [InlineData("hij wikkelt het snoer om zijn hand om het op te ruimen")]
    [InlineData("i wrapped the cable round my hand to carry it")]
    public void A_belt_round_a_suitcase_or_a_cable_round_a_hand_to_carry_it_is_no_danger(string text)
    {
        var verdict = Assess(text);

        Assert.True(verdict.Level == SafetyLevel.None, $"{verdict.Level}: {string.Join(", ", verdict.ReasonIds)}");
    }

    [Theory]
    [InlineData("his arm is around my throat from behind and everything is going black")]
    [InlineData("zijn arm zit om mijn nek, ik krijg bijna geen lucht")]
    [InlineData("i'm typing one handed, his arm is round my neck and i'm getting dizzy")]
    [InlineData("hij heeft zijn arm om mijn keel en ik word duizelig")]
    public void An_arm_round_the_neck_while_breath_fails_is_danger_now(string text)
    {
        var verdict = Assess(text);

        Assert.True(verdict.Level == SafetyLevel.Acute, $"{verdict.Level}: {string.Join(", ", verdict.ReasonIds)}");
    }

    [Theory]
    [InlineData("we practised a headlock in judo class")]
    [InlineData("mijn sjaal zit strak om mijn nek")]
    [InlineData("ik word duizelig van de hitte")]
    [InlineData("my boyfriend put his arm around my neck at the cinema")]
    public void A_judo_lock_a_tight_scarf_or_dizziness_from_the_heat_is_no_danger(string text)
    {
        var verdict = Assess(text);

        Assert.True(verdict.Level == SafetyLevel.None, $"{verdict.Level}: {string.Join(", ", verdict.ReasonIds)}");
    }

    [Theory]
    [InlineData("er zit iemand aan mijn achterdeur te wrikken, volgens mij mijn ex")]
    [InlineData("someone's prying the kitchen window open, i think it's my ex")]
    [InlineData("iemand morrelt aan het slot van mijn voordeur, het is vast mijn ex")]
    public void Someone_prying_at_a_door_or_a_lock_now_is_danger_now(string text)
    {
        var verdict = Assess(text);

        Assert.True(verdict.Level == SafetyLevel.Acute, $"{verdict.Level}: {string.Join(", ", verdict.ReasonIds)}");
    }

    [Theory]
    [InlineData("de buurman wrikt een tegel los")]
    [InlineData("I pried the lid off the paint tin")]
    public void Prying_a_tile_or_a_lid_is_no_danger(string text)
    {
        var verdict = Assess(text);

        Assert.True(verdict.Level == SafetyLevel.None, $"{verdict.Level}: {string.Join(", ", verdict.ReasonIds)}");
    }

    [Theory]
    [InlineData("he took my keys and my phone and locked the shutters, he'll be back any second")]
    [InlineData("de voordeur is van buiten op slot en hij heeft mijn mobiel, hij komt zo terug")]
    [InlineData("he nailed the bedroom door shut and he's coming back any minute")]
    [InlineData("hij heeft de ramen dichtgetimmerd en komt elk moment thuis")]
    public void Being_shut_in_by_someone_who_will_be_back_any_moment_is_danger_now(string text)
    {
        var verdict = Assess(text);

        Assert.True(verdict.Level == SafetyLevel.Acute, $"{verdict.Level}: {string.Join(", ", verdict.ReasonIds)}");
    }

    [Theory]
    [InlineData("I lost my keys and my phone is dead")]
    [InlineData("he'll be back any minute with the pizza")]
    [InlineData("de sleutels liggen binnen en ik sta buiten, mijn man is zo terug")]
    public void Lost_keys_and_someone_back_soon_with_food_are_no_danger(string text)
    {
        var verdict = Assess(text);

        Assert.True(verdict.Level == SafetyLevel.None, $"{verdict.Level}: {string.Join(", ", verdict.ReasonIds)}");
    }

    [Theory]
    [InlineData("mijn vader heeft een touw aan de trapleuning vastgemaakt en doet de deur niet open")]
    [InlineData("my friend sent me a farewell message and a picture of pills, now she won't pick up")]
    [InlineData("my sister messaged me saying goodbye forever and now her phone is off")]
    [InlineData("mijn broer stuurde een afscheidsbrief in de groepsapp en neemt niet meer op")]
    [InlineData("there's a rope tied to the banister and my son isn't answering when i call")]
    public void A_rope_or_a_farewell_and_no_answer_is_danger_now(string text)
    {
        var verdict = Assess(text);

        Assert.True(verdict.Level == SafetyLevel.Acute, $"{verdict.Level}: {string.Join(", ", verdict.ReasonIds)}");
    }

    [Theory]
    [InlineData("she texted me goodbye before her flight and now her phone is off")]
    [InlineData("we tied a rope to the attic ladder to pull it down")]
    [InlineData("we namen afscheid op het vliegveld en nu neemt ze niet op")]
    public void A_goodbye_at_an_airport_or_a_rope_for_a_loft_ladder_is_no_danger(string text)
    {
        var verdict = Assess(text);

        Assert.True(verdict.Level == SafetyLevel.None, $"{verdict.Level}: {string.Join(", ", verdict.ReasonIds)}");
    }

    [Theory]
    [InlineData("she gave the baby something from an unlabelled bottle to make him sleep and now he's floppy and grey")]
    [InlineData("hij gaf mijn zoontje druppels om hem stil te krijgen en nu zijn zijn lippen blauw")]
    [InlineData("ze heeft de baby een slaapmiddel gegeven en nu ademt hij heel traag")]
    [InlineData("my partner put something in the toddler's bottle so she'd sleep and now she won't wake up")]
    public void A_child_given_something_to_sleep_who_is_now_limp_blue_or_breathing_slowly_is_danger_now(string text)
    {
        var verdict = Assess(text);

        Assert.True(verdict.Level == SafetyLevel.Acute, $"{verdict.Level}: {string.Join(", ", verdict.ReasonIds)}");
    }

    [Theory]
    [InlineData("the doctor gave him drops for his ears and now he's sleeping well")]
    [InlineData("her lips were blue from the cold after swimming")]
    public void Ear_drops_and_lips_blue_from_the_cold_are_no_danger(string text)
    {
        var verdict = Assess(text);

        Assert.True(verdict.Level == SafetyLevel.None, $"{verdict.Level}: {string.Join(", ", verdict.ReasonIds)}");
    }

    [Theory]
    [InlineData("hij rijdt nu weg met mijn zoon en schreeuwde dat ik hem nooit meer zie")]
    [InlineData("he's driving off with the kids right now yelling that i'll never see them again")]
    [InlineData("mijn ex reed net weg met onze dochter en riep dat ik haar nooit meer terugzie")]
    public void A_child_driven_off_with_a_threat_now_is_danger_now(string text)
    {
        var verdict = Assess(text);

        Assert.True(verdict.Level == SafetyLevel.Acute, $"{verdict.Level}: {string.Join(", ", verdict.ReasonIds)}");
    }

    [Theory]
    [InlineData("hij rijdt net weg met de kinderen naar school")]
    [InlineData("he's driving the kids to their grandma's")]
    public void Children_driven_to_school_or_to_grandma_are_no_danger(string text)
    {
        var verdict = Assess(text);

        Assert.True(verdict.Level == SafetyLevel.None, $"{verdict.Level}: {string.Join(", ", verdict.ReasonIds)}");
    }

    [Theory]
    [InlineData("ik heb mijn zus aan de telefoon en ik hoor hem schreeuwen dat hij een mes gaat pakken")]
    [InlineData("i'm on the phone with my mum and i can hear him saying he'll get the knife, she's whispering to send help")]
    [InlineData("ik ben aan het bellen met mijn vriendin en ik hoor hem dreigen dat hij haar gaat slaan")]
    public void A_threat_heard_on_a_phone_call_now_is_danger_now(string text)
    {
        var verdict = Assess(text);

        Assert.True(verdict.Level == SafetyLevel.Acute, $"{verdict.Level}: {string.Join(", ", verdict.ReasonIds)}");
    }

    [Theory]
    [InlineData("ik bel met mijn vriendin over de film waarin hij een mes pakt")]
    public void A_call_about_a_film_is_no_danger(string text)
    {
        var verdict = Assess(text);

        Assert.True(verdict.Level == SafetyLevel.None, $"{verdict.Level}: {string.Join(", ", verdict.ReasonIds)}");
    }

    [Theory]
    [InlineData("hij zegt: als je weggaat met de kinderen, zie je ze nooit meer levend")]
    [InlineData("if you take the kids, you'll never see them alive again")]
    [InlineData("als je met de kinderen vertrekt zie je ze nooit levend terug, zei hij")]
    public void Never_seeing_the_children_alive_again_under_a_condition_is_a_serious_disclosure(string text)
    {
        var verdict = Assess(text);

        Assert.True(verdict.Level == SafetyLevel.Urgent, $"{verdict.Level}: {string.Join(", ", verdict.ReasonIds)}");
    }

    [Theory]
    [InlineData("he's screaming right now that i'll never see the kids alive again")]
    public void Never_seeing_the_children_alive_again_screamed_now_is_danger_now(string text)
    {
        var verdict = Assess(text);

        Assert.True(verdict.Level == SafetyLevel.Acute, $"{verdict.Level}: {string.Join(", ", verdict.ReasonIds)}");
    }

    [Theory]
    [InlineData("je ziet ze nooit meer terug als je de ballonnen loslaat")]
    public void Balloons_let_go_are_no_danger(string text)
    {
        var verdict = Assess(text);

        Assert.True(verdict.Level == SafetyLevel.None, $"{verdict.Level}: {string.Join(", ", verdict.ReasonIds)}");
    }

    [Theory]
    [InlineData("my uncle said if i keep seeing him, my cousins will deal with me. i'm afraid to go back")]
    [InlineData("mijn vader zegt dat mijn broers het zullen regelen als ik niet stop met hem, ik durf niet naar huis")]
    [InlineData("als ik het niet uitmaak, zullen mijn broers me aanpakken zegt mijn vader")]
    public void Brothers_or_cousins_who_will_deal_with_someone_for_the_family_are_a_serious_disclosure(string text)
    {
        var verdict = Assess(text);

        Assert.True(verdict.Level == SafetyLevel.Urgent, $"{verdict.Level}: {string.Join(", ", verdict.ReasonIds)}");
    }

    [Theory]
    [InlineData("my dad says if i don't finish my homework my brother will take care of the dishes")]
    [InlineData("mijn broers zullen het regelen met de verhuiswagen")]
    public void Brothers_who_will_do_the_dishes_or_a_move_are_no_danger(string text)
    {
        var verdict = Assess(text);

        Assert.True(verdict.Level == SafetyLevel.None, $"{verdict.Level}: {string.Join(", ", verdict.ReasonIds)}");
    }

    [Theory]
    [InlineData("twee weken geleden kneep hij haar keel dicht, ze slaapt nu bij ons")]
    [InlineData("drie weken terug had hij zijn handen om haar nek, nu logeert ze bij haar zus")]
    [InlineData("she had marks on her throat from last week when he choked her. she's back with him now")]
    public void Strangling_weeks_ago_told_before_a_now_about_something_else_is_a_serious_disclosure_not_danger_now(string text)
    {
        var verdict = Assess(text);

        Assert.True(verdict.Level == SafetyLevel.Urgent, $"{verdict.Level}: {string.Join(", ", verdict.ReasonIds)}");
    }

    [Theory]
    [InlineData("my wife said if i leave the dishes out one more time she'll strangle me, we laughed")]
    [InlineData("mijn man zei als je je jas weer laat slingeren wurg ik je, we moesten lachen")]
    [InlineData("dat examen wurgt me")]
    [InlineData("deze hypotheek wurgt ons")]
    [InlineData("this deadline is strangling me")]
    [InlineData("ik sla je dood met een kussen haha, we lagen dubbel")]
    public void Strangling_as_a_joke_everyone_laughed_at_or_as_a_figure_of_speech_is_no_danger(string text)
    {
        var verdict = Assess(text);

        Assert.True(verdict.Level == SafetyLevel.None, $"{verdict.Level}: {string.Join(", ", verdict.ReasonIds)}");
    }

    [Theory]
    [InlineData("he is strangling her at the party right now")]
    [InlineData("hij wurgt haar op het feest")]
    public void Strangling_at_a_party_is_still_danger_now(string text)
    {
        var verdict = Assess(text);

        Assert.True(verdict.Level == SafetyLevel.Acute, $"{verdict.Level}: {string.Join(", ", verdict.ReasonIds)}");
    }

    [Theory]
    [InlineData("my dad threw my mum against the wardrobe, she's on the floor gurgling")]
    [InlineData("ik hoorde boven een enorme bonk en nu is mijn zus helemaal stil, hij loopt nog te tieren")]
    [InlineData("hij heeft haar geslagen en ze geeft geen antwoord meer als ik haar roep")]
    [InlineData("there was a loud smack and then silence, he's still in there with her")]
    [InlineData("he slammed her head on the table and now she's breathing weird and not talking")]
    [InlineData("mama ligt te kreunen op de grond nadat hij haar schopte")]
    [InlineData("ze huilt en roept help en het bonken gaat maar door")]
    public void Someone_on_the_floor_gurgling_gone_silent_or_not_talking_after_a_blow_is_danger_now_in_other_words_too(string text)
    {
        var verdict = Assess(text);

        Assert.True(verdict.Level == SafetyLevel.Acute, $"{verdict.Level}: {string.Join(", ", verdict.ReasonIds)}");
    }

    [Theory]
    [InlineData("hij trekt mijn oma aan haar arm over de grond naar de slaapkamer")]
    [InlineData("my uncle is dragging my cousin by the hair into the garden")]
    [InlineData("he's forcing pills into her mouth and holding her nose")]
    [InlineData("mijn stiefmoeder houdt de hand van mijn broertje onder de hete kraan, hij gilt")]
    [InlineData("my sister-in-law is pressing her son's palm onto the hot radiator and he's howling")]
    public void Dragging_by_an_arm_or_the_hair_pills_forced_in_or_a_hand_held_on_heat_is_danger_now_in_other_words_too(string text)
    {
        var verdict = Assess(text);

        Assert.True(verdict.Level == SafetyLevel.Acute, $"{verdict.Level}: {string.Join(", ", verdict.ReasonIds)}");
    }

    [Theory]
    [InlineData("hij heeft een machete vast en rent achter mijn zus aan door het huis")]
    [InlineData("he's got a hammer in his hand and he's chasing my brother round the house")]
    [InlineData("hij heeft zijn riem om zijn vuist gedraaid en we moeten op een rij staan")]
    [InlineData("he's standing in the doorway sharpening the big kitchen knife and i can't get past")]
    public void A_machete_a_hammer_or_a_belt_in_a_fist_or_a_blade_sharpened_in_the_doorway_is_danger_now_in_other_words_too(string text)
    {
        var verdict = Assess(text);

        Assert.True(verdict.Level == SafetyLevel.Acute, $"{verdict.Level}: {string.Join(", ", verdict.ReasonIds)}");
    }

    [Theory]
    [InlineData("he's got me in a chokehold, i can't breathe, typing with one hand")]
    [InlineData("his forearm is pressed across my throat and i'm seeing stars")]
    [InlineData("hij drukt zijn arm tegen mijn keel, ik word duizelig")]
    public void A_chokehold_or_a_forearm_on_the_throat_with_breath_failing_is_danger_now_in_other_words_too(string text)
    {
        var verdict = Assess(text);

        Assert.True(verdict.Level == SafetyLevel.Acute, $"{verdict.Level}: {string.Join(", ", verdict.ReasonIds)}");
    }

    [Theory]
    [InlineData("someone is trying to force my bedroom window, i'm sure it's him")]
    [InlineData("er staat iemand aan mijn slaapkamerraam te wrikken en ik denk dat het mijn ex is")]
    public void Forcing_or_prying_a_window_now_is_danger_now_in_other_words_too(string text)
    {
        var verdict = Assess(text);

        Assert.True(verdict.Level == SafetyLevel.Acute, $"{verdict.Level}: {string.Join(", ", verdict.ReasonIds)}");
    }

    [Theory]
    [InlineData("hij heeft me opgesloten en mijn telefoon meegenomen, hij komt elk moment terug")]
    [InlineData("he locked me in the bathroom and took my phone, he'll be back any minute")]
    public void Locked_in_with_the_phone_taken_by_someone_about_to_come_back_is_danger_now_in_other_words_too(string text)
    {
        var verdict = Assess(text);

        Assert.True(verdict.Level == SafetyLevel.Acute, $"{verdict.Level}: {string.Join(", ", verdict.ReasonIds)}");
    }

    [Theory]
    [InlineData("mijn zus heeft een touw aan de balk op zolder vastgeknoopt en doet niet open als ik klop")]
    [InlineData("my brother posted a goodbye note online and now he's not answering his phone")]
    [InlineData("mijn vriendin stuurde me een foto van een strop en nu neemt ze niet op")]
    [InlineData("my mum sent a picture of a rope and said goodbye, she isn't picking up")]
    public void A_rope_a_noose_photo_or_a_goodbye_note_with_no_answer_is_danger_now_in_other_words_too(string text)
    {
        var verdict = Assess(text);

        Assert.True(verdict.Level == SafetyLevel.Acute, $"{verdict.Level}: {string.Join(", ", verdict.ReasonIds)}");
    }

    [Theory]
    [InlineData("mijn moeder gaf mijn broertje een drankje om te slapen en nu is hij slap en blauw")]
    [InlineData("she put medicine in his bottle to keep him quiet and now he's hardly breathing")]
    [InlineData("hij gaf de baby druppels uit een flesje zonder etiket en nu wordt ze niet wakker")]
    public void A_child_given_a_drink_or_drops_to_sleep_and_now_limp_or_hardly_breathing_is_danger_now_in_other_words_too(string text)
    {
        var verdict = Assess(text);

        Assert.True(verdict.Level == SafetyLevel.Acute, $"{verdict.Level}: {string.Join(", ", verdict.ReasonIds)}");
    }

    [Theory]
    [InlineData("hij rijdt nu weg met de kinderen en zei dat ik ze nooit meer zie")]
    [InlineData("he just drove off with my son and said i'll never see him again")]
    [InlineData("ik bel met mijn zus en hoor hem zeggen dat hij haar gaat vermoorden")]
    [InlineData("i'm on facetime with my friend and i can hear him saying he'll stab her")]
    public void A_child_driven_off_or_a_threat_heard_on_a_call_now_is_danger_now_in_other_words_too(string text)
    {
        var verdict = Assess(text);

        Assert.True(verdict.Level == SafetyLevel.Acute, $"{verdict.Level}: {string.Join(", ", verdict.ReasonIds)}");
    }

    [Theory]
    [InlineData("als je met de kinderen weggaat zie je ze nooit meer levend terug")]
    [InlineData("if you leave with the children you'll never see them alive again")]
    [InlineData("my father says if i don't stop seeing him my brothers will deal with him. i'm scared")]
    [InlineData("mijn vader zegt dat mijn broers me zullen aanpakken als ik met hem doorga, ik ben bang")]
    public void Children_not_seen_alive_again_under_a_condition_or_brothers_who_will_deal_with_someone_are_serious_in_other_words_too(string text)
    {
        var verdict = Assess(text);

        Assert.True(verdict.Level == SafetyLevel.Urgent, $"{verdict.Level}: {string.Join(", ", verdict.ReasonIds)}");
    }

    [Theory]
    [InlineData("vorige maand heeft hij mijn keel dichtgeknepen, nu woont ze bij haar moeder")]
    [InlineData("last month he choked her until she passed out. she's living with her mum now")]
    public void Strangling_last_month_told_before_a_now_about_something_else_is_serious_in_other_words_too(string text)
    {
        var verdict = Assess(text);

        Assert.True(verdict.Level == SafetyLevel.Urgent, $"{verdict.Level}: {string.Join(", ", verdict.ReasonIds)}");
    }

    [Theory]
    [InlineData("my husband joked he'd strangle me if i ate his last biscuit, we both laughed")]
    [InlineData("ik wurg je als je nog één keer die liedjes draait, zei mijn zus lachend, we lagen in een deuk")]
    [InlineData("die deadlines wurgen me echt deze week")]
    [InlineData("deze rekeningen wurgen ons")]
    [InlineData("ik sla je dood met een kussen als je dat nog eens zegt haha")]
    [InlineData("we heard a loud bang when the tyre burst and then nothing")]
    [InlineData("my son went quiet after school today")]
    [InlineData("the toddler is gagging on her porridge")]
    [InlineData("i wrapped the lead around my hand so the dog wouldn't pull")]
    [InlineData("hij rijdt weg met de kinderen naar de camping")]
    public void Strangling_in_jest_or_by_bills_a_burst_tyre_a_quiet_son_a_gagging_toddler_and_a_dog_lead_are_no_danger_in_other_words_too(string text)
    {
        var verdict = Assess(text);

        Assert.True(verdict.Level == SafetyLevel.None, $"{verdict.Level}: {string.Join(", ", verdict.ReasonIds)}");
    }

    // Round 20 left "weggerend" read as "we gg erend" once "eer" was an honour term: a run-together split of three words took
    // its last part by the stem of "eer", and the middle "gg" (good game) blocked the clause.
    [Theory]
    [InlineData("ze bloedt heel erg en hij is weggerend")]
    [InlineData("hij is weggerend en ze bloedt heel erg")]
    public void A_word_that_only_looks_run_together_does_not_hide_danger(string text)
    {
        Assert.Equal(SafetyLevel.Acute, Assess(text).Level);
    }

    [Theory]
    [InlineData("mijn broers zeggen dat ik de eer van de familie heb geschonden en dat ze me iets aandoen")]
    [InlineData("het gaat om de familie-eer, mijn vader dreigt me op te sluiten als ik met hem blijf")]
    public void A_threat_for_the_family_s_honour_in_Dutch_is_a_serious_disclosure(string text)
    {
        Assert.Equal(SafetyLevel.Urgent, Assess(text).Level);
    }

    [Theory]
    [InlineData("ik hoor nu een kind krijsen en een man brult dat hij het kapotslaat")]
    [InlineData("right now i hear a kid screaming and a man yelling he'll smash it to pieces")]
    [InlineData("ik hoor het kindje gillen en de vader schreeuwt dat hij het kapot gaat slaan")]
    public void A_child_screaming_now_while_someone_shouts_he_will_smash_it_is_danger_now(string text)
    {
        Assert.Equal(SafetyLevel.Acute, Assess(text).Level);
    }

    [Theory]
    [InlineData("gisteren hoorde ik een kind gillen en de vader riep dat hij het kapotsloeg", SafetyLevel.Urgent)]
    [InlineData("hij zegt dat hij de oude kast gaat kapotslaan", SafetyLevel.None)]
    public void Smashing_it_yesterday_or_an_old_cupboard_is_not_danger_now(string text, SafetyLevel expected)
    {
        Assert.Equal(expected, Assess(text).Level);
    }

    // Round 21, a third batch: indirect danger - a call gone silent, a state seen now, a note and a rope, a car as a weapon.
    [Theory]
    [InlineData("we were on a call and i heard him hit her, now the line is silent but still connected")]
    [InlineData("ik zat met haar te facetimen, ik hoorde een klap en nu zie ik alleen het plafond en hoor ik niks")]
    [InlineData("mijn zus appte 'hij is er', daarna hoorde ik via de telefoon gegil en nu neemt ze niet meer op")]
    [InlineData("my neighbour's door is open, there's blood on the step and she won't answer when i call her name")]
    [InlineData("i'm watching through the window, he has my friend pinned on the sofa and she's stopped moving")]
    [InlineData("hij ligt boven op haar en ze maakt rare geluiden, het gebeurt nu voor mijn ogen")]
    [InlineData("he's kneeling on my brother's back and he's making gasping noises")]
    [InlineData("mijn oom houdt mijn nichtje onder water in bad en ze spartelt")]
    [InlineData("my uncle is pushing my cousin's head under the bath water")]
    [InlineData("ze heeft een kussen op het gezicht van de baby gedrukt en hij beweegt niet meer")]
    [InlineData("hij duwt mijn moeder de trap af en nu ligt ze onderaan te kreunen")]
    [InlineData("she just swallowed a handful of her mum's pills in front of me and is getting sleepy")]
    [InlineData("mijn beste vriend heeft net een brief achtergelaten en is met het touw uit de schuur naar het bos gelopen")]
    [InlineData("my friend posted 'goodbye everyone' and is standing on the railway bridge")]
    [InlineData("hij heeft de kinderen in de auto en rijdt met 150 over de snelweg, hij zegt dat we samen doodgaan")]
    [InlineData("hij heeft haar telefoon afgepakt en de voordeur op slot gedraaid, ze appt me via de laptop dat ze bang is")]
    [InlineData("he's got a crowbar and he's going at my front door, i'm hiding upstairs with the baby")]
    [InlineData("hij staat in de keuken met een schaar te zwaaien naar mijn moeder")]
    [InlineData("he's standing at the foot of the bed with a hammer and he won't say anything")]
    [InlineData("mijn stiefvader heeft een bijl gepakt en loopt naar de schuur waar mijn moeder zit")]
    public void Indirect_danger_told_by_a_state_a_call_or_a_note_is_danger_now(string text)
    {
        var verdict = Assess(text);

        Assert.True(verdict.Level == SafetyLevel.Acute, $"{verdict.Level}: {string.Join(", ", verdict.ReasonIds)}");
    }

    [Theory]
    [InlineData("mijn broer zei dat als ik met die jongen blijf, de familie het zal oplossen, ik durf niet meer naar huis")]
    [InlineData("last week he put his hands around my throat until i saw black, he's at work now")]
    public void A_family_that_will_settle_it_or_strangling_last_week_is_serious_not_danger_now(string text)
    {
        var verdict = Assess(text);

        Assert.True(verdict.Level == SafetyLevel.Urgent, $"{verdict.Level}: {string.Join(", ", verdict.ReasonIds)}");
    }

    [Theory]
    [InlineData("my cousins will take care of the barbecue this weekend, i'm so excited")]
    [InlineData("ik hoorde een klap, de kast viel om, verder is alles goed")]
    [InlineData("we were on the phone and the line went dead because my battery died")]
    [InlineData("my nephew is gagging because he doesn't like broccoli")]
    [InlineData("he's wrapping the presents while the kids are at school")]
    public void A_barbecue_a_falling_cupboard_a_flat_battery_broccoli_and_presents_are_no_danger(string text)
    {
        var verdict = Assess(text);

        Assert.True(verdict.Level == SafetyLevel.None, $"{verdict.Level}: {string.Join(", ", verdict.ReasonIds)}");
    }

    // Round 21, a fourth batch in Dutch: a razor and no answer, a farewell and no one to reach, a child gurgling after a throw.
    [Theory]
    [InlineData("mijn buurjongen ligt in de gang en hij rochelt, zijn vader heeft hem net tegen de muur gegooid")]
    [InlineData("ik sta bij haar voordeur, ze doet niet open en binnen hoor ik hem tekeergaan en dan weer een bons")]
    [InlineData("mijn schoonvader drukt zijn duim in de keel van mijn schoonmoeder, ze wordt rood en hoest")]
    [InlineData("hij staat met een boksbeugel in de woonkamer en zegt dat we moeten gaan zitten")]
    [InlineData("hij staat nu met een honkbalknuppel naast het bedje van de baby")]
    [InlineData("mijn vriendin zit op de badkamervloer met een scheermesje en antwoordt niet meer")]
    [InlineData("ze heeft een afscheidsbrief op tafel gelegd en de autosleutels zijn weg, ik krijg haar niet te pakken")]
    [InlineData("de oppas heeft de baby iets gegeven om hem stil te krijgen en nu is hij helemaal slap")]
    [InlineData("mijn ex staat in de tuin en probeert de achterdeur open te wrikken met een schroevendraaier")]
    public void Dutch_indirect_danger_in_other_words_is_danger_now(string text)
    {
        var verdict = Assess(text);

        Assert.True(verdict.Level == SafetyLevel.Acute, $"{verdict.Level}: {string.Join(", ", verdict.ReasonIds)}");
    }

    [Theory]
    [InlineData("mijn neven zeggen dat ze hem gaan aanpakken als ik nog met hem praat, ik ben bang")]
    public void Dutch_cousins_who_will_deal_with_him_are_a_serious_disclosure(string text)
    {
        var verdict = Assess(text);

        Assert.True(verdict.Level == SafetyLevel.Urgent, $"{verdict.Level}: {string.Join(", ", verdict.ReasonIds)}");
    }

    [Theory]
    [InlineData("mijn dochter rochelt een beetje door haar verkoudheid")]
    [InlineData("de oppas heeft hem een flesje gegeven en nu slaapt hij")]
    public void A_cold_and_a_bottle_before_sleep_are_no_danger(string text)
    {
        var verdict = Assess(text);

        Assert.True(verdict.Level == SafetyLevel.None, $"{verdict.Level}: {string.Join(", ", verdict.ReasonIds)}");
    }

    // Round 22: families the guard missed in earlier rounds' leftovers, each written again in sentences of its own (nl and en,
    // also as a non-native speaker writes), with near misses that must stay where they are.
    [Theory]
    [InlineData("het geschreeuw boven houdt niet op en er wordt tegen de muur geslagen")]
    [InlineData("de klappen bij de buren blijven maar komen, ik hoor een vrouw huilen")]
    [InlineData("er is gebonk en gegil bij de buren en het gaat maar door")]
    [InlineData("the thumping next door won't stop and she is crying for help")]
    [InlineData("my neighbour keeps screaming and the crashing doesn't stop")]
    [InlineData("the bangs is not stop and the woman is scream next door")]
    public void Screams_or_blows_that_go_on_are_danger_now(string text)
    {
        AssertLevel(SafetyLevel.Acute, text);
    }

    [Theory]
    [InlineData("de bouwvakkers blijven maar bonken naast ons")]
    [InlineData("the music next door won't stop, so annoying")]
    [InlineData("de baby blijft maar huilen en ik ben zo moe")]
    [InlineData("the hammering upstairs doesn't stop, they are renovating")]
    [InlineData("a nurse keeps coming in to check on her and says it will be fine")]
    public void Builders_music_or_a_crying_baby_that_go_on_are_no_danger(string text)
    {
        AssertLevel(SafetyLevel.None, text);
    }

    [Theory]
    [InlineData("mijn zoon heeft blauwe lippen van de kou")]
    [InlineData("her lips are blue from the cold after swimming in the lake")]
    [InlineData("my son has blue lips from the cold")]
    public void Blue_lips_from_the_cold_are_no_danger(string text)
    {
        AssertLevel(SafetyLevel.None, text);
    }

    [Theory]
    [InlineData("mijn buurman trekt zijn vrouw aan haar haren over de stoep")]
    [InlineData("hij sleept mijn zus aan haar arm de trap af")]
    [InlineData("hij is mij aan mijn haar trekken door de kamer")]
    [InlineData("hij schopt mijn broer tegen zijn hoofd")]
    [InlineData("hij wurgt mijn moeder in de keuken")]
    [InlineData("he is pulling my mum by her hair down the stairs yes now")]
    [InlineData("he is dragging my sister by her legs out of the room")]
    public void A_blow_told_with_where_it_lands_in_the_present_is_danger_now(string text)
    {
        AssertLevel(SafetyLevel.Acute, text);
    }

    [Theory]
    [InlineData("hij trekt haar altijd aan haar haren als hij dronken is")]
    [InlineData("vorige week sleurde hij me aan mijn haren door de gang")]
    [InlineData("he often drags her by the hair when he's angry")]
    public void The_same_blow_as_a_habit_or_last_week_is_a_serious_disclosure(string text)
    {
        AssertLevel(SafetyLevel.Urgent, text);
    }

    [Theory]
    [InlineData("mijn dochter sleept haar knuffel overal mee naartoe")]
    [InlineData("ik vlecht het haar van mijn dochter")]
    public void A_cuddly_toy_dragged_along_or_hair_braided_is_no_danger(string text)
    {
        AssertLevel(SafetyLevel.None, text);
    }

    [Theory]
    [InlineData("hij houdt haar hand op de kookplaat")]
    [InlineData("he's pressing my hand on the hot iron")]
    [InlineData("hij drukt mijn arm tegen de hete verwarming")]
    [InlineData("he hold my hand on the stove now it burn")]
    [InlineData("mijn vriend duwt het hoofd van mijn zoon onder water in bad")]
    [InlineData("she is holding the baby under the water in the bath")]
    public void A_hand_held_on_heat_or_a_head_under_water_is_danger_now(string text)
    {
        AssertLevel(SafetyLevel.Acute, text);
    }

    [Theory]
    [InlineData("ik hou mijn handen bij de kachel om op te warmen")]
    [InlineData("i hold the baby in the bath water to wash her")]
    public void Warming_hands_or_washing_a_baby_is_no_danger(string text)
    {
        AssertLevel(SafetyLevel.None, text);
    }

    [Theory]
    [InlineData("hij rent achter mijn broer aan met een bijl")]
    [InlineData("my uncle is chasing the neighbour with a machete")]
    [InlineData("hij loopt met een hakmes achter haar aan door de straat")]
    [InlineData("he is running after us with a crowbar")]
    [InlineData("he run after my sister with a crowbar now")]
    [InlineData("hij heeft zijn riem om zijn hand gedraaid en zegt dat we stil moeten staan")]
    [InlineData("hij heeft een ketting om zijn vuist gewikkeld en zegt dat we op de grond moeten gaan zitten")]
    [InlineData("he wrapped a chain round his hand and is telling us to get on the floor")]
    [InlineData("he wrapped his belt around his hand and told me to get on the floor")]
    public void A_tool_used_as_a_weapon_or_wrapped_round_a_fist_is_danger_now(string text)
    {
        AssertLevel(SafetyLevel.Acute, text);
    }

    [Theory]
    [InlineData("we gebruiken een bijl om hout te hakken")]
    [InlineData("i use a machete to clear the garden")]
    [InlineData("i'm using a machete to cut back the bushes")]
    [InlineData("ik gebruik een bijl voor het haardhout in de tuin")]
    [InlineData("the gardener is running around with a machete clearing the path")]
    [InlineData("ik wikkel het touw om mijn hand om de hond vast te houden")]
    [InlineData("de kinderen rennen achter elkaar aan met waterpistolen")]
    public void A_tool_used_as_a_tool_is_no_danger(string text)
    {
        AssertLevel(SafetyLevel.None, text);
    }

    [Theory]
    [InlineData("er probeert iemand mijn voordeur open te breken")]
    [InlineData("someone is forcing my window, i think its my ex")]
    [InlineData("iemand staat aan mijn achterdeur te wrikken")]
    [InlineData("er is iemand bezig het slot van mijn deur open te maken, ik ben alleen")]
    [InlineData("someone try to break the door now i am alone")]
    [InlineData("iemand probeert de achterdeur open te duwen, ik denk dat het mijn ex is")]
    public void Someone_breaking_in_now_is_danger_now(string text)
    {
        AssertLevel(SafetyLevel.Acute, text);
    }

    [Theory]
    [InlineData("de slotenmaker maakt de deur open want ik ben mijn sleutel kwijt")]
    [InlineData("we try to force the window because it's stuck")]
    public void A_stuck_window_or_a_locksmith_is_no_break_in(string text)
    {
        AssertLevel(SafetyLevel.None, text);
    }

    [Theory]
    [InlineData("hij heeft mijn zoon in de auto gezet en zegt dat ik hem niet meer terug krijg")]
    [InlineData("hij rijdt weg met mijn dochter en dreigt dat ze niet meer terugkomt")]
    [InlineData("hij zit in de auto met mijn zoontje en appt dat ik hem nooit meer terugkrijg")]
    [InlineData("mijn man rijdt nu weg met de baby en zegt dat ik haar voor het laatst heb gezien")]
    [InlineData("he's driving away with our daughter and says I will never see her again")]
    [InlineData("my ex just drove off with our son and says I won't get him back")]
    [InlineData("my husband took the baby out of the house just now and texted that I will never see her again")]
    public void A_child_taken_now_with_words_that_they_will_not_come_back_is_danger_now(string text)
    {
        AssertLevel(SafetyLevel.Acute, text);
    }

    [Theory]
    [InlineData("mijn ex haalt de kinderen op voor het weekend")]
    [InlineData("mijn ex rijdt weg met de kinderen naar zijn moeder, ze komen zondag terug")]
    [InlineData("he's driving the kids to school")]
    public void A_child_picked_up_or_driven_somewhere_is_no_danger(string text)
    {
        AssertLevel(SafetyLevel.None, text);
    }

    [Theory]
    [InlineData("ik ben aan de telefoon met mijn zus en ik hoor haar man roepen dat hij een mes gaat pakken")]
    [InlineData("mijn vriendin belt me en op de achtergrond zegt hij dat hij de bijl haalt")]
    [InlineData("ik bel met mijn moeder en hoor mijn vader zeggen dat hij zijn geweer gaat halen")]
    [InlineData("i'm on the phone with my mum and i can hear him say he's getting the gun")]
    [InlineData("while im on the phone with my sister i hear her husband say hes fetching the axe")]
    public void A_weapon_heard_being_fetched_is_danger_now(string text)
    {
        AssertLevel(SafetyLevel.Acute, text);
    }

    [Theory]
    [InlineData("ik bel met mijn vriendin en hoor haar zeggen dat ze een mes gaat halen om de taart te snijden")]
    [InlineData("ik hoor mijn buurman zeggen dat hij de ladder gaat halen")]
    [InlineData("hij haalt de kinderen op en neemt een pizza mee")]
    [InlineData("on the phone with my brother, he says he's going to get the knives sharpened")]
    public void Fetching_a_knife_for_a_cake_or_a_ladder_is_no_danger(string text)
    {
        AssertLevel(SafetyLevel.None, text);
    }

    [Theory]
    [InlineData("als ik bij hem weg ga zorgt hij dat de kinderen niet meer leven")]
    [InlineData("he says if I leave him the kids won't be alive anymore")]
    [InlineData("if i go to the police he will make sure i never see my children alive")]
    [InlineData("he told me if i report him the kids will not be alive")]
    [InlineData("als ik weg ga zegt hij dat de kinderen het niet overleven")]
    public void A_threat_to_the_childrens_lives_under_a_condition_is_a_serious_disclosure(string text)
    {
        AssertLevel(SafetyLevel.Urgent, text);
    }

    [Theory]
    [InlineData("if i leave early the kids will be alone for an hour")]
    [InlineData("als ik wegga zorgt hij dat de kinderen op tijd naar bed gaan")]
    public void Children_alone_for_an_hour_or_put_to_bed_are_no_threat(string text)
    {
        AssertLevel(SafetyLevel.None, text);
    }

    [Theory]
    [InlineData("cliënt wordt op dit moment mishandeld door haar partner, ik ben ter plaatse")]
    [InlineData("client is currently being assaulted by partner, I am present at the address")]
    [InlineData("tijdens huisbezoek: partner is agressief aanwezig en bedreigt cliënte nu")]
    [InlineData("de cliënt wordt nu door haar zoon bedreigd, hij is erg agressief en staat in de kamer")]
    [InlineData("her partner is threatening her right now, he's aggressive and present in the home")]
    [InlineData("op dit moment wordt mijn cliënte bedreigd door haar man die aanwezig is")]
    public void A_professional_reporting_a_threat_or_assault_going_on_during_a_visit_is_danger_now(string text)
    {
        AssertLevel(SafetyLevel.Acute, text);
    }

    [Theory]
    [InlineData("cliënte is vorige maand door partner mishandeld")]
    [InlineData("haar partner bedreigt haar vaak als hij agressief is")]
    public void A_professional_reporting_a_threat_last_month_or_as_a_habit_is_a_serious_disclosure(string text)
    {
        AssertLevel(SafetyLevel.Urgent, text);
    }

    [Theory]
    [InlineData("ik ben op huisbezoek bij cliënte, alles rustig")]
    [InlineData("client currently being supported by our team")]
    public void A_quiet_visit_is_no_danger(string text)
    {
        AssertLevel(SafetyLevel.None, text);
    }

    [Theory]
    [InlineData("ik sleep de vuilniszakken naar buiten")]
    [InlineData("we are dragging the boxes up the stairs")]
    [InlineData("i'm dragging the wheelie bin down the drive")]
    [InlineData("mijn vader hakt hout met een kapmes")]
    [InlineData("mijn neven helpen met de verhuizing als ik bij hem weg ga")]
    [InlineData("mijn broers regelen de verhuizing, ik maak het uit")]
    [InlineData("my cousins will sort out the move when i break up with him")]
    [InlineData("mijn vader slijpt het vleesmes voor het kerstdiner")]
    [InlineData("she sharpens the knives before cooking on sunday")]
    public void Bins_firewood_a_house_move_and_a_sharpened_carving_knife_are_no_danger(string text)
    {
        AssertLevel(SafetyLevel.None, text);
    }

    // Round 22, a second batch: the same families in other constructions.
    [Theory]
    [InlineData("boven is het gegil niet te stoppen en er vallen dingen om")]
    [InlineData("steeds weer een klap en een gil bij de buren, het houdt niet op")]
    [InlineData("de herrie houdt maar niet op, ze gilt om hulp")]
    [InlineData("next door there is banging and screaming and it keeps going")]
    [InlineData("the noise is not stopping, she scream and he shout and something break")]
    [InlineData("hij slaat haar hoofd tegen de muur")]
    [InlineData("mijn stiefvader schopt mijn moeder in haar buik")]
    [InlineData("hij trekt mijn zusje aan haar haren uit bed")]
    [InlineData("hij stampt op het hoofd van mijn broer")]
    [InlineData("he is kick my mother in her stomach")]
    [InlineData("hij houdt mijn hoofd onder de kraan met heet water")]
    [InlineData("mijn vader drukt een sigaret uit op mijn arm")]
    [InlineData("he is burning my arm with a lighter")]
    [InlineData("hij achtervolgt mijn moeder met een stuk hout")]
    [InlineData("he is dragging my son across the floor past the boxes")]
    [InlineData("hij sleurt mijn dochter door de kamer langs de verhuisdozen")]
    [InlineData("er staat iemand aan de klink van mijn achterdeur te trekken")]
    [InlineData("someone is trying to pry open my window")]
    [InlineData("hij heeft de baby gepakt en is weggereden, hij zegt dat ik haar niet meer terugzie")]
    [InlineData("he grabbed my daughter and put her in his car, he says she's not coming back")]
    [InlineData("ik hoor via de telefoon dat hij de bijl uit de schuur haalt")]
    [InlineData("on the phone my mum whisper he is going to get the gun from upstairs")]
    [InlineData("on home visit: partner is aggressive and is threatening the client at this moment")]
    public void The_same_families_in_other_words_are_danger_now(string text)
    {
        AssertLevel(SafetyLevel.Acute, text);
    }

    [Theory]
    [InlineData("mijn vader slaat mijn broertje soms met zijn riem")]
    [InlineData("hij schopt haar als hij boos is")]
    [InlineData("hij zegt dat de kinderen dood gaan als ik vertrek")]
    [InlineData("he says the kids will die if i take them away")]
    [InlineData("he threatened that if i divorce him the children won't survive")]
    public void The_same_families_as_a_habit_or_under_a_condition_are_a_serious_disclosure(string text)
    {
        AssertLevel(SafetyLevel.Urgent, text);
    }

    [Theory]
    [InlineData("het geblaf van de hond van de buren houdt niet op")]
    [InlineData("the drilling next door won't stop, they're building an extension")]
    [InlineData("mijn peuter gilt al een uur en houdt niet op")]
    [InlineData("hij schopt de bal tegen de muur")]
    [InlineData("ik kook water op het fornuis voor de thee")]
    [InlineData("he's in the garden with an axe chopping logs")]
    [InlineData("ik probeer het raam open te krijgen maar het klemt")]
    [InlineData("the window won't open, i'm trying to force it")]
    public void The_same_words_about_dogs_drills_toddlers_balls_tea_and_logs_are_no_danger(string text)
    {
        AssertLevel(SafetyLevel.None, text);
    }

    // Round 22, a third batch: words of a question ("lesson", "herken") no longer cancel danger told as a statement, and a hand held
    // on heat by someone is danger now in a Dutch simple present too.
    [Theory]
    [InlineData("my boyfriend is holding my son's hand on the hot radiator to teach him a lesson")]
    [InlineData("hij drukt haar hand op de hete kachel om haar een lesje te leren")]
    [InlineData("mijn vriend drukt de hand van mijn zoon op de kachel")]
    [InlineData("the babysitter is holding my daughter's hand on the radiator")]
    [InlineData("iemand wrikt aan mijn keukenraam, ik herken zijn stem")]
    [InlineData("someone is forcing the back door, i recognise his car outside")]
    public void A_lesson_taught_or_a_voice_recognised_does_not_make_danger_a_question(string text)
    {
        AssertLevel(SafetyLevel.Acute, text);
    }

    [Theory]
    [InlineData("vorige week hield hij mijn hand onder de hete kraan")]
    [InlineData("he wants to teach me a lesson when he gets home next week")]
    public void A_hand_held_on_heat_last_week_or_a_lesson_promised_is_a_serious_disclosure(string text)
    {
        AssertLevel(SafetyLevel.Urgent, text);
    }

    [Theory]
    [InlineData("hoe herken ik dat een kind thuis geslagen wordt")]
    [InlineData("i teach a lesson about domestic violence, what are the signs")]
    [InlineData("ik geef een les over huiselijk geweld, welke signalen zijn er")]
    [InlineData("how do you recognise that someone is being hit at home")]
    [InlineData("i burned my hand on the hot stove while cooking")]
    [InlineData("ik heb mijn hand op de hete kookplaat gelegd, au")]
    public void A_question_about_signs_or_a_hand_burned_while_cooking_is_no_danger(string text)
    {
        AssertLevel(SafetyLevel.None, text);
    }

    // Round 22, a fourth batch: a question what to do, an example, the weather or a game word elsewhere in a long message
    // ("bijvoorbeeld", "wat moet ik doen als", "het regent", "lobby", "not a game") no longer cancels an act placed now (not_when_now),
    // and a game word yields to a plea for help. Words of a general question ("class", "training", "course") still do: a course
    // "right now" about abuse would be read as abuse now.
    [Theory]
    [InlineData("hij slaat haar nu, ze ligt op de grond in de lobby van de flat")]
    [InlineData("he is hitting her in the lobby of our building right now")]
    [InlineData("mijn man slaat me nu, het regent en ik kan nergens heen")]
    [InlineData("he's strangling my mum, it's not a game")]
    [InlineData("mijn vader slaat mijn moeder nu met de afstandsbediening, bijvoorbeeld tegen haar hoofd")]
    [InlineData("mijn buurman slaat zijn vrouw nu met een pan, wat moet ik doen als hij doorgaat")]
    [InlineData("my dad is beating my mum after the match, please help")]
    public void An_act_placed_now_is_not_cancelled_by_a_question_or_game_word_elsewhere_in_the_message(string text)
    {
        AssertLevel(SafetyLevel.Acute, text);
    }

    [Theory]
    [InlineData("we're playing call of duty and im shooting everyone right now")]
    [InlineData("ik zit nu in de lobby van het spel en schiet iedereen neer")]
    [InlineData("what should i do if he ever hits me")]
    [InlineData("what are the signs that a child is being hit at home")]
    [InlineData("how can i support a friend who just left an abusive relationship")]
    [InlineData("hij heeft me bij het voetballen tegen mijn hoofd geschopt, de scheids deed niks")]
    [InlineData("i got knocked out at boxing, please help me understand what concussion means")]
    [InlineData("i'm doing a course on domestic abuse right now, what are the signs of strangulation")]
    [InlineData("in class right now we are learning about abuse")]
    [InlineData("we kijken nu een film waarin hij haar wurgt")]
    [InlineData("ik sla nu een spijker in de muur voor het schilderij")]
    [InlineData("stel dat hij haar nu slaat, wie bel ik dan")]
    public void Games_questions_and_sport_stay_no_danger(string text)
    {
        AssertLevel(SafetyLevel.None, text);
    }

    // Round 22, a fifth batch: breaking in, a child driven off and a professional on a visit, in plainer or non-native words.
    [Theory]
    [InlineData("somebody is at my window trying to open it, i think it is my ex husband")]
    [InlineData("er zit iemand aan mijn slot te prutsen, het is midden in de nacht")]
    [InlineData("he is breaking my window to come inside")]
    [InlineData("mijn ex slaat het raam van de keuken in")]
    [InlineData("mijn ex rijdt met de kinderen weg en stuurt dat dit de laatste keer is dat ik ze zie")]
    [InlineData("hij neemt de baby mee en zegt dat ik hem nooit meer vasthoud")]
    [InlineData("he is taking my son and says i will not see him anymore")]
    [InlineData("i am on phone with my sister, i hear him say he go get the knife")]
    [InlineData("my friend call me, i hear her husband shouting he get his gun now")]
    [InlineData("politie is gebeld maar de partner is nog in de woning en bedreigt cliënte")]
    [InlineData("jeugdzorg hier, vader is agressief in huis en bedreigt de kinderen nu")]
    [InlineData("ik hoor klappen en het stopt niet, een kind huilt")]
    public void Breaking_in_a_child_driven_off_or_a_threat_on_a_visit_in_plain_words_is_danger_now(string text)
    {
        AssertLevel(SafetyLevel.Acute, text);
    }

    [Theory]
    [InlineData("if i leave him he says the kids will be dead")]
    [InlineData("he told me the children won't stay alive if i go to court")]
    public void A_threat_to_the_childrens_lives_if_she_leaves_is_a_serious_disclosure(string text)
    {
        AssertLevel(SafetyLevel.Urgent, text);
    }

    [Theory]
    [InlineData("mijn zoon zit aan mijn slot te prutsen omdat hij zijn sleutel kwijt is")]
    [InlineData("ik zit aan mijn fietsslot te prutsen")]
    [InlineData("hij belt me vaak midden in de nacht om te praten")]
    public void A_son_at_the_lock_or_calls_at_night_are_no_danger(string text)
    {
        AssertLevel(SafetyLevel.None, text);
    }

    // Round 22, a sixth batch: a flame held to something in the home by someone.
    [Theory]
    [InlineData("hij houdt een aansteker bij de gordijnen en de kinderen slapen boven")]
    [InlineData("he holding lighter to the curtain and say he burn the house with us inside")]
    [InlineData("he is holding a lighter to the curtains, kids are upstairs")]
    [InlineData("he is putting a lighter to the curtains, we are inside")]
    public void A_flame_held_to_the_curtains_with_people_inside_is_danger_now(string text)
    {
        AssertLevel(SafetyLevel.Acute, text);
    }

    [Theory]
    [InlineData("hij houdt een aansteker bij de kaarsjes op de taart van mijn dochter")]
    [InlineData("he held the lighter to the candles on the cake for the kids")]
    [InlineData("my husband is holding a lighter to his cigarette on the balcony")]
    public void A_lighter_held_to_candles_or_a_cigarette_is_no_danger(string text)
    {
        AssertLevel(SafetyLevel.None, text);
    }

    /// <summary>Round 22 made "pop" (a doll) a word of play, and a baby shaken "als een pop" lost its danger (sixteenth blind set).</summary>
    [Theory]
    [InlineData("mijn zwager schudt de baby heen en weer als een lappenpop en brult dat ze stil moet zijn")]
    [InlineData("de moeder schudt haar baby als een pop door elkaar, ik sta ernaast")]
    [InlineData("he is shaking the baby like a rag doll and yelling at her to shut up")]
    public void A_child_handled_like_a_doll_is_still_danger_now(string text)
    {
        AssertLevel(SafetyLevel.Acute, text);
    }

    [Theory]
    [InlineData("mijn dochter speelt met haar pop en slaat hem op zijn billen")]
    [InlineData("ze gooit met de pop door de kamer, ze is drie")]
    public void A_child_playing_with_a_doll_stays_no_danger(string text)
    {
        AssertLevel(SafetyLevel.None, text);
    }

    [Theory]
    [InlineData("mijn zoon schopt de bal tegen zijn hoofd bij het voetballen")]
    [InlineData("de kinderen slaan elkaar met kussens op het hoofd, ze lachen")]
    [InlineData("ik ga het mes halen om de taart te snijden")]
    [InlineData("my dad is getting the knife to carve the turkey")]
    [InlineData("mijn broer gaat de bijl halen om hout te hakken")]
    [InlineData("the fireworks won't stop and the dog is shaking")]
    [InlineData("my baby keeps screaming and won't stop, i'm exhausted")]
    [InlineData("mijn peuter gilt al een half uur en stopt niet")]
    [InlineData("the party next door won't stop, loud bangs and music")]
    [InlineData("the builders are hammering and it doesn't stop")]
    [InlineData("mijn ex komt de kinderen halen en zegt dat ik ze zondag terugzie")]
    [InlineData("he's taking the kids to his mum and says i won't see them till sunday")]
    [InlineData("mijn moeder is nog in de woning, ze is aan het opruimen")]
    [InlineData("ik zet de pan op het hete fornuis")]
    public void Everyday_words_near_the_new_parts_stay_no_danger(string text)
    {
        AssertLevel(SafetyLevel.None, text);
    }

    private void AssertLevel(SafetyLevel expected, string text)
    {
        var verdict = Assess(text);

        Assert.True(verdict.Level == expected, $"{verdict.Level}: {string.Join(", ", verdict.ReasonIds)}");
    }

    // Round 23: what people first type about someone else - a pattern heard or seen, a supposition - is a serious disclosure,
    // not danger now. Sentences of the lead's tries and of their families, never the openers set's.
    [Theory]
    [InlineData("mijn buurvrouw wordt geslagen denk ik, ik hoor vaak geschreeuw")]
    [InlineData("ik denk dat het kind van de buren wordt mishandeld, het huilt elke avond")]
    [InlineData("de buurjongen wordt geslagen door zijn vader, dat zie ik vaak")]
    [InlineData("my neighbour's husband hits her, i hear it through the wall most weekends")]
    [InlineData("mijn oom slaat mijn tante, dat hoor ik regelmatig door de muur")]
    public void Violence_heard_or_seen_as_a_pattern_is_serious_but_not_danger_now(string text)
    {
        var verdict = Assess(text);

        Assert.True(verdict.Level == SafetyLevel.Urgent, $"{verdict.Level}: {string.Join(", ", verdict.ReasonIds)}");
    }

    [Theory]
    [InlineData("ik hoor nu geschreeuw en klappen bij de buren")]
    [InlineData("ik heb net gehoord dat de buurvrouw wordt geslagen, ze gilt")]
    [InlineData("someone is being beaten upstairs right now")]
    [InlineData("ik hoor hem haar nu slaan, dat doet hij vaak")]
    public void Violence_heard_now_stays_danger_now_however_often_it_happens(string text)
    {
        Assert.Equal(SafetyLevel.Acute, Assess(text).Level);
    }

    [Theory]
    [InlineData("i think my friend is being hit by her partner, she has bruises")]
    [InlineData("i think my neighbour is being hit")]
    [InlineData("i suspect my sister is being abused by her husband")]
    [InlineData("volgens mij wordt mijn nichtje mishandeld door haar stiefvader")]
    public void A_present_passive_the_writer_supposes_is_serious_but_not_danger_now(string text)
    {
        var verdict = Assess(text);

        Assert.True(verdict.Level == SafetyLevel.Urgent, $"{verdict.Level}: {string.Join(", ", verdict.ReasonIds)}");
    }

    [Theory]
    [InlineData("een paar maanden terug heeft hij me gewurgd tot ik wegzakte")]
    [InlineData("twee weken terug heeft hij haar geslagen")]
    [InlineData("its been years of him hitting me")]
    [InlineData("mn zoon heeft me vorige week geslagen, nu is hij op school")]
    [InlineData("he hit me again yesterday, hes at work until 6 so i can talk")]
    [InlineData("gisteren sloeg hij me weer, ik zit nu bij mn vriendin")]
    [InlineData("na alles wat hij deed denk ik vaak aan zelfmoord, vanavond ben ik bij mn zus")]
    [InlineData("he pushed me down on tuesday, im at my mums now")]
    [InlineData("he choked her last week, shes staying with my parents")]
    public void Another_time_or_someone_elsewhere_now_is_serious_but_not_danger_now(string text)
    {
        var verdict = Assess(text);

        Assert.True(verdict.Level == SafetyLevel.Urgent, $"{verdict.Level}: {string.Join(", ", verdict.ReasonIds)}");
    }

    [Theory]
    [InlineData("my ex is on his way here and he hit me last week")]
    [InlineData("hij heeft me gisteren geslagen en hij is nu onderweg hierheen")]
    [InlineData("he pushed me down the stairs and he's coming down now")]
    public void Someone_who_hurt_the_writer_on_the_way_now_is_danger_now(string text)
    {
        Assert.Equal(SafetyLevel.Acute, Assess(text).Level);
    }

    [Theory]
    [InlineData("he hit me last year and he is coming to pick up the kids this weekend")]
    [InlineData("a patient keeps coming in with injuries and says her husband hits her")]
    public void Someone_who_hurt_the_writer_coming_another_time_is_serious_but_not_danger_now(string text)
    {
        Assert.Equal(SafetyLevel.Urgent, Assess(text).Level);
    }

    [Theory]
    [InlineData("she is in her 70s and her son lives with her, i heard him shouting at her and she looked scared")]
    [InlineData("ik hoorde hem tegen haar schreeuwen en ze keek bang")]
    public void Shouting_heard_before_is_no_danger_now(string text)
    {
        Assert.NotEqual(SafetyLevel.Acute, Assess(text).Level);
    }

    [Theory]
    [InlineData("i heard him shouting at her and then a loud bang and now its quiet")]
    [InlineData("i just heard him shouting at her that he will kill her")]
    public void Shouting_heard_with_danger_now_stays_danger_now(string text)
    {
        Assert.Equal(SafetyLevel.Acute, Assess(text).Level);
    }

    [Theory]
    [InlineData("i think my uncle is hitting my gran")]
    [InlineData("i think my neighbour is hitting his kids")]
    [InlineData("i suspect dad is beating mum")]
    public void An_act_going_on_the_writer_supposes_with_no_now_word_is_serious_but_not_danger_now(string text)
    {
        var verdict = Assess(text);

        Assert.True(verdict.Level == SafetyLevel.Urgent, $"{verdict.Level}: {string.Join(", ", verdict.ReasonIds)}");
    }

    [Theory]
    [InlineData("i think my friend is being hit right now")]
    [InlineData("ik denk dat mijn buurvrouw nu wordt geslagen")]
    [InlineData("help i think he is strangling her")]
    public void A_supposition_with_a_now_word_or_an_act_going_on_stays_danger_now(string text)
    {
        Assert.Equal(SafetyLevel.Acute, Assess(text).Level);
    }

    [Theory]
    [InlineData("ik hoor regelmatig klappen bij de buren en dan huilt de vrouw")]
    [InlineData("i hear slaps from next door most nights, the woman cries")]
    [InlineData("ik hoor vaak klappen bij de buren")]
    public void Blows_heard_often_are_serious_but_not_danger_now(string text)
    {
        var verdict = Assess(text);

        Assert.True(verdict.Level == SafetyLevel.Urgent, $"{verdict.Level}: {string.Join(", ", verdict.ReasonIds)}");
    }

    // A time of day may be tonight, and a cry for help now in another clause says this time is different.
    [Theory]
    [InlineData("ik hoor elke nacht klappen maar nu gilt ze om hulp")]
    [InlineData("het is 3 uur s nachts en ik hoor klappen bij de buren")]
    [InlineData("ik hoor klappen bij de buren")]
    public void Blows_heard_tonight_or_with_a_cry_for_help_now_stay_danger_now(string text)
    {
        Assert.Equal(SafetyLevel.Acute, Assess(text).Level);
    }

    [Theory]
    [InlineData("mijn vriendin wordt door haar vriend geslagen, ze durft niet weg te gaan")]
    [InlineData("mijn zus wordt door haar man geslagen, ze weet niet wat ze moet doen")]
    [InlineData("mijn moeder wordt door mijn stiefvader geslagen, ze wil niet naar de politie")]
    public void A_negation_after_ze_and_its_own_verb_does_not_cancel_the_violence_before_it(string text)
    {
        var verdict = Assess(text);

        Assert.True(verdict.Level == SafetyLevel.Urgent, $"{verdict.Level}: {string.Join(", ", verdict.ReasonIds)}");
    }

    [Theory]
    [InlineData("he chokes me when we fight, but never hard enough to pass out")]
    [InlineData("hij knijpt mijn keel dicht als we ruzie hebben, niet hard genoeg om flauw te vallen")]
    [InlineData("my ex texted me you cant hide from me")]
    [InlineData("je kunt je niet verstoppen, ik vind je, appt mijn ex steeds")]
    [InlineData("it would be easier for everyone if i just wasnt here anymore")]
    [InlineData("during an argument last year he put his hands around my throat")]
    [InlineData("tijdens een ruzie kneep hij mijn keel dicht")]
    [InlineData("een jongen (12) vertelde me op de club dat zijn vader hem in de schuur opsluit")]
    public void Disclosures_told_with_a_degree_a_threat_for_some_day_a_condition_a_fight_or_a_child_speaking_are_not_danger_now(string text)
    {
        var verdict = Assess(text);

        Assert.True(verdict.Level == SafetyLevel.Urgent, $"{verdict.Level}: {string.Join(", ", verdict.ReasonIds)}");
    }

    [Theory]
    [InlineData("he choked her until she passed out")]
    [InlineData("i cant hide from him, he is in the house with a knife")]
    [InlineData("we are hiding from him in the bathroom")]
    [InlineData("i just took all my pills")]
    [InlineData("help during a fight he grabbed my neck and is choking me now")]
    [InlineData("we are in a fight and he has his hands round my neck")]
    [InlineData("my sister just told me that he is locking her in the bathroom right now")]
    [InlineData("hij sloeg haar en nu reageert ze bijna niet meer")]
    public void Their_near_misses_stay_danger_now(string text)
    {
        Assert.Equal(SafetyLevel.Acute, Assess(text).Level);
    }

    [Theory]
    [InlineData("ik maak me nu zorgen om mijn zus, ze reageert bijna niet meer op mijn appjes")]
    [InlineData("my sister barely replies to my messages since she moved in with him")]
    [InlineData("hij heeft ze niet geslagen")]
    public void Hardly_answering_messages_is_no_danger(string text)
    {
        Assert.Equal(SafetyLevel.None, Assess(text).Level);
    }

    // Round 24: a serious disclosure told as a pattern is urgent, not danger now - the time reading, not sentences.
    [Theory]
    [InlineData("mijn collega vertelde gisteren op het werk dat haar man haar met een riem slaat")]
    [InlineData("my neighbour just told me that her husband strangles her when he is drunk")]
    [InlineData("mijn zus heeft me net verteld dat haar vriend haar schopt")]
    [InlineData("a mum at the school gate told me this morning that her partner beats her")]
    public void An_act_told_by_someone_else_takes_the_time_of_what_was_told_not_of_the_telling(string text)
    {
        var verdict = Assess(text);

        Assert.True(verdict.Level == SafetyLevel.Urgent, $"{verdict.Level}: {string.Join(", ", verdict.ReasonIds)}");
    }

    [Theory]
    [InlineData("hij zei net dat hij me vanavond vermoordt")]
    [InlineData("my sister just told me that he is strangling her right now")]
    [InlineData("mijn buurvrouw belde en vertelde dat hij haar nu aan het slaan is")]
    public void A_threat_said_just_now_or_an_act_told_as_going_on_now_stays_danger_now(string text)
    {
        Assert.Equal(SafetyLevel.Acute, Assess(text).Level);
    }

    [Theory]
    [InlineData("my cousin is being abused by her husband and she won't leave him")]
    [InlineData("mijn tante wordt geslagen door haar man, de hele familie weet het")]
    [InlineData("he is abusing my sister and the whole family pretends not to see it")]
    [InlineData("mijn opa wordt mishandeld door zijn verzorger, hij heeft overal blauwe plekken")]
    [InlineData("the lady upstairs gets hit by her boyfriend, i saw bruises on her face")]
    [InlineData("he kicks the cupboards and calls me worthless")]
    [InlineData("hij smijt met stoelen en scheldt me uit voor alles")]
    [InlineData("my stepdad hits my mum, the whole street knows")]
    [InlineData("ik hoor de man van boven zijn vrouw slaan, al maanden")]
    public void Violence_told_as_a_state_a_pattern_or_with_insults_is_a_serious_disclosure(string text)
    {
        var verdict = Assess(text);

        Assert.True(verdict.Level == SafetyLevel.Urgent, $"{verdict.Level}: {string.Join(", ", verdict.ReasonIds)}");
    }

    [Theory]
    [InlineData("my cousin is being beaten by her husband right now, i can hear her screaming")]
    [InlineData("help mijn tante wordt geslagen door haar man")]
    [InlineData("he is abusing her right now")]
    [InlineData("hij slaat haar nu en ik zie bloed")]
    [InlineData("he is kicking the door in and calling me names")]
    public void The_same_acts_going_on_now_stay_danger_now(string text)
    {
        Assert.Equal(SafetyLevel.Acute, Assess(text).Level);
    }

    [Theory]
    [InlineData("vorige week sloeg hij me, nu staat de pakketbezorger aan de deur")]
    [InlineData("he kicked me on saturday and now the courier is at the door")]
    [InlineData("nee, ik wil eerst weten wat er dan gebeurt met mijn verhaal")]
    public void An_ordinary_caller_at_the_door_or_a_question_what_happens_is_no_danger_now(string text)
    {
        Assert.NotEqual(SafetyLevel.Acute, Assess(text).Level);
    }

    [Theory]
    [InlineData("vorige week sloeg hij me, nu staat hij weer aan de deur")]
    [InlineData("he kicked me on saturday and now he is back home and he is wasted")]
    [InlineData("gisteren heeft hij me geschopt en nu is hij terug en hij is agressief")]
    public void The_one_who_hit_at_the_door_or_back_drunk_or_raging_is_danger_now(string text)
    {
        Assert.Equal(SafetyLevel.Acute, Assess(text).Level);
    }

    [Theory]
    [InlineData("i hide in my room with my little brother when they fight")]
    [InlineData("ik verstop me altijd met mijn zusje in de badkamer als papa en mama ruzie maken")]
    [InlineData("my son locks himself in the bathroom when my husband gets drunk")]
    [InlineData("she hides in the wardrobe when they fight, she is 6")]
    public void Hiding_told_with_a_clause_of_habit_after_it_is_a_serious_disclosure(string text)
    {
        var verdict = Assess(text);

        Assert.True(verdict.Level == SafetyLevel.Urgent, $"{verdict.Level}: {string.Join(", ", verdict.ReasonIds)}");
    }

    [Theory]
    [InlineData("help i am locked in the bathroom, when he drinks he goes crazy")]
    [InlineData("i'm locked in the bathroom because when he drinks he gets like this")]
    [InlineData("ik zit opgesloten in de wc omdat als hij drinkt hij gek wordt")]
    [InlineData("ik verstop me nu in de kast, ze hebben weer ruzie")]
    public void Hiding_or_locked_in_now_with_a_habit_told_as_the_reason_stays_danger_now(string text)
    {
        Assert.Equal(SafetyLevel.Acute, Assess(text).Level);
    }

    [Theory]
    [InlineData("ik hoor de buurvrouw gillen laat me los")]
    [InlineData("she's screaming get off me next door")]
    [InlineData("hij heeft haar vast en ze roept blijf van me af")]
    public void Someone_crying_out_to_be_let_go_is_danger_now(string text)
    {
        Assert.Equal(SafetyLevel.Acute, Assess(text).Level);
    }

    [Theory]
    [InlineData("mijn dochter riep laat me los toen ik haar jas aantrok")]
    [InlineData("my little brother wont get off me lol")]
    public void A_cry_to_be_let_go_long_over_or_in_play_is_no_danger_now(string text)
    {
        Assert.NotEqual(SafetyLevel.Acute, Assess(text).Level);
    }

    [Theory]
    [InlineData("zit bij het spoor te wachten op de volgende trein, hou het niet meer vol")]
    [InlineData("i have the tablets in my hand. i cant do this anymore")]
    [InlineData("ik sta op de brug en ik kan niet meer")]
    public void Means_or_a_place_to_end_ones_life_at_hand_with_not_being_able_to_go_on_is_danger_now(string text)
    {
        var verdict = Assess(text);

        Assert.Equal(SafetyLevel.Acute, verdict.Level);
        Assert.Equal("suicide_danger", verdict.AnswerId);
    }

    [Theory]
    [InlineData("ik kan niet meer, de kinderen zijn de hele dag ziek")]
    [InlineData("ik moet elke dag de pillen voor mijn moeder klaarzetten, ik kan niet meer")]
    [InlineData("vorig jaar stond ik op de brug, ik kon niet meer. nu gaat het beter")]
    public void Not_being_able_to_go_on_alone_or_long_ago_is_no_danger_now(string text)
    {
        Assert.NotEqual(SafetyLevel.Acute, Assess(text).Level);
    }

    [Theory]
    [InlineData("sinds vijf minuten slaat hij haar")]
    [InlineData("hij slaat haar sinds een paar minuten")]
    [InlineData("for the last few minutes he has been hitting her")]
    public void Violence_going_on_for_some_minutes_is_danger_now(string text)
    {
        Assert.Equal(SafetyLevel.Acute, Assess(text).Level);
    }

    [Theory]
    [InlineData("bijna elke dag hoor ik hem tegen haar tekeer gaan")]
    [InlineData("i hear him hitting her almost every day")]
    [InlineData("al 6 jaar slaat hij me als het eten niet goed is, nu is hij naar zn werk tot 6 uur, wie kan me helpen")]
    [InlineData("he put his hands on my throat in june. never told anyone. he's at football now")]
    public void Violence_told_as_a_daily_pattern_or_in_a_month_gone_by_is_serious_but_not_danger_now(string text)
    {
        var verdict = Assess(text);

        Assert.True(verdict.Level == SafetyLevel.Urgent, $"{verdict.Level}: {string.Join(", ", verdict.ReasonIds)}");
    }

    [Theory]
    [InlineData("my husband hits me, not every day but often")]
    [InlineData("hij slaat me niet altijd, maar wel vaak")]
    public void Not_every_day_does_not_deny_the_violence_it_tells(string text)
    {
        Assert.Equal(SafetyLevel.Urgent, Assess(text).Level);
    }

    [Theory]
    [InlineData("hij slaat haar vaak. het gebeurt nu weer")]
    [InlineData("he hits her a lot. its happening again right now")]
    public void Violence_told_as_a_pattern_then_said_to_happen_now_is_danger_now(string text)
    {
        var verdict = Assess(text);

        Assert.Equal(SafetyLevel.Acute, verdict.Level);
        Assert.Contains("violence_told_happening_again_now", verdict.ReasonIds);
    }

    [Theory]
    [InlineData("hij slaat haar vaak, het gebeurt vooral als hij drinkt")]
    [InlineData("he hits her, it happens when he drinks")]
    public void Violence_said_to_happen_at_a_time_that_is_not_now_stays_a_serious_disclosure(string text)
    {
        Assert.Equal(SafetyLevel.Urgent, Assess(text).Level);
    }

    [Theory]
    [InlineData("mijn zoon is bij haar ingetrokken")]
    [InlineData("my brother moved in with her last year")]
    public void Someone_who_moved_in_is_no_danger(string text)
    {
        Assert.Equal(SafetyLevel.None, Assess(text).Level);
    }

    [Fact]
    public void Her_last_week_is_no_threat_to_kill()
    {
        var verdict = Assess("a client told me her partner strangled her last week");

        Assert.Equal(SafetyLevel.Urgent, verdict.Level);
        Assert.DoesNotContain("threat_to_kill", verdict.ReasonIds);
    }

    [Theory]
    [InlineData("last night he held scissors to my neck but he's gone now")]
    [InlineData("vorige week hield hij een schaar tegen mijn keel, nu is hij weg")]
    public void A_thing_held_to_the_neck_at_another_time_is_a_serious_disclosure(string text)
    {
        var verdict = Assess(text);

        Assert.True(verdict.Level == SafetyLevel.Urgent, $"{verdict.Level}: {string.Join(", ", verdict.ReasonIds)}");
    }

    [Theory]
    [InlineData("he told me if i call the police i'm dead")]
    [InlineData("he says if i ever leave him i'm dead")]
    public void Being_told_one_is_dead_if_one_calls_the_police_or_leaves_is_a_threat_to_kill(string text)
    {
        var verdict = Assess(text);

        Assert.Equal(SafetyLevel.Urgent, verdict.Level);
        Assert.Contains("threat_to_kill", verdict.ReasonIds);
    }

    [Theory]
    [InlineData("my ex sent me a voice message: be home at 11, tonight i finish what i started")]
    [InlineData("kreeg een appje van hem: ben om 8 uur thuis, dan maak ik je af")]
    public void A_threat_sent_for_when_the_sender_arrives_is_danger_now(string text)
    {
        var verdict = Assess(text);

        Assert.True(verdict.Level == SafetyLevel.Acute, $"{verdict.Level}: {string.Join(", ", verdict.ReasonIds)}");
    }

    [Theory]
    [InlineData("he always says nobody will ever find your body")]
    [InlineData("hij zegt altijd dat ze je lichaam nooit vinden")]
    [InlineData("kreeg vorige maand een bericht van mijn ex dat hij me gaat afmaken")]
    public void A_threat_to_kill_as_a_pattern_or_sent_before_is_a_serious_disclosure(string text)
    {
        var verdict = Assess(text);

        Assert.True(verdict.Level == SafetyLevel.Urgent, $"{verdict.Level}: {string.Join(", ", verdict.ReasonIds)}");
    }

    [Theory]
    [InlineData("i think about not waking up a lot")]
    [InlineData("ik denk vaak aan doodgaan")]
    [InlineData("sometimes i think about not waking up, i wont do anything")]
    public void Thinking_about_not_waking_up_is_a_thought_of_suicide_not_someone_unconscious(string text)
    {
        var verdict = Assess(text);

        Assert.Equal(SafetyLevel.Urgent, verdict.Level);
        Assert.Contains("suicide_thoughts", verdict.ReasonIds);
    }

    [Theory]
    [InlineData("at christmas he grabbed me by the throat, he says it was nothing")]
    [InlineData("vorige kerst kneep hij mijn keel dicht")]
    [InlineData("my ex keeps waiting outside my work, he is not here now")]
    [InlineData("mijn ex staat steeds voor mijn werk, hij is er nu niet")]
    public void Christmas_past_and_someone_not_here_now_place_it_at_another_time(string text)
    {
        var verdict = Assess(text);

        Assert.True(verdict.Level == SafetyLevel.Urgent, $"{verdict.Level}: {string.Join(", ", verdict.ReasonIds)}");
    }

    [Theory]
    [InlineData("watching a true crime docu about a man who strangled his wife")]
    [InlineData("ik keek een true crime docu over een vrouw die werd gewurgd")]
    [InlineData("my son slams his bedroom door when i take his phone")]
    public void True_crime_and_a_slammed_bedroom_door_are_nothing_for_the_guard(string text)
    {
        Assert.Equal(SafetyLevel.None, Assess(text).Level);
    }

    [Theory]
    [InlineData("hij laadt zijn jachtgeweer en praat over ons einde")]
    [InlineData("he is loading his rifle and says nobody leaves this house")]
    [InlineData("hij legt zijn pistool op tafel en zegt dat niemand het huis uit gaat")]
    [InlineData("my brothers are downstairs now, they say i must come with them or else")]
    public void A_gun_made_ready_with_talk_of_the_end_or_of_nobody_leaving_and_family_downstairs_saying_or_else_are_danger_now(string text)
    {
        var verdict = Assess(text);

        Assert.True(verdict.Level == SafetyLevel.Acute, $"{verdict.Level}: {string.Join(", ", verdict.ReasonIds)}");
    }

    [Fact]
    public void Or_else_from_a_parent_about_homework_is_nothing_for_the_guard()
    {
        Assert.Equal(SafetyLevel.None, Assess("finish your homework or else no tv").Level);
    }

    [Theory]
    [InlineData("mijn broer reageert niet op mijn appjes, hij is vast zijn telefoon weer kwijt")]
    [InlineData("my daughter throws a tantrum on the floor every time we leave the shop")]
    [InlineData("de hagel sloeg zo hard tegen het raam dat ik schrok")]
    [InlineData("mijn oom is sportschutter en heeft een vergunning voor een pistool")]
    [InlineData("we watched a crime drama where a man hits his wife")]
    [InlineData("we hebben vanmiddag een bed in elkaar gezet, de buren hoorden veel geklop")]
    [InlineData("mijn dochter heeft zich in haar kamer opgesloten omdat ze haar telefoon niet mag")]
    public void Unanswered_texts_a_tantrum_hail_a_licensed_sport_shooter_a_crime_drama_flat_pack_and_a_sulk_are_nothing_for_the_guard(string text)
    {
        var verdict = Assess(text);

        Assert.True(verdict.Level == SafetyLevel.None, $"{verdict.Level}: {string.Join(", ", verdict.ReasonIds)}");
    }

    [Theory]
    [InlineData("mijn zoon heeft zich opgesloten met een touw")]
    [InlineData("hij sloeg mijn hoofd tegen de deurpost")]
    public void Locked_in_with_a_rope_and_a_head_hit_against_a_door_frame_stay_serious(string text)
    {
        Assert.NotEqual(SafetyLevel.None, Assess(text).Level);
    }

    [Theory]
    [InlineData("mijn ex appt over 10 min ben ik bij je en dan is het klaar met je")]
    [InlineData("he texted: almost there, say goodbye to your mum")]
    [InlineData("ive been shut in the box room all day and he says im never leaving")]
    [InlineData("she took everything in the medicine cabinet an hour ago")]
    [InlineData("he says when he gets back from work tonight im done for")]
    public void Arriving_with_a_threat_shut_in_with_no_way_out_and_the_medicine_cabinet_taken_are_danger_now(string text)
    {
        var verdict = Assess(text);

        Assert.True(verdict.Level == SafetyLevel.Acute, $"{verdict.Level}: {string.Join(", ", verdict.ReasonIds)}");
    }

    [Theory]
    [InlineData("my boss says when he gets back from holiday im done for lol")]
    [InlineData("im almost there, see you at the cinema")]
    public void A_joking_boss_and_a_friend_almost_at_the_cinema_are_nothing_for_the_guard(string text)
    {
        Assert.Equal(SafetyLevel.None, Assess(text).Level);
    }

    [Theory]
    [InlineData("i hear a woman screaming for help and glass breaking next door right now")]
    [InlineData("ik hoor gegil en gebonk bij de buren, het gebeurt nu")]
    [InlineData("my brothers are downstairs, they say i shamed the family")]
    [InlineData("mijn neven staan voor de deur en zeggen dat ik de familie te schande heb gemaakt")]
    [InlineData("hij appt dat hij onderweg is en dat ik vanavond ga boeten")]
    public void Screams_with_blows_heard_now_family_at_the_door_over_shame_and_paying_for_it_tonight_are_danger_now(string text)
    {
        var verdict = Assess(text);

        Assert.True(verdict.Level == SafetyLevel.Acute, $"{verdict.Level}: {string.Join(", ", verdict.ReasonIds)}");
    }

    [Theory]
    [InlineData("every night i hear banging and screams from next door")]
    [InlineData("ik hoor vaak gegil en gebonk bij de buren")]
    public void Screams_and_bangs_heard_as_a_pattern_are_no_112(string text)
    {
        Assert.NotEqual(SafetyLevel.Acute, Assess(text).Level);
    }

    [Theory]
    [InlineData("ik heb het touw aan de balk vastgemaakt, wilde nog even gedag zeggen")]
    [InlineData("30 tablets counted and water ready, this is my last message")]
    [InlineData("ik sta op het balkon van de 7e, ik kan niet meer")]
    [InlineData("sitting on the window ledge 8 floors up and im done")]
    public void Means_at_hand_with_a_last_goodbye_or_a_height_with_no_will_to_go_on_is_danger_now(string text)
    {
        var verdict = Assess(text);

        Assert.True(verdict.Level == SafetyLevel.Acute, $"{verdict.Level}: {string.Join(", ", verdict.ReasonIds)}");
        Assert.Equal("suicide_danger", verdict.AnswerId);
    }

    [Theory]
    [InlineData("we trekken met een touw op het schoolplein")]
    [InlineData("ik heb een touw gekocht voor de boot")]
    [InlineData("sitting on the balcony of the 5th floor reading, im done with work")]
    [InlineData("ik zit op de vensterbank van mijn kamer, ik ben klaar met mijn huiswerk")]
    public void A_rope_for_a_game_or_a_boat_and_being_done_with_work_on_a_balcony_are_nothing_for_the_guard(string text)
    {
        Assert.Equal(SafetyLevel.None, Assess(text).Level);
    }

    [Theory]
    [InlineData("she grabbed something sharp and is walking towards the kids room")]
    [InlineData("hij zegt dat ik er nooit meer uitkom, ik zit in de schuur")]
    [InlineData("he is hauling her down the stairs by her hair")]
    [InlineData("cant get out of the bathroom, he jammed a chair under the handle and hes still raging")]
    public void Something_sharp_on_the_way_no_way_out_and_being_hauled_are_danger_now(string text)
    {
        var verdict = Assess(text);

        Assert.True(verdict.Level == SafetyLevel.Acute, $"{verdict.Level}: {string.Join(", ", verdict.ReasonIds)}");
    }

    [Fact]
    public void A_door_that_jammed_by_itself_is_nothing_for_the_guard()
    {
        Assert.Equal(SafetyLevel.None, Assess("the door jammed and i cant get out of the bathroom lol").Level);
    }

    [Fact]
    public void Wait_till_i_get_home_sent_by_the_one_who_threatens_is_danger_now()
    {
        Assert.Equal(SafetyLevel.Acute, Assess("hij appte: wacht maar tot ik thuiskom. ik ben zo bang").Level);
    }

    [Theory]
    [InlineData("wacht maar tot ik thuis ben, dan laat ik je mijn nieuwe schoenen zien")]
    [InlineData("when i get home im making pasta, wait till you taste it")]
    public void Wait_till_i_get_home_with_something_nice_is_nothing_for_the_guard(string text)
    {
        Assert.Equal(SafetyLevel.None, Assess(text).Level);
    }

    [Theory]
    [InlineData("ik heb het touw aan de zeilboot vastgemaakt")]
    [InlineData("my daughter wont come to dinner, she is always on her phone")]
    [InlineData("can you overdose on vitamin c")]
    [InlineData("in the role play the student has to say he choked her")]
    [InlineData("mijn vriendin is onderweg, ze neemt pizza mee")]
    [InlineData("my dad is hitting tennis balls against the garage right now")]
    [InlineData("ik lig dubbel, mijn broer stikte bijna van het lachen")]
    public void A_rope_on_a_boat_a_teenager_skipping_dinner_a_vitamin_question_a_role_play_pizza_tennis_and_laughter_are_nothing_for_the_rules(string text)
    {
        var verdict = Assess(text);

        Assert.True(verdict.Level == SafetyLevel.None, $"{verdict.Level}: {string.Join(", ", verdict.ReasonIds)}");
    }

    [Fact]
    public void Not_allowed_to_work_and_walking_on_eggshells_is_coercive_control()
    {
        var verdict = Assess("he says i am not allowed to work and i walk on eggshells");

        Assert.Equal(SafetyLevel.Urgent, verdict.Level);
        Assert.Contains("coercive_control", verdict.ReasonIds);
    }

    [Theory]
    [InlineData("my ex is standing in the stairwell outside my flat")]
    [InlineData("mijn ex staat in de tuin")]
    [InlineData("my ex is outside right now and wont leave")]
    public void A_former_partner_at_the_house_now_is_danger_now(string text)
    {
        var verdict = Assess(text);

        Assert.True(verdict.Level == SafetyLevel.Acute, $"{verdict.Level}: {string.Join(", ", verdict.ReasonIds)}");
    }

    [Theory]
    [InlineData("my ex is at the door to pick up the kids, all fine")]
    [InlineData("mijn ex staat voor de deur om de kinderen op te halen")]
    [InlineData("mijn ex stond vorige week voor de deur")]
    public void A_former_partner_picking_up_the_children_or_at_the_door_last_week_is_no_112(string text)
    {
        Assert.NotEqual(SafetyLevel.Acute, Assess(text).Level);
    }

    [Theory]
    [InlineData("de deur trilt, hij schopt er steeds tegen")]
    [InlineData("the door is shaking, he won't stop kicking it")]
    public void A_door_shaking_under_kicks_is_someone_forcing_a_way_in(string text)
    {
        Assert.Equal(SafetyLevel.Acute, Assess(text).Level);
    }

    [Fact]
    public void A_door_shaking_in_the_wind_is_nothing_for_the_guard()
    {
        Assert.Equal(SafetyLevel.None, Assess("de deur trilt van de wind").Level);
    }

    [Theory]
    [InlineData("een vader staat op het schoolplein zijn zoontje van 7 te slaan")]
    [InlineData("hij zit haar daar in de auto op de parkeerplaats te slaan")]
    public void A_verb_of_posture_with_te_before_the_act_far_after_it_is_going_on_now(string text)
    {
        var verdict = Assess(text);

        Assert.True(verdict.Level == SafetyLevel.Acute, $"{verdict.Level}: {string.Join(", ", verdict.ReasonIds)}");
    }

    [Fact]
    public void A_verb_of_posture_with_te_and_a_habit_near_stays_a_pattern()
    {
        Assert.NotEqual(SafetyLevel.Acute, Assess("zijn vader staat bijna elke avond tegen zijn moeder te schreeuwen en te slaan").Level);
    }

    [Theory]
    [InlineData("de zoon heeft haar medicatie afgepakt en nu is ze heel benauwd")]
    [InlineData("her son turned off her oxygen and she is gasping")]
    [InlineData("ze heeft zijn puffer verstopt en hij krijgt bijna geen lucht")]
    public void Medicine_or_oxygen_taken_from_someone_whose_breath_fails_is_danger_now(string text)
    {
        var verdict = Assess(text);

        Assert.True(verdict.Level == SafetyLevel.Acute, $"{verdict.Level}: {string.Join(", ", verdict.ReasonIds)}");
    }

    [Theory]
    [InlineData("oma gebruikt hartmedicatie")]
    [InlineData("my dad took the oxygen bottle to the car")]
    [InlineData("ik ben benauwd van de hitte")]
    public void Medicine_named_or_breath_short_from_the_heat_is_nothing_for_the_guard(string text)
    {
        Assert.Equal(SafetyLevel.None, Assess(text).Level);
    }

    [Theory]
    [InlineData("a woman is sitting on our stairs with blood on her face")]
    [InlineData("mijn buurvrouw staat voor mijn deur met bloed op haar gezicht")]
    public void Someone_with_blood_on_the_face_now_is_danger_now(string text)
    {
        Assert.Equal(SafetyLevel.Acute, Assess(text).Level);
    }

    [Theory]
    [InlineData("hes in the building, i moved here so he couldnt find me")]
    [InlineData("ik woon op een geheim adres en hij staat nu bij de ingang")]
    public void The_one_she_fled_at_the_house_where_she_hides_is_danger_now(string text)
    {
        var verdict = Assess(text);

        Assert.True(verdict.Level == SafetyLevel.Acute, $"{verdict.Level}: {string.Join(", ", verdict.ReasonIds)}");
    }

    [Fact]
    public void A_secret_address_with_a_question_about_school_is_no_112()
    {
        Assert.NotEqual(SafetyLevel.Acute, Assess("we moved to a secret address last year, is it safe to register the kids at school").Level);
    }

    [Theory]
    [InlineData("he texted me: im on my way, tonight it ends")]
    [InlineData("hij zegt dat hij me afmaakt als hij thuis is")]
    [InlineData("ze houdt een schaar op me gericht")]
    public void The_end_sent_with_the_way_here_a_threat_for_when_he_is_home_and_a_blade_aimed_are_danger_now(string text)
    {
        var verdict = Assess(text);

        Assert.True(verdict.Level == SafetyLevel.Acute, $"{verdict.Level}: {string.Join(", ", verdict.ReasonIds)}");
    }

    [Theory]
    [InlineData("texted my mum: on my way, the film ends at 10")]
    [InlineData("de camera is op mij gericht")]
    public void A_film_that_ends_and_a_camera_aimed_are_nothing_for_the_guard(string text)
    {
        Assert.Equal(SafetyLevel.None, Assess(text).Level);
    }

    [Theory]
    [InlineData("i heard something heavy fall upstairs and now its dead silent")]
    [InlineData("hoorde iets zwaars vallen bij de buren en nu is het doodstil")]
    [InlineData("hij slaat haar al 5 minuten")]
    [InlineData("boven wordt iemand geslagen denk ik, al 10 min gebonk")]
    public void Something_heavy_falling_then_silence_and_minutes_of_blows_going_on_are_danger_now(string text)
    {
        var verdict = Assess(text);

        Assert.True(verdict.Level == SafetyLevel.Acute, $"{verdict.Level}: {string.Join(", ", verdict.ReasonIds)}");
    }

    [Theory]
    [InlineData("the kids are asleep, its totally quiet")]
    [InlineData("i dropped something heavy on my foot")]
    public void Sleeping_children_and_a_dropped_thing_are_nothing_for_the_guard(string text)
    {
        Assert.Equal(SafetyLevel.None, Assess(text).Level);
    }

    [Theory]
    [InlineData("mijn vriend checkt elke dag mijn whatsapp en mijn loon gaat naar zijn rekening")]
    [InlineData("he takes my wages and checks every receipt")]
    [InlineData("mijn man bepaalt alles en hij checkt elke avond mijn whatsapp, is dat normaal?")]
    public void A_partner_checking_or_keeping_the_phone_money_or_whereabouts_is_control(string text)
    {
        var verdict = Assess(text);

        Assert.Equal(SafetyLevel.Urgent, verdict.Level);
    }

    [Theory]
    [InlineData("my boss checks my email every day")]
    [InlineData("ik heb ouderlijk toezicht op de telefoon van mijn zoon, ik check zijn whatsapp")]
    public void A_boss_reading_work_mail_and_a_parent_with_screen_time_are_nothing_for_the_guard(string text)
    {
        Assert.Equal(SafetyLevel.None, Assess(text).Level);
    }

    [Theory]
    [InlineData("mijn vriend verstopt mijn medicijnen als hij boos is")]
    [InlineData("he hides my insulin when im late home")]
    [InlineData("bij ruzie zegt hij dat hij weet hoe hij zijn geweren moet gebruiken")]
    [InlineData("my ex keeps texting that ill end up in a box")]
    [InlineData("ik wil eigenlijk gewoon dood. niet vandaag, maar het zit in mijn hoofd")]
    public void Medicine_hidden_a_gun_he_knows_how_to_use_ending_up_in_a_box_and_wanting_to_die_are_serious(string text)
    {
        var verdict = Assess(text);

        Assert.True(verdict.Level >= SafetyLevel.Urgent, $"{verdict.Level}: {string.Join(", ", verdict.ReasonIds)}");
    }

    [Theory]
    [InlineData("my husband hides the biscuits from me because i asked him to, im on a diet")]
    [InlineData("my uncle went hunting and killed a deer")]
    public void Biscuits_hidden_on_request_and_a_hunted_deer_are_nothing_for_the_guard(string text)
    {
        Assert.Equal(SafetyLevel.None, Assess(text).Level);
    }

    [Theory]
    [InlineData("mijn vriend zet mijn zoontje onder de koude douche als hij huilt")]
    [InlineData("my daughter said daddy pinched her hard, shes 4")]
    [InlineData("he has sex with me while im asleep")]
    [InlineData("mijn moeder zegt dat ze niet meer wil leven")]
    [InlineData("er zat een gps-kastje onder mijn auto, mijn ex dook steeds op")]
    [InlineData("my ex left a note saying i know where you sleep")]
    public void A_child_pinched_or_under_a_cold_shower_sex_while_asleep_a_mother_who_wants_to_die_and_a_tracker_are_serious(string text)
    {
        var verdict = Assess(text);

        Assert.True(verdict.Level >= SafetyLevel.Urgent, $"{verdict.Level}: {string.Join(", ", verdict.ReasonIds)}");
    }

    [Theory]
    [InlineData("mijn zoon wil niet onder de koude douche na het sporten")]
    [InlineData("i pinched my finger in the door, my son laughed")]
    [InlineData("oma slaapt zo diep na haar middagdutje, ze is bijna niet wakker te krijgen")]
    public void A_cold_shower_after_sport_a_pinched_finger_and_a_deep_nap_are_nothing_for_the_guard(string text)
    {
        Assert.Equal(SafetyLevel.None, Assess(text).Level);
    }

    [Theory]
    [InlineData("zei tegen mn zus ik vermoord je als je mn trui pakt, ze lag helemaal dubbel")]
    [InlineData("my teenage son and i yell at each other about his games, nobody gets hurt")]
    public void A_threat_the_sister_laughed_at_and_a_parent_and_teenager_yelling_at_each_other_are_nothing_for_the_guard(string text)
    {
        Assert.Equal(SafetyLevel.None, Assess(text).Level);
    }

    [Fact]
    public void Yelling_at_each_other_with_a_blow_now_is_still_danger_now()
    {
        Assert.Equal(SafetyLevel.Acute, Assess("ze schreeuwen tegen elkaar en hij slaat haar nu").Level);
    }

    [Theory]
    [InlineData("mijn dochter heeft vaak blauwe plekken en zegt dat ze gevallen is")]
    [InlineData("she has a black eye and says she walked into a door")]
    [InlineData("de rekening van mijn opa is leeggehaald door zijn kleinzoon")]
    [InlineData("my uncle took over grandmas bank account and she has no money for food")]
    public void Bruises_explained_by_a_fall_or_a_door_and_an_older_persons_account_emptied_are_serious(string text)
    {
        Assert.Equal(SafetyLevel.Urgent, Assess(text).Level);
    }

    [Theory]
    [InlineData("mijn oma is gevallen en heeft blauwe plekken")]
    [InlineData("we have no money for food this month, can the food bank help")]
    public void A_fall_told_as_a_fall_and_a_family_short_of_money_are_nothing_for_the_guard(string text)
    {
        Assert.Equal(SafetyLevel.None, Assess(text).Level);
    }

    [Theory]
    [InlineData("hij is binnen. help")]
    [InlineData("hes inside the house now help")]
    [InlineData("standing at the edge of the platform, this is the end")]
    public void Someone_inside_with_a_cry_for_help_and_the_platform_edge_with_the_end_are_danger_now(string text)
    {
        var verdict = Assess(text);

        Assert.True(verdict.Level == SafetyLevel.Acute, $"{verdict.Level}: {string.Join(", ", verdict.ReasonIds)}");
    }

    [Theory]
    [InlineData("kun je me helpen met een cadeau")]
    [InlineData("mijn man is thuis, kun je me helpen met een cadeau")]
    [InlineData("my dad is at the door, help me pick a movie")]
    public void Help_with_a_present_or_a_film_is_nothing_for_the_guard(string text)
    {
        Assert.Equal(SafetyLevel.None, Assess(text).Level);
    }

    [Theory]
    [InlineData("ik zit met mijn zusje in de kast, papa slaat mama")]
    [InlineData("me and my brother are under the bed, they are fighting downstairs and glass is breaking")]
    public void A_child_hiding_while_violence_or_a_fight_goes_on_is_danger_now(string text)
    {
        var verdict = Assess(text);

        Assert.True(verdict.Level == SafetyLevel.Acute, $"{verdict.Level}: {string.Join(", ", verdict.ReasonIds)}");
    }

    [Theory]
    [InlineData("when i was little i hid under my bed when my dad hit my mum")]
    [InlineData("mijn zoon verstopt zich onder de tafel als we ruzie maken")]
    public void Hiding_long_ago_or_as_a_habit_is_no_112(string text)
    {
        Assert.NotEqual(SafetyLevel.Acute, Assess(text).Level);
    }

    [Theory]
    [InlineData("mijn broers staan voor de deur, ze willen me nu meenemen naar het vliegveld")]
    [InlineData("he took his gun out and said tonight is it")]
    [InlineData("haar man staat in de wachtkamer te dreigen dat hij haar kapot maakt")]
    [InlineData("her ex wont let her come out of the bathroom")]
    public void Taken_to_the_airport_now_tonight_is_it_with_a_gun_a_threat_in_the_waiting_room_and_kept_in_are_danger_now(string text)
    {
        var verdict = Assess(text);

        Assert.True(verdict.Level == SafetyLevel.Acute, $"{verdict.Level}: {string.Join(", ", verdict.ReasonIds)}");
    }

    [Theory]
    [InlineData("mijn vader staat nu beneden om me naar het vliegveld te brengen voor mijn vakantie")]
    [InlineData("we're in the waiting room, the doctor is late")]
    public void A_lift_to_the_airport_and_a_late_doctor_are_nothing_for_the_guard(string text)
    {
        Assert.Equal(SafetyLevel.None, Assess(text).Level);
    }

    [Theory]
    [InlineData("ze hebben mijn paspoort en we gaan nu naar schiphol, ik wil niet trouwen")]
    [InlineData("at schiphol with my parents, its a marriage not a holiday")]
    [InlineData("papa slaat mama en nu komt hij naar mijn kamer")]
    [InlineData("my ex is coming over now")]
    public void A_marriage_abroad_under_way_a_father_coming_to_the_room_and_an_ex_on_the_way_now_are_danger_now(string text)
    {
        var verdict = Assess(text);

        Assert.True(verdict.Level == SafetyLevel.Acute, $"{verdict.Level}: {string.Join(", ", verdict.ReasonIds)}");
    }

    [Theory]
    [InlineData("my ex is on his way now to pick up the kids")]
    [InlineData("mijn ex komt vanavond de kinderen brengen")]
    public void An_ex_coming_for_the_children_is_no_112(string text)
    {
        Assert.NotEqual(SafetyLevel.Acute, Assess(text).Level);
    }

    [Theory]
    [InlineData("hij had net zijn handen om mijn keel, ik kreeg geen lucht")]
    [InlineData("hij staat in de keuken met het grote mes en zegt dat ik niet weg mag")]
    [InlineData("heb de halve strip al op, maakt niet meer uit")]
    [InlineData("heb alle pillen op tafel liggen. ik neem ze nu in")]
    [InlineData("het mes ligt klaar, niemand hoeft meer last van me te hebben")]
    public void Hands_round_the_neck_with_no_air_a_big_knife_held_pills_being_taken_and_a_blade_ready_with_a_farewell_are_danger_now(string text)
    {
        var verdict = Assess(text);

        Assert.True(verdict.Level == SafetyLevel.Acute, $"{verdict.Level}: {string.Join(", ", verdict.ReasonIds)}");
    }

    [Theory]
    [InlineData("hij staat in de keuken met het mes groente te snijden")]
    [InlineData("ik neem mijn pillen nu in, goedenacht")]
    public void Cutting_vegetables_and_taking_ones_own_pills_are_nothing_for_the_guard(string text)
    {
        Assert.Equal(SafetyLevel.None, Assess(text).Level);
    }

    [Fact]
    public void Dragged_along_a_gallery_is_violence_going_on_in_a_place()
    {
        Assert.Equal(SafetyLevel.Acute, Assess("de buurman sleept zijn vrouw over de galerij").Level);
    }

    [Theory]
    [InlineData("he forced me and hes still in the room")]
    [InlineData("hes doing things to me, im in the bathroom now")]
    [InlineData("dad is coming back from the pub and mum is shaking")]
    public void Forced_with_him_still_there_things_done_now_and_a_feared_father_on_his_way_back_are_danger_now(string text)
    {
        var verdict = Assess(text);

        Assert.True(verdict.Level == SafetyLevel.Acute, $"{verdict.Level}: {string.Join(", ", verdict.ReasonIds)}");
    }

    [Fact]
    public void Shaking_with_excitement_about_a_game_is_nothing_for_the_guard()
    {
        Assert.Equal(SafetyLevel.None, Assess("my dad is on his way home from work, hes shaking with excitement about the game").Level);
    }

    [Theory]
    [InlineData("mijn ouders plannen een huwelijk voor me in de zomer, ik wil niet")]
    [InlineData("my parents arranged a marriage for me next summer")]
    [InlineData("found an airtag in my bag after he had the kids")]
    [InlineData("een leerling vertelde dat haar stiefvader 's nachts in haar bed komt")]
    [InlineData("als ik een slecht cijfer haal krijg ik thuis de riem")]
    [InlineData("my husband forces sex on me when he is drunk")]
    public void An_arranged_marriage_a_tracker_a_stepfather_in_her_bed_the_belt_and_forced_sex_are_serious(string text)
    {
        Assert.Equal(SafetyLevel.Urgent, Assess(text).Level);
    }

    [Theory]
    [InlineData("my grandfather used the belt on my dad in the 60s, everyone is fine now")]
    [InlineData("my parents fought a lot in the 80s but theyve been good friends for decades now")]
    public void Belts_and_fights_of_the_sixties_and_eighties_are_long_over(string text)
    {
        Assert.Equal(SafetyLevel.None, Assess(text).Level);
    }

    [Theory]
    [InlineData("verloskundige: zwangere vrouw met blauwe plekken op haar buik, partner laat haar nooit alleen met mij praten")]
    [InlineData("school nurse: a boy with small round burn marks on his arm, says he doesnt remember")]
    [InlineData("grandad says his carer pinches him when nobody else is there")]
    [InlineData("my best friend said yesterday she doesnt want to be alive anymore")]
    public void Bruises_with_a_partner_who_never_leaves_unexplained_burns_a_carer_who_pinches_and_not_wanting_to_be_alive_are_serious(string text)
    {
        Assert.Equal(SafetyLevel.Urgent, Assess(text).Level);
    }

    [Theory]
    [InlineData("standing on the bridge waiting for my friend, is this chat anonymous?")]
    [InlineData("he broke my nose in 2022 and went to therapy, it has been fine since")]
    public void A_friend_met_on_a_bridge_and_a_blow_of_2022_are_no_112(string text)
    {
        Assert.NotEqual(SafetyLevel.Acute, Assess(text).Level);
    }

    [Fact]
    public void Waiting_on_a_bridge_with_no_will_to_go_on_is_still_danger_now()
    {
        Assert.Equal(SafetyLevel.Acute, Assess("standing on the bridge waiting for my friend to stop me, i cant go on").Level);
    }

    [Theory]
    [InlineData("hij schreeuwt ook tegen mij als ik nee zeg")]
    [InlineData("my 14yo has been hitting me when i say no")]
    public void Shouting_or_hitting_when_she_says_no_is_no_sexual_violence_and_no_112(string text)
    {
        var verdict = Assess(text);

        Assert.NotEqual(SafetyLevel.Acute, verdict.Level);
        Assert.DoesNotContain("sexual_violence", verdict.ReasonIds);
    }

    [Fact]
    public void Sex_when_she_says_no_is_still_sexual_violence()
    {
        Assert.Contains("sexual_violence", Assess("hij wil seks ook als ik nee zeg").ReasonIds);
    }

    [Theory]
    [InlineData("papa slaat mama. nu. ik ben 10")]
    [InlineData("my dad hits my mum. now. im in my room")]
    public void A_now_word_alone_as_a_sentence_places_the_sentence_before_it(string text)
    {
        Assert.Equal(SafetyLevel.Acute, Assess(text).Level);
    }

    [Theory]
    [InlineData("hij sloeg me vorige week. nu. ik weet niet wat ik moet doen")]
    [InlineData("papa slaat mama. ik ben nu op mijn kamer")]
    public void A_now_word_in_a_sentence_of_its_own_does_not_reach_past_another_time_or_into_a_longer_sentence(string text)
    {
        Assert.NotEqual(SafetyLevel.Acute, Assess(text).Level);
    }

    [Theory]
    [InlineData("hij gooit rotjes naar mij")]
    [InlineData("he's firing rockets straight at me across the garden")]
    [InlineData("mijn oom stopt cobra's in haar brievenbus, hij staat nu nog bij haar deur")]
    [InlineData("there's a box of illegal fireworks wedged against our front door and he's lighting it")]
    public void Fireworks_used_on_someone_are_danger_now(string text)
    {
        Assert.Equal(SafetyLevel.Acute, Assess(text).Level);
    }

    [Theory]
    [InlineData("de jongens in de straat gooien de hele avond rotjes, mijn hond is doodsbang")]
    [InlineData("kids are throwing bangers in the street again")]
    [InlineData("mijn vader steekt om 12 uur de cobra's aan in de tuin")]
    [InlineData("ik hoor harde knallen buiten, vast vuurwerk")]
    public void Fireworks_let_off_as_fireworks_are_no_112(string text)
    {
        Assert.NotEqual(SafetyLevel.Acute, Assess(text).Level);
    }

    [Theory]
    [InlineData("its new years eve and my dad is hitting my mum")]
    [InlineData("we vieren oud en nieuw bij mijn schoonouders en mijn man slaat me nu op de wc")]
    public void On_a_feast_day_violence_going_on_is_danger_now(string text)
    {
        Assert.Equal(SafetyLevel.Acute, Assess(text).Level);
    }

    [Theory]
    [InlineData("ik hoor nu bij de buren dat hij haar aan het slaan is en de kinderen zijn er ook moet ik nou 112 bellen of")]
    [InlineData("hij slaat haar nu moet ik de politie bellen")]
    [InlineData("he is beating her right now what should i do")]
    public void A_question_about_what_to_do_after_violence_going_on_does_not_cancel_it(string text)
    {
        Assert.Equal(SafetyLevel.Acute, Assess(text).Level);
    }

    [Theory]
    [InlineData("mijn zus is weg bij haar mishandelende vriend, hoe help ik haar nu")]
    [InlineData("hij slaat haar als hij gedronken heeft moet ik de politie bellen")]
    public void A_question_about_what_to_do_does_not_place_what_came_before_it_now(string text)
    {
        Assert.NotEqual(SafetyLevel.Acute, Assess(text).Level);
    }

    [Theory]
    [InlineData("mijn ex heeft een hamer gepakt en slaat op de deur van de slaapkamer waar ik met de baby zit")]
    [InlineData("he's hitting the bathroom door with a hammer, im inside with my son")]
    public void A_door_battered_with_something_in_hand_is_danger_now(string text)
    {
        Assert.Equal(SafetyLevel.Acute, Assess(text).Level);
    }

    [Fact]
    public void A_child_knocking_on_the_toilet_door_is_nothing()
    {
        Assert.Equal(SafetyLevel.None, Assess("mn zoon slaat op de deur van de wc want hij moet plassen").Level);
    }

    [Theory]
    [InlineData("we zijn in de tuin, hij heeft al twee keer een cobra naar m'n benen gegooid en lacht erom, en hij pakt er nog een")]
    [InlineData("he lit a rocket and pointed it into the playpen, my baby brother's in there and he's getting another one")]
    public void Fireworks_aimed_at_someone_and_the_next_one_taken_are_danger_now(string text)
    {
        Assert.Equal(SafetyLevel.Acute, Assess(text).Level);
    }

    [Theory]
    [InlineData("heb jaren terug hulp gehad van moviera, alles gaat nu goed, wilde jullie bedanken")]
    [InlineData("how do i beat the final boss in elden ring he keeps one-shotting me")]
    public void Thanks_and_games_are_no_112(string text)
    {
        Assert.Equal(SafetyLevel.None, Assess(text).Level);
    }

    [Theory]
    [InlineData("cat keeps attacking my ankles at 5am how do i make it stop")]
    [InlineData("de kat valt steeds mijn enkels aan")]
    public void A_cat_attacking_ankles_is_no_112(string text)
    {
        Assert.Equal(SafetyLevel.None, Assess(text).Level);
    }

    [Theory]
    [InlineData("ik zit verstopt in de kast")]
    [InlineData("still in the wardrobe. he just said 'I know you're in here' from the hallway")]
    [InlineData("zit bij de buren op zolder. hij probeert alle deuren. de buren durven niet op te doen")]
    public void Hiding_from_someone_is_danger_now(string text)
    {
        Assert.Equal(SafetyLevel.Acute, Assess(text).Level);
    }

    [Theory]
    [InlineData("hiding in the work toilets because my boss is looking for me about the report I haven't finished")]
    [InlineData("ik verstop me in de keuken op een verjaardag omdat mijn tante weer over mijn liefdesleven gaat beginnen")]
    [InlineData("lig onder het bed, neefjes zoeken me, ik hoor ze alle deuren opentrekken en giechelen")]
    public void Hiding_from_a_manager_an_aunt_or_in_a_game_is_no_112(string text)
    {
        Assert.NotEqual(SafetyLevel.Acute, Assess(text).Level);
    }

    [Theory]
    [InlineData("i wake up almost every night from the screaming")]
    [InlineData("ik word bijna elke nacht wakker van het geschreeuw")]
    public void Screaming_that_wakes_the_writer_night_after_night_is_serious(string text)
    {
        Assert.Equal(SafetyLevel.Urgent, Assess(text).Level);
    }

    [Fact]
    public void Students_laughing_and_shrieking_every_night_are_no_disclosure()
    {
        Assert.Equal(SafetyLevel.None, Assess("upstairs people stomp and laugh and shriek every night, just partying. who do i call about noise").Level);
    }

    [Theory]
    [InlineData("last month he put his hands on my throat during an argument. i didnt pass out but i couldn't breathe. he's been sweet since")]
    [InlineData("mijn schoonzoon heeft mijn dochter met de dood bedreigd via whatsapp, ik heb screenshots. wat moet ik doen")]
    [InlineData("GP here. patient presented today with petechiae around the eyes and neck bruising, says partner 'grabbed her' on saturday")]
    public void Strangling_or_a_death_threat_told_afterwards_is_serious_not_112(string text)
    {
        Assert.Equal(SafetyLevel.Urgent, Assess(text).Level);
    }

    [Theory]
    [InlineData("i couldn't breathe")]
    [InlineData("he is choking me i couldnt breathe")]
    [InlineData("hij heeft mijn dochter net met de dood bedreigd en staat voor de deur")]
    [InlineData("Hij wilde mijn wachtwoord, ik zei nee, toen pakte hij me bij mn keel. Hij is nu even naar buiten maar hij komt zo terug")]
    public void Strangling_or_a_threat_with_no_other_time_or_someone_coming_back_is_danger_now(string text)
    {
        Assert.Equal(SafetyLevel.Acute, Assess(text).Level);
    }

    [Theory]
    [InlineData("ik sta op schiphol met mn ouders, ze zeiden dat het vakantie was maar mn tante belde per ongeluk over de bruiloft. mama heeft mijn paspoort. we boarden over een uur")]
    [InlineData("boarding soon. they said it's my grandmother's funeral but it's a wedding. mine. please")]
    [InlineData("a guy is trying to carry my friend out of the club, she's totally out of it after one drink and she doesn't know him")]
    [InlineData("meeting a guy from snap now, he's 24, i'm 13. he said to come to his car and not tell anyone")]
    public void Taken_abroad_to_be_married_carried_off_drugged_or_met_in_secret_is_danger_now(string text)
    {
        Assert.Equal(SafetyLevel.Acute, Assess(text).Level);
    }

    [Theory]
    [InlineData("we vliegen vandaag naar turkije voor de bruiloft van mijn nicht, zo leuk")]
    [InlineData("we zetten mijn dronken vriendin in een taxi naar huis, ze was helemaal van de wereld haha")]
    [InlineData("goedemorgen! lekker weertje he")]
    [InlineData("mijn vriendin heeft me net verteld dat haar vriend haar slaat")]
    public void A_wedding_trip_a_friend_taken_home_or_the_weather_is_no_112(string text)
    {
        Assert.NotEqual(SafetyLevel.Acute, Assess(text).Level);
    }

    [Theory]
    [InlineData("caught my son's 'gaming buddy' (who is 40!!) asking him to delete their chats and meet at the mall next month")]
    [InlineData("Een man die zegt dat hij 17 is maar duidelijk ouder is, vraagt mijn dochter (12) om foto's en wil volgende week zaterdag afspreken")]
    public void An_adult_grooming_a_child_for_later_is_serious(string text)
    {
        Assert.Equal(SafetyLevel.Urgent, Assess(text).Level);
    }

    [Theory]
    [InlineData("Ik ben de buurvrouw. Er staat een vrouw bij mij binnen, ze is gevlucht voor haar vriend maar hij ziet haar via Find My. Hij staat nu bij ons tuinhek te schreeuwen.")]
    [InlineData("his best mate just messaged me: 'he's on his way to yours with the thing from under the seat, get out'. I'm home alone")]
    [InlineData("ik krijg net een dm van zn ex: 'pas op, hij heeft het ding uit de schuur in zn auto gelegd en rijdt nu naar jou toe'. ik zit alleen thuis")]
    public void Followed_by_a_tracker_or_a_weapon_named_by_where_it_is_kept_with_him_coming_is_danger_now(string text)
    {
        Assert.Equal(SafetyLevel.Acute, Assess(text).Level);
    }

    [Theory]
    [InlineData("heb een tracker onder mn auto gevonden, ik denk van mijn ex")]
    [InlineData("found an airtag in my kids backpack after his weekend with his dad")]
    public void A_tracker_found_is_serious(string text)
    {
        Assert.Equal(SafetyLevel.Urgent, Assess(text).Level);
    }

    [Theory]
    [InlineData("airtag aan sleutelbos, aanrader")]
    [InlineData("my partner and i both use find my iphone for each other, is that weird?")]
    [InlineData("Ik heb een AirTag in mijn koffer gedaan voor de vakantie en nu krijg ik steeds 'AirTag reist met je mee'. Het is gewoon die van de koffer van mijn vriend, hoe zet ik die melding uit?")]
    public void A_tracker_on_keys_a_suitcase_or_shared_by_agreement_is_nothing(string text)
    {
        Assert.Equal(SafetyLevel.None, Assess(text).Level);
    }

    [Theory]
    [InlineData("hij heeft me zaterdag bij mijn keel gepakt. nu doet hij weer normaal")]
    [InlineData("ze heeft me vorige week bij de keel gegrepen, het is nu weer rustig")]
    [InlineData("he kept kicking me all the way home. that was sunday, he's calmer now")]
    [InlineData("afgelopen zomer heeft hij me een nacht in de schuur opgesloten")]
    [InlineData("mijn buurman heeft een blauw oog, hij lacht het weg maar ik zie dat hij bang is")]
    [InlineData("he has hit me a few times when drunk, he is at work now")]
    public void Violence_told_afterwards_with_things_calm_again_is_serious_not_danger_now(string text)
    {
        Assert.Equal(SafetyLevel.Urgent, Assess(text).Level);
    }

    [Theory]
    [InlineData("hij heeft me net bij mijn keel gepakt en staat nog in de gang")]
    public void A_participle_at_the_end_of_the_phrase_is_still_now_with_a_now_word(string text)
    {
        Assert.Equal(SafetyLevel.Acute, Assess(text).Level);
    }

    [Theory]
    [InlineData("my son screamed blue murder at the dentist")]
    [InlineData("lightning struck the chimney and the kids were screaming, all fine now")]
    [InlineData("onze hond is gebeten door een andere hond, wond in zijn nek")]
    [InlineData("my boss pulled me aside to talk about my hours")]
    [InlineData("my little one is screaming bloody murder because i took the ipad")]
    [InlineData("the ivy is strangling our shed")]
    [InlineData("ik kneed het deeg, zit dat deeg te wurgen haha")]
    [InlineData("the downstairs neighbour complains about our music")]
    public void Everyday_alarm_in_strong_words_is_nothing(string text)
    {
        Assert.Equal(SafetyLevel.None, Assess(text).Level);
    }
}
