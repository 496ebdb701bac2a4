using TakeABreak.Signalering.Assessment;
using TakeABreak.Content;

namespace TakeABreak.Signalering.Tests.Assessment;

public sealed class AssessmentContentLoaderTests : IDisposable
{
    private const string Catalogue = "signals/catalogue.yaml";
    private const string Context = "assessment/context.yaml";
    private const string Urgency = "assessment/urgency.yaml";

    private readonly DialogsCopy dialogs = new();

    public void Dispose() => dialogs.Dispose();

    [Fact]
    public void The_content_in_the_repository_has_no_problems()
    {
        Assert.Empty(AssessmentContentLoader.Validate(RepositoryDialogs.Directory));
    }

    [Fact]
    public void Bad_yaml_is_reported_with_file_and_line()
    {
        var line = dialogs.Replace(Catalogue, "  - id: withdrawn\n", "  - id: withdrawn\n    label: [unclosed\n");

        var error = Assert.Single(AssessmentContentLoader.Validate(dialogs.Directory));

        Assert.Equal(Catalogue, error.File);
        Assert.InRange(error.Line, line, line + 2);
        Assert.Contains("not valid YAML", error.Message);
    }

    [Fact]
    public void Bad_indentation_is_reported_with_file_and_line()
    {
        var line = dialogs.Replace(Context, "  - id: trend\n", "  - id: trend\n   bad: indent\n") + 1;

        var error = Assert.Single(AssessmentContentLoader.Validate(dialogs.Directory));

        Assert.Equal(Context, error.File);
        Assert.InRange(error.Line, line, line + 1);
        Assert.Contains("not valid YAML", error.Message);
    }

    [Fact]
    public void A_missing_dialogs_folder_is_reported_not_thrown()
    {
        var error = Assert.Single(AssessmentContentLoader.Validate(dialogs.PathOf("nowhere")));

        Assert.Contains("does not exist", error.Message);
    }

    [Fact]
    public void A_missing_translation_is_reported_on_its_line()
    {
        var line = dialogs.Replace(Catalogue, "      en: Afraid or jumpy\n", string.Empty) - 2;

        var error = Assert.Single(AssessmentContentLoader.Validate(dialogs.Directory));

        Assert.Equal(Catalogue, error.File);
        Assert.Equal(line, error.Line);
        Assert.StartsWith("signal '", error.Within);
        Assert.Equal("'label' needs 'en', which is missing", error.Message);
    }

    [Fact]
    public void A_field_the_schema_does_not_know_is_reported_on_its_line()
    {
        var line = dialogs.Replace(Urgency, "    any_of: [separation_recent_or_planned]\n    weight: 2\n", "    any_of: [separation_recent_or_planned]\n    weight: 2\n    wieght: 4\n") + 2;

        var error = Assert.Single(AssessmentContentLoader.Validate(dialogs.Directory));

        Assert.Equal(Urgency, error.File);
        Assert.Equal(line, error.Line);
        Assert.Contains("wieght", error.Message);
        Assert.Contains("is not a known field here", error.Message);
    }

    [Fact]
    public void An_id_that_is_not_lower_snake_case_is_a_schema_violation()
    {
        var line = dialogs.Replace(Context, "  - id: frequency\n", "  - id: Frequency\n");

        var error = Assert.Single(AssessmentContentLoader.Validate(dialogs.Directory));

        Assert.Equal(Context, error.File);
        Assert.Equal(line, error.Line);
        Assert.Equal("question 'Frequency'", error.Within);
        Assert.Contains("'id'", error.Message);
        Assert.Contains("lower_snake_case", error.Message);
    }

    [Fact]
    public void A_rule_that_concludes_acute_is_a_schema_violation()
    {
        var line = dialogs.Replace(Urgency, "  - id: strangulation\n    level: urgent\n", "  - id: strangulation\n    level: acute\n") + 1;

        var error = Assert.Single(AssessmentContentLoader.Validate(dialogs.Directory));

        Assert.Equal(line, error.Line);
        Assert.Equal("rule 'strangulation'", error.Within);
        Assert.Equal("'level' is 'acute', which is not one of the allowed values", error.Message);
    }

    [Fact]
    public void A_rule_that_refers_to_an_unknown_id_is_reported_on_its_line()
    {
        var line = dialogs.Replace(Urgency, "any_of: [strangulation_yes]", "any_of: [strangled_yes]");

        var error = Assert.Single(AssessmentContentLoader.Validate(dialogs.Directory));

        Assert.Equal(Urgency, error.File);
        Assert.Equal(line, error.Line);
        Assert.Contains("'strangled_yes'", error.Message);
        Assert.Contains("neither a signal", error.Message);
    }

    [Fact]
    public void A_signal_in_an_unknown_group_is_reported_on_its_line()
    {
        var line = dialogs.Replace(Catalogue, "  - id: withdrawn\n    group: fear_and_behaviour\n", "  - id: withdrawn\n    group: fear\n") + 1;

        var error = Assert.Single(AssessmentContentLoader.Validate(dialogs.Directory));

        Assert.Equal(line, error.Line);
        Assert.Contains("group 'fear'", error.Message);
    }

    [Fact]
    public void A_question_for_an_unknown_person_type_is_reported_on_its_line()
    {
        var line = dialogs.Replace(Context, "  - id: pregnancy\n    person_types: [partner]\n", "  - id: pregnancy\n    person_types: [partners]\n") + 1;

        var error = Assert.Single(AssessmentContentLoader.Validate(dialogs.Directory));

        Assert.Equal(Context, error.File);
        Assert.Equal(line, error.Line);
        Assert.Contains("'partners'", error.Message);
    }

    [Fact]
    public void An_id_used_twice_is_reported_with_both_lines()
    {
        var first = dialogs.Replace(Catalogue, "  - id: withdrawn\n", "  - id: withdrawn\n");
        var second = dialogs.Replace(Catalogue, "  - id: agitated\n", "  - id: withdrawn\n");

        var error = Assert.Single(AssessmentContentLoader.Validate(dialogs.Directory));

        Assert.Equal(second, error.Line);
        Assert.Contains($"line {first}", error.Message);
    }

    [Fact]
    public void An_answer_id_that_is_also_a_signal_id_is_reported()
    {
        var line = dialogs.Replace(Context, "      - id: frequency_once\n", "      - id: withdrawn\n");

        var error = Assert.Single(AssessmentContentLoader.Validate(dialogs.Directory));

        Assert.Equal(line, error.Line);
        Assert.Contains("also a signal id", error.Message);
    }

    [Fact]
    public void A_key_written_twice_is_reported_on_the_second_one()
    {
        var line = dialogs.Replace(Urgency, "    any_of: [separation_recent_or_planned]\n    weight: 2\n", "    any_of: [separation_recent_or_planned]\n    weight: 2\n    weight: 4\n") + 2;

        var error = Assert.Single(AssessmentContentLoader.Validate(dialogs.Directory));

        Assert.Equal(line, error.Line);
        Assert.Contains("weight", error.Message);
    }

    [Fact]
    public void A_group_without_signals_is_reported_because_nobody_would_ever_see_it()
    {
        var line = dialogs.Replace(Catalogue, "groups:\n", "groups:\n  - id: unused\n    label: { nl: Ongebruikt, en: Unused }\n") + 1;

        var error = Assert.Single(AssessmentContentLoader.Validate(dialogs.Directory));

        Assert.Equal(line, error.Line);
        Assert.Contains("'unused' has no signals", error.Message);
    }

    [Fact]
    public void A_missing_level_description_is_reported()
    {
        dialogs.Replace(Urgency, "  - id: information\n    label: { nl: Informatie, en: Information }\n", "  - id: concern\n    label: { nl: Informatie, en: Information }\n");

        var messages = AssessmentContentLoader.Validate(dialogs.Directory).Select(error => error.Message).ToList();

        Assert.Contains(messages, message => message.Contains("'information' has no description"));
        Assert.Contains(messages, message => message.Contains("'concern' is described more than once"));
    }

    [Fact]
    public void A_wrong_schema_reference_is_reported()
    {
        var line = dialogs.Replace(Context, "$schema: ../schemas/assessment-context.schema.json", "$schema: ../schemas/context.schema.json");

        var error = Assert.Single(AssessmentContentLoader.Validate(dialogs.Directory));

        Assert.Equal(line, error.Line);
        Assert.Contains("../schemas/assessment-context.schema.json", error.Message);
    }

    [Fact]
    public void A_missing_file_is_reported()
    {
        dialogs.Delete(Urgency);

        var error = Assert.Single(AssessmentContentLoader.Validate(dialogs.Directory));

        Assert.Equal(Urgency, error.File);
        Assert.Contains("missing", error.Message);
    }

    [Fact]
    public void An_empty_file_is_reported()
    {
        dialogs.Write(Context, string.Empty);

        var error = Assert.Single(AssessmentContentLoader.Validate(dialogs.Directory));

        Assert.Equal(Context, error.File);
        Assert.Contains("empty", error.Message);
    }

    [Fact]
    public void Loading_broken_content_throws_with_every_problem()
    {
        dialogs.Replace(Catalogue, "      en: Afraid or jumpy\n", string.Empty);
        dialogs.Replace(Urgency, "  - id: strangulation\n    level: urgent\n", "  - id: strangulation\n    level: acute\n");

        var exception = Assert.Throws<ContentValidationException>(() => AssessmentContentLoader.Load(dialogs.Directory));

        Assert.Equal(2, exception.Errors.Count);
        Assert.Contains(Catalogue, exception.Message);
        Assert.Contains(Urgency, exception.Message);
    }
}
