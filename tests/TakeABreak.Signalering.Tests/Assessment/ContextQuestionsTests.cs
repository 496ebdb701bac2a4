using TakeABreak.Signalering.Assessment;

namespace TakeABreak.Signalering.Tests.Assessment;

public sealed class ContextQuestionsTests
{
    private readonly ContextQuestions context = RepositoryDialogs.Content.Context;

    [Fact]
    public void It_asks_about_every_context_of_the_issue()
    {
        Assert.Equal(
            ["frequency", "duration", "trend", "children", "threats", "weapons", "strangulation", "separation", "isolation_dependence", "pregnancy"],
            context.Questions.Select(question => question.Id));
    }

    [Fact]
    public void A_partner_relationship_gets_every_question()
    {
        Assert.Equal(context.Questions, context.For(["partner"]));
    }

    [Fact]
    public void About_a_child_it_does_not_ask_whether_children_are_around_nor_about_separation_or_pregnancy()
    {
        var ids = context.For(["child"]).Select(question => question.Id).ToList();

        Assert.DoesNotContain("children", ids);
        Assert.DoesNotContain("separation", ids);
        Assert.DoesNotContain("pregnancy", ids);
        Assert.Contains("strangulation", ids);
    }

    [Fact]
    public void Every_question_lets_the_user_say_they_do_not_know()
    {
        Assert.All(context.Questions, question => Assert.Contains(question.Answers, answer => answer.Label.En == "I don't know" && answer.Label.Nl == "Weet ik niet"));
    }

    [Fact]
    public void An_answer_is_found_with_its_question()
    {
        Assert.Equal("strangulation", context.QuestionOf("strangulation_yes").Id);
        Assert.Equal("Ja", context.GetAnswer("strangulation_yes").Label.In("nl"));
    }

    [Fact]
    public void An_unknown_answer_is_a_clear_error()
    {
        Assert.Contains("'maybe'", Assert.Throws<ArgumentException>(() => context.QuestionOf("maybe")).Message);
        Assert.Contains("'maybe'", Assert.Throws<ArgumentException>(() => context.GetAnswer("maybe")).Message);
    }
}
