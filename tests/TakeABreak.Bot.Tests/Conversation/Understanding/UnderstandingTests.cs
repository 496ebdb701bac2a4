using Microsoft.Extensions.DependencyInjection;
using TakeABreak.Dialogs.Runtime;
using Xunit.Abstractions;

namespace TakeABreak.Bot.Tests.Conversation.Understanding;

/// <summary>The labelled set (labelled-answers.tsv) through the real content: the held-out half is the result.</summary>
public sealed class UnderstandingTests(ConversationHostFixture fixture, ITestOutputHelper output) : IClassFixture<ConversationHostFixture>
{
    private const double Goal = 0.90;

    [Fact]
    public void The_labelled_set_has_at_least_200_answers_in_both_languages_for_every_question()
    {
        Assert.True(LabelledSet.All.Count >= 200, $"{LabelledSet.All.Count} labelled answers");
        foreach (var question in LabelledSet.All.GroupBy(answer => answer.Question.Split('_')[0]))
        {
            Assert.Contains(question, answer => answer.Locale == "nl");
            Assert.Contains(question, answer => answer.Locale == "en");
        }

        Assert.InRange(LabelledSet.HeldOut.Count, LabelledSet.All.Count / 3, LabelledSet.All.Count * 2 / 3);
    }

    /// <summary>
    /// Each set with the rate it must keep. Held-out: the half of labelled-answers.tsv not tuned on (goal 90 %). Blind:
    /// written by the lead while the recognizer was tuned elsewhere, measured once at 82.1 % (46/56), later tuned on, so a
    /// regression guard now. Second blind: 95 answers by the lead, measured at 76.8 % and 78.9 % before session 4 tuned
    /// on it (100 % after). Round three: new wording per family of answers, written in session 4 before it was measured.
    /// </summary>
    public static TheoryData<string, double> Sets() => new()
    {
        { "tuning", Goal },
        { "held-out", Goal },
        { "blind", 0.90 },
        { "second blind", 0.90 },
        { "round three", 0.80 },

        // Written by the lead while the fourth-session round was tuned elsewhere, never tuned on: 107/137 = 78.1 % before
        // that round, 118/137 = 86.1 % after it (30 November 2026), below the 90 % goal. Session 5 tuned on it (word
        // families for the misses, so no longer blind): 122/137 = 89.1 % for the five the lead named, 132/137 = 96.4 %
        // with the sign phrases its misses showed. A regression guard now.
        { "third blind", 0.95 },

        // Written by the lead while the fifth-session round was tuned elsewhere (on the third blind set), never tuned on:
        // 116/141 = 82.3 % before that round, 118/141 = 83.7 % after it (1 December 2026). Tuning on one set's misses
        // moved fresh wording by 1.4 points.
        { "fourth blind", 0.836 },
    };

    [Theory]
    [MemberData(nameof(Sets))]
    public async Task Labelled_answers_are_understood_at_least_as_often_as_measured(string set, double floor)
    {
        var answers = set switch
        {
            "tuning" => LabelledSet.Tuning,
            "held-out" => LabelledSet.HeldOut,
            "blind" => LabelledSet.Blind,
            "second blind" => LabelledSet.SecondBlind,
            "third blind" => LabelledSet.ThirdBlind,
            "fourth blind" => LabelledSet.FourthBlind,
            _ => LabelledSet.RoundThree,
        };

        var (rate, misses) = await ScoreAsync(answers);
        output.WriteLine($"{set}: {rate:P1} of {answers.Count}");
        foreach (var miss in set == "held-out" ? [] : misses)
        {
            output.WriteLine(miss);
        }

        Assert.True(rate >= floor, $"{set} understood-rate {rate:P1}, floor {floor:P0}");
    }

    private async Task<(double Rate, List<string> Misses)> ScoreAsync(IReadOnlyList<LabelledAnswer> answers)
    {
        var score = new UnderstandingScore(fixture.Host.Services.GetRequiredService<DialogMachine>(), fixture.Host.Services);
        var misses = new List<string>();
        foreach (var answer in answers)
        {
            var (understood, got) = await score.EvaluateAsync(answer);
            if (!understood)
            {
                misses.Add($"MISS {answer} | expected {answer.Expected} | got {got}");
            }
        }

        return (1 - ((double)misses.Count / answers.Count), misses);
    }
}
