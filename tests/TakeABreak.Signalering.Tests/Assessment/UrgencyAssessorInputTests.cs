using TakeABreak.Signalering.Assessment;

namespace TakeABreak.Signalering.Tests.Assessment;

/// <summary>Bad input gets a clear error that names what is wrong.</summary>
public sealed class UrgencyAssessorInputTests
{
    private readonly UrgencyAssessor assessor = RepositoryDialogs.Content.CreateAssessor();

    private ArgumentException Reject(string[] signals, string[] answers, string[] personTypes, UrgencyLevel? minimum = null) =>
        Assert.ThrowsAny<ArgumentException>(() => assessor.Assess(new AssessmentInput(signals, answers, personTypes, minimum)));

    [Fact]
    public void An_unknown_signal_is_rejected_by_name()
    {
        Assert.Contains("'bruises'", Reject(["bruises"], [], ["partner"]).Message);
    }

    [Fact]
    public void An_unknown_answer_is_rejected_by_name()
    {
        Assert.Contains("'strangled'", Reject([], ["strangled"], ["partner"]).Message);
    }

    [Fact]
    public void An_unknown_person_type_is_rejected_by_name()
    {
        Assert.Contains("'neighbour'", Reject([], [], ["neighbour"]).Message);
    }

    [Fact]
    public void At_least_one_person_type_is_needed()
    {
        Assert.Contains("at least one person type", Reject([], [], []).Message);
    }

    [Fact]
    public void A_signal_for_another_person_type_is_rejected()
    {
        var message = Reject(["exhausted_carer"], [], ["partner"]).Message;

        Assert.Contains("'exhausted_carer'", message);
        Assert.Contains("older_person", message);
    }

    [Fact]
    public void An_answer_to_a_question_for_another_person_type_is_rejected()
    {
        Assert.Contains("'pregnancy'", Reject([], ["pregnancy_yes"], ["older_person"]).Message);
    }

    [Fact]
    public void Two_answers_to_one_question_are_rejected()
    {
        var message = Reject([], ["threats_to_kill", "threats_none"], ["partner"]).Message;

        Assert.Contains("'threats'", message);
        Assert.Contains("two answers", message);
    }

    [Fact]
    public void A_minimum_that_is_not_a_level_is_rejected()
    {
        Assert.Contains("not an urgency level", Reject([], [], ["partner"], (UrgencyLevel)7).Message);
    }

    [Fact]
    public void Missing_input_is_rejected()
    {
        Assert.Throws<ArgumentNullException>(() => assessor.Assess(null!));
        Assert.Throws<ArgumentNullException>(() => assessor.Assess(new AssessmentInput(null!, [], ["partner"])));
    }
}
