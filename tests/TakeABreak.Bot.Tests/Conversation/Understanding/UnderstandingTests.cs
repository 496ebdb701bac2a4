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

    [Fact]
    public async Task Held_out_answers_are_understood_nine_times_in_ten()
    {
        var (rate, _) = await ScoreAsync(LabelledSet.HeldOut);
        output.WriteLine($"held-out: {rate:P1} of {LabelledSet.HeldOut.Count}");
        Assert.True(rate >= Goal, $"held-out understood-rate {rate:P1}, goal {Goal:P0}");
    }

    /// <summary>
    /// Written by the lead while the recognizer was tuned by someone else, measured once on the finished recognizer
    /// (30 November 2026: 46 of 56 = 82.1 %, below the 90 % goal). Kept as a floor and never tuned on.
    /// </summary>
    [Fact]
    public async Task Blind_answers_by_another_author_stay_above_the_floor()
    {
        const double blindFloor = 0.80;
        var (rate, misses) = await ScoreAsync(LabelledSet.Blind);
        output.WriteLine($"blind: {rate:P1} of {LabelledSet.Blind.Count}");
        foreach (var miss in misses)
        {
            output.WriteLine(miss);
        }

        Assert.True(rate >= blindFloor, $"blind understood-rate {rate:P1}, floor {blindFloor:P0}");
    }

    /// <summary>
    /// The second blind set (95 answers), written by the lead while the recognizer was tuned by someone else, never shown
    /// to them and never tuned on. Before that round: 71/95 = 74.7 %; measured once after it (30 November 2026): 73/95 =
    /// 76.8 %, far below the 90 % goal. The floor is what it measured.
    /// </summary>
    [Fact]
    public async Task Second_blind_answers_by_another_author_stay_above_what_they_measured()
    {
        const double floor = 0.76;
        var (rate, misses) = await ScoreAsync(LabelledSet.SecondBlind);
        output.WriteLine($"second blind: {rate:P1} of {LabelledSet.SecondBlind.Count}");
        foreach (var miss in misses)
        {
            output.WriteLine(miss);
        }

        Assert.True(rate >= floor, $"second blind understood-rate {rate:P1}, floor {floor:P0}");
    }

    [Fact]
    public async Task Tuning_answers_are_understood_nine_times_in_ten()
    {
        var (rate, misses) = await ScoreAsync(LabelledSet.Tuning);
        output.WriteLine($"tuning: {rate:P1} of {LabelledSet.Tuning.Count}");
        foreach (var miss in misses)
        {
            output.WriteLine(miss);
        }

        Assert.True(rate >= Goal, $"tuning understood-rate {rate:P1}, goal {Goal:P0}");
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
