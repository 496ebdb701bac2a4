using TakeABreak.Signalering.Assessment;

namespace TakeABreak.Signalering.Tests.Assessment;

/// <summary>The rules in dialogs/assessment/urgency.yaml, case by case.</summary>
public sealed class UrgencyAssessorTests
{
    private static readonly string[] Partner = ["partner"];

    private readonly UrgencyAssessor assessor = RepositoryDialogs.Content.CreateAssessor();

    private UrgencyAssessment Assess(string[] signals, string[] answers, string[]? personTypes = null, UrgencyLevel? minimum = null) =>
        assessor.Assess(new AssessmentInput(signals, answers, personTypes ?? Partner, minimum));

    [Fact]
    public void Nothing_marked_gives_information()
    {
        var assessment = Assess([], []);

        Assert.Equal(UrgencyLevel.Information, assessment.Level);
        Assert.Equal(["no_signals"], assessment.ReasonIds);
    }

    [Fact]
    public void A_single_mild_signal_gives_information_and_says_one_signal_is_not_proof()
    {
        var assessment = Assess(["withdrawn"], ["frequency_once", "trend_same"]);

        Assert.Equal(UrgencyLevel.Information, assessment.Level);
        Assert.Equal(["one_signal"], assessment.ReasonIds);
    }

    [Fact]
    public void A_single_factor_below_the_threshold_stays_information_but_is_shown()
    {
        var assessment = Assess(["withdrawn"], ["isolated_or_dependent"]);

        Assert.Equal(UrgencyLevel.Information, assessment.Level);
        Assert.Equal(["one_signal", "isolated_or_dependent"], assessment.ReasonIds);
    }

    [Fact]
    public void One_sign_that_happens_often_gives_concern()
    {
        var assessment = Assess(["shouting_or_screaming"], ["frequency_often"]);

        Assert.Equal(UrgencyLevel.Concern, assessment.Level);
        Assert.Equal(["one_signal_often", "happens_often"], assessment.ReasonIds);
    }

    // Consultation helper, session 17: "mijn man slaat me en ik ben bang", "vaak", came out as a concern.
    [Fact]
    public void Violence_that_happens_often_is_urgent_as_structural_unsafety()
    {
        var assessment = Assess(["physical_violence", "fearful_or_jumpy"], ["frequency_often"]);

        Assert.Equal(UrgencyLevel.Urgent, assessment.Level);
        Assert.Equal("physical_violence_often", assessment.ReasonIds[0]);
    }

    [Fact]
    public void Violence_that_happened_once_stays_a_concern()
    {
        var assessment = Assess(["physical_violence"], ["frequency_once"]);

        Assert.Equal(UrgencyLevel.Concern, assessment.Level);
        Assert.DoesNotContain("physical_violence_often", assessment.ReasonIds);
    }

    [Fact]
    public void Several_signals_give_concern()
    {
        var assessment = Assess(["withdrawn", "controls_phone"], []);

        Assert.Equal(UrgencyLevel.Concern, assessment.Level);
        Assert.Equal(["several_signals"], assessment.ReasonIds);
    }

    [Fact]
    public void Several_signals_that_are_getting_worse_give_concern_with_both_reasons()
    {
        var assessment = Assess(["withdrawn", "controls_phone", "isolated"], ["trend_worse", "frequency_sometimes"]);

        Assert.Equal(UrgencyLevel.Concern, assessment.Level);
        Assert.Equal(["several_signals", "getting_worse"], assessment.ReasonIds);
    }

    [Fact]
    public void Getting_worse_alone_reaches_the_concern_threshold()
    {
        var assessment = Assess(["withdrawn"], ["trend_worse"]);

        Assert.Equal(UrgencyLevel.Concern, assessment.Level);
        Assert.Equal(["getting_worse"], assessment.ReasonIds);
    }

    [Fact]
    public void Strangulation_gives_urgent()
    {
        var assessment = Assess([], ["strangulation_yes"]);

        Assert.Equal(UrgencyLevel.Urgent, assessment.Level);
        Assert.Equal("strangulation", assessment.ReasonIds[0]);
    }

    [Theory]
    [InlineData("weapons_at_home")]
    [InlineData("weapons_used")]
    public void A_threat_to_kill_with_a_weapon_gives_urgent(string weapon)
    {
        var assessment = Assess([], ["threats_to_kill", weapon]);

        Assert.Equal(UrgencyLevel.Urgent, assessment.Level);
        Assert.Contains("threat_to_kill_and_weapon", assessment.ReasonIds);
    }

    [Fact]
    public void A_threat_to_kill_is_urgent_on_its_own()
    {
        var assessment = Assess([], ["threats_to_kill", "weapons_none"]);

        Assert.Equal(UrgencyLevel.Urgent, assessment.Level);
        Assert.Equal(["threat_to_kill"], assessment.ReasonIds);
    }

    [Fact]
    public void A_weapon_used_or_shown_as_a_threat_gives_urgent()
    {
        var assessment = Assess([], ["weapons_used"]);

        Assert.Equal(UrgencyLevel.Urgent, assessment.Level);
        Assert.Equal(["weapon_used"], assessment.ReasonIds);
    }

    [Fact]
    public void A_hurt_child_gives_urgent()
    {
        var assessment = Assess([], ["children_hurt"]);

        Assert.Equal(UrgencyLevel.Urgent, assessment.Level);
        Assert.Equal(["child_hurt"], assessment.ReasonIds);
    }

    [Fact]
    public void Children_who_see_or_hear_the_violence_give_concern_because_that_is_child_abuse()
    {
        var assessment = Assess([], ["children_present"]);

        Assert.Equal(UrgencyLevel.Concern, assessment.Level);
        Assert.Equal(["child_witnesses_violence", "children_present"], assessment.ReasonIds);
    }

    [Fact]
    public void A_child_who_talks_about_fighting_at_home_gives_concern()
    {
        var assessment = Assess(["child_hears_fighting"], [], ["child"]);

        Assert.Equal(UrgencyLevel.Concern, assessment.Level);
        Assert.Equal(["child_witnesses_violence"], assessment.ReasonIds);
    }

    [Fact]
    public void Injuries_without_a_clear_explanation_give_concern_on_their_own()
    {
        var assessment = Assess(["unexplained_injuries"], [], ["older_person"]);

        Assert.Equal(UrgencyLevel.Concern, assessment.Level);
        Assert.Equal(["injuries_without_explanation"], assessment.ReasonIds);
    }

    [Theory]
    [InlineData("child_attacks_parent")]
    [InlineData("child_threatens_parent")]
    public void Repeated_attacks_or_threats_by_a_child_give_concern(string signal)
    {
        var assessment = Assess([signal], [], ["parent_harmed_by_child"]);

        Assert.Equal(UrgencyLevel.Concern, assessment.Level);
        Assert.Equal(["child_against_parent"], assessment.ReasonIds);
    }

    [Fact]
    public void Separation_with_a_threat_to_kill_adds_up_to_urgent()
    {
        var assessment = Assess(["controls_phone"], ["separation_recent_or_planned", "threats_to_kill", "weapons_none"]);

        Assert.Equal(UrgencyLevel.Urgent, assessment.Level);
        Assert.Equal(["threat_to_kill", "separation"], assessment.ReasonIds);
    }

    [Fact]
    public void Separation_that_is_getting_worse_adds_up_to_urgent()
    {
        var assessment = Assess(["controls_money"], ["separation_recent_or_planned", "trend_worse"]);

        Assert.Equal(UrgencyLevel.Urgent, assessment.Level);
        Assert.Equal(["separation", "getting_worse"], assessment.ReasonIds);
    }

    [Fact]
    public void Separation_with_frequent_violence_stays_below_the_urgent_threshold()
    {
        var assessment = Assess(["controls_money"], ["separation_recent_or_planned", "frequency_often"]);

        Assert.Equal(UrgencyLevel.Concern, assessment.Level);
        Assert.Equal(["one_signal_often", "separation", "happens_often"], assessment.ReasonIds);
    }

    [Fact]
    public void Pregnancy_alone_gives_concern()
    {
        var assessment = Assess(["controls_money"], ["pregnancy_yes"]);

        Assert.Equal(UrgencyLevel.Concern, assessment.Level);
        Assert.Equal(["pregnancy"], assessment.ReasonIds);
    }

    [Fact]
    public void Pregnancy_with_violence_getting_worse_adds_up_to_urgent()
    {
        var assessment = Assess(["controls_money"], ["pregnancy_yes", "trend_worse"]);

        Assert.Equal(UrgencyLevel.Urgent, assessment.Level);
        Assert.Equal(["getting_worse", "pregnancy"], assessment.ReasonIds);
    }

    [Fact]
    public void Reasons_come_most_serious_first()
    {
        var assessment = Assess(["withdrawn", "controls_phone"], ["strangulation_yes", "frequency_often", "separation_recent_or_planned"]);

        Assert.Equal(UrgencyLevel.Urgent, assessment.Level);
        Assert.Equal(["strangulation", "several_signals", "separation", "happens_often"], assessment.ReasonIds);
    }

    [Fact]
    public void Factors_that_add_up_to_urgent_come_before_reasons_for_concern()
    {
        var assessment = Assess(["withdrawn", "controls_phone"], ["separation_recent_or_planned", "trend_worse"]);

        Assert.Equal(UrgencyLevel.Urgent, assessment.Level);
        Assert.Equal(["separation", "getting_worse", "several_signals"], assessment.ReasonIds);
    }

    [Fact]
    public void The_rules_never_conclude_acute_on_their_own_even_with_every_red_flag()
    {
        var content = RepositoryDialogs.Content;
        var everyPersonType = content.Signals.PersonTypes.Select(type => type.Id).ToArray();
        var everySignal = content.Signals.Signals.Select(signal => signal.Id).ToArray();
        var worstAnswers = new[]
        {
            "frequency_often", "duration_year_or_longer", "trend_worse", "children_hurt", "threats_to_kill", "weapons_used",
            "strangulation_yes", "separation_recent_or_planned", "isolated_or_dependent", "pregnancy_yes",
        };

        var assessment = Assess(everySignal, worstAnswers, everyPersonType);

        Assert.Equal(UrgencyLevel.Urgent, assessment.Level);
    }

    [Fact]
    public void Danger_now_from_another_check_gives_acute_with_that_reason_first()
    {
        var assessment = Assess(["withdrawn", "controls_phone"], [], minimum: UrgencyLevel.Acute);

        Assert.Equal(UrgencyLevel.Acute, assessment.Level);
        Assert.Equal(["danger_now", "several_signals"], assessment.ReasonIds);
    }

    [Theory]
    [InlineData(UrgencyLevel.Concern, "concern_in_your_words")]
    [InlineData(UrgencyLevel.Urgent, "serious_signs_in_your_words")]
    [InlineData(UrgencyLevel.Acute, "danger_now")]
    public void Another_check_can_raise_the_level_and_says_why(UrgencyLevel minimum, string reason)
    {
        var assessment = Assess([], [], minimum: minimum);

        Assert.Equal(minimum, assessment.Level);
        Assert.Equal(reason, assessment.ReasonIds[0]);
    }

    [Fact]
    public void Another_check_with_a_lower_level_does_not_lower_the_outcome()
    {
        var assessment = Assess([], ["strangulation_yes"], minimum: UrgencyLevel.Concern);

        Assert.Equal(UrgencyLevel.Urgent, assessment.Level);
        Assert.Equal(["strangulation"], assessment.ReasonIds);
    }

    public static TheoryData<string[], string[]> Situations => new()
    {
        { [], [] },
        { ["withdrawn"], [] },
        { ["withdrawn", "controls_phone"], ["trend_worse"] },
        { [], ["strangulation_yes"] },
        { ["controls_phone"], ["separation_recent_or_planned", "threats_to_kill"] },
    };

    [Theory]
    [MemberData(nameof(Situations))]
    public void Raising_never_lowers_whatever_the_minimum(string[] signals, string[] answers)
    {
        var without = Assess(signals, answers).Level;

        foreach (var minimum in Enum.GetValues<UrgencyLevel>())
        {
            var with = Assess(signals, answers, minimum: minimum).Level;
            Assert.Equal(minimum > without ? minimum : without, with);
        }
    }

    [Fact]
    public void The_order_of_the_ids_does_not_change_the_assessment()
    {
        var forwards = Assess(["withdrawn", "controls_phone", "isolated"], ["trend_worse", "threats_other", "frequency_often"]);
        var backwards = Assess(["isolated", "controls_phone", "withdrawn"], ["frequency_often", "threats_other", "trend_worse"]);

        Assert.Equal(forwards.Level, backwards.Level);
        Assert.Equal(forwards.ReasonIds, backwards.ReasonIds);
    }

    [Fact]
    public void Every_rule_and_factor_in_the_content_can_fire()
    {
        var content = RepositoryDialogs.Content;
        var everyPersonType = content.Signals.PersonTypes.Select(type => type.Id).ToArray();
        var referenced = content.Urgency.Rules.SelectMany(rule => rule.Condition.AllOf.Concat(rule.Condition.AnyOf)).ToHashSet();
        var mildSignals = content.Signals.Signals.Select(signal => signal.Id).Where(id => !referenced.Contains(id)).ToList();

        foreach (var rule in content.Urgency.Rules)
        {
            var ids = rule.Condition.AllOf.Concat(rule.Condition.AnyOf.Take(1)).ToList();
            var signals = ids.Where(content.Signals.Contains).ToList();
            signals.AddRange(mildSignals.Take(Math.Max(0, (rule.Condition.MinSignals ?? 0) - signals.Count)));

            var assessment = Assess([.. signals], [.. ids.Where(content.Context.ContainsAnswer)], everyPersonType);

            Assert.True(assessment.ReasonIds.Contains(rule.Id), $"rule '{rule.Id}' did not fire");
            Assert.True(assessment.Level >= rule.Level, $"rule '{rule.Id}' did not raise the level to {rule.Level}");
        }

        foreach (var factor in content.Urgency.Factors)
        {
            var assessment = Assess([], [factor.AnyOf[0]], everyPersonType);

            Assert.True(assessment.ReasonIds.Contains(factor.Id), $"factor '{factor.Id}' did not count");
        }
    }

    [Fact]
    public void Every_reason_it_gives_has_plain_words_in_both_languages()
    {
        var urgency = RepositoryDialogs.Content.Urgency;
        var reasonIds = urgency.Rules.Select(rule => rule.Id)
            .Concat(urgency.Factors.Select(factor => factor.Id))
            .Concat(urgency.RaisedLevelReasons.Select(raised => raised.Id));

        foreach (var id in reasonIds)
        {
            Assert.False(string.IsNullOrWhiteSpace(urgency.Reason(id).In("nl")), id);
            Assert.False(string.IsNullOrWhiteSpace(urgency.Reason(id).In("en")), id);
        }
    }
}
