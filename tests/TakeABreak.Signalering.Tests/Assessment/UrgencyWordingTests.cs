using System.Text.RegularExpressions;
using TakeABreak.Signalering.Assessment;
using TakeABreak.Content;

namespace TakeABreak.Signalering.Tests.Assessment;

/// <summary>What DOMAIN.md asks of the words: never a risk score, never "safe", the right numbers per level.</summary>
public sealed partial class UrgencyWordingTests
{
    private readonly AssessmentContent content = RepositoryDialogs.Content;

    private IEnumerable<LocalizedText> AllTexts()
    {
        var urgency = content.Urgency;
        var levels = Enum.GetValues<UrgencyLevel>().Select(urgency.Describe);
        return new[] { urgency.Heading }
            .Concat(levels.SelectMany(level => new[] { level.Label, level.Description }))
            .Concat(urgency.Rules.Select(rule => rule.Reason))
            .Concat(urgency.Factors.Select(factor => factor.Reason))
            .Concat(urgency.RaisedLevelReasons.Select(raised => raised.Reason))
            .Concat(content.Context.Questions.SelectMany(question => question.Answers.Select(answer => answer.Label).Append(question.Question)))
            .Concat(content.Signals.Signals.SelectMany(signal => new[] { signal.Label, signal.Explanation }))
            .Concat(content.Signals.SpecialTopics.SelectMany(topic => new[] { topic.Label, topic.Explanation }));
    }

    [Fact]
    public void No_sentence_speaks_of_a_risk_score_or_calls_a_situation_safe()
    {
        Assert.All(AllTexts(), text =>
        {
            Assert.DoesNotMatch(RiskScore(), text.Nl);
            Assert.DoesNotMatch(RiskScore(), text.En);
            Assert.DoesNotMatch(SafeInDutch(), text.Nl);
            Assert.DoesNotMatch(SafeInEnglish(), text.En);
        });
    }

    [Fact]
    public void No_sentence_concludes_that_someone_is_a_victim_or_is_abused()
    {
        Assert.All(AllTexts(), text =>
        {
            Assert.DoesNotMatch(VictimInDutch(), text.Nl);
            Assert.DoesNotMatch(VictimInEnglish(), text.En);
        });
    }

    [Fact]
    public void Acute_sends_to_112_now()
    {
        var acute = content.Urgency.Describe(UrgencyLevel.Acute);

        Assert.StartsWith("Er is nu gevaar. Bel direct 112", acute.Description.Nl);
        Assert.StartsWith("There is danger now. Call 112", acute.Description.En);
    }

    [Fact]
    public void Urgent_says_veilig_thuis_now_and_promises_nothing_of_Moviera_before_the_consultation_request_exists()
    {
        var urgent = content.Urgency.Describe(UrgencyLevel.Urgent).Description;

        Assert.Contains("Bel nu Veilig Thuis: 0800-2000", urgent.Nl);
        Assert.DoesNotContain("dezelfde werkdag", urgent.Nl);
        Assert.Contains("Call Veilig Thuis now: 0800-2000", urgent.En);
        Assert.DoesNotContain("the same working day", urgent.En);
    }

    [Fact]
    public void Concern_suggests_talking_it_through_with_moviera_or_veilig_thuis()
    {
        var concern = content.Urgency.Describe(UrgencyLevel.Concern).Description;

        Assert.Contains("Moviera of met Veilig Thuis", concern.Nl);
        Assert.Contains("Moviera or with Veilig Thuis", concern.En);
    }

    [Fact]
    public void Every_level_has_a_label_and_description_in_both_languages()
    {
        foreach (var level in Enum.GetValues<UrgencyLevel>())
        {
            var description = content.Urgency.Describe(level);
            Assert.NotEmpty(description.Label.Nl);
            Assert.NotEmpty(description.Label.En);
            Assert.NotEqual(description.Description.Nl, description.Description.En);
        }
    }

    [Fact]
    public void The_only_phone_numbers_are_112_and_veilig_thuis()
    {
        Assert.All(AllTexts(), text =>
        {
            foreach (Match number in PhoneNumber().Matches(text.Nl + " " + text.En))
            {
                Assert.Contains(number.Value, new[] { "112", "0800-2000" });
            }
        });
    }

    [GeneratedRegex(@"risico|risk", RegexOptions.IgnoreCase)]
    private static partial Regex RiskScore();

    [GeneratedRegex(@"\bveilig\b(?! Thuis)", RegexOptions.IgnoreCase)]
    private static partial Regex SafeInDutch();

    [GeneratedRegex(@"\bsafe(ly)?\b", RegexOptions.IgnoreCase)]
    private static partial Regex SafeInEnglish();

    [GeneratedRegex(@"\bis (een )?slachtoffer\b|\bwordt mishandeld\b", RegexOptions.IgnoreCase)]
    private static partial Regex VictimInDutch();

    [GeneratedRegex(@"\bis (a )?victim\b|\bis (being )?abused\b", RegexOptions.IgnoreCase)]
    private static partial Regex VictimInEnglish();

    [GeneratedRegex(@"\d[\d-]{2,}")]
    private static partial Regex PhoneNumber();
}
