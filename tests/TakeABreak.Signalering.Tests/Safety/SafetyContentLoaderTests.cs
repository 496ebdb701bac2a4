using TakeABreak.Content;
using TakeABreak.Signalering.Safety;

namespace TakeABreak.Signalering.Tests.Safety;

/// <summary>Broken safety content is refused with the file, the line and what is wrong.</summary>
public sealed class SafetyContentLoaderTests : IDisposable
{
    private readonly string _dialogs = Path.Combine(Path.GetTempPath(), "takeabreak-safety-" + Guid.NewGuid().ToString("N"));

    public SafetyContentLoaderTests()
    {
        CopyFolder(Path.Combine(RepositoryFolders.Dialogs, "safety"), Path.Combine(_dialogs, "safety"));
        CopyFolder(Path.Combine(RepositoryFolders.Dialogs, "schemas"), Path.Combine(_dialogs, "schemas"));
    }

    public void Dispose() => Directory.Delete(_dialogs, recursive: true);

    [Fact]
    public void The_shipped_safety_content_is_valid()
    {
        Assert.Empty(SafetyContentLoader.Validate(RepositoryFolders.Dialogs));
    }

    [Fact]
    public void Broken_YAML_is_reported_with_file_and_line()
    {
        ReplaceLine(SafetyContentLoader.RulesFile, "    level: acute", "    level: acute: very", occurrence: 2);

        var error = Assert.Single(SafetyContentLoader.Validate(_dialogs));

        Assert.Equal(SafetyContentLoader.RulesFile, error.File);
        Assert.InRange(error.Line, LineOf(SafetyContentLoader.RulesFile, "    level: acute: very"), LineOf(SafetyContentLoader.RulesFile, "    level: acute: very") + 3);
        Assert.StartsWith("this is not valid YAML", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_schema_violation_is_reported_at_the_line_of_the_wrong_value()
    {
        ReplaceLine(SafetyContentLoader.RulesFile, "    when: now", "    when: sometimes", occurrence: 1);

        var error = Assert.Single(SafetyContentLoader.Validate(_dialogs));

        Assert.Equal(SafetyContentLoader.RulesFile, error.File);
        Assert.Equal(LineOf(SafetyContentLoader.RulesFile, "    when: sometimes"), error.Line);
        Assert.StartsWith("rule '", error.Within, StringComparison.Ordinal);
        Assert.Equal("'when' is 'sometimes', which is not one of the allowed values", error.Message);
    }

    [Fact]
    public void An_answer_after_a_disclosure_that_does_not_say_to_call_112_first_is_refused()
    {
        ReplaceLine(SafetyContentLoader.RulesFile, "  answer: acute_danger", "  answer: urgent_disclosure", occurrence: 1);

        var errors = SafetyContentLoader.Validate(_dialogs);

        Assert.NotEmpty(errors);
        Assert.All(errors, error =>
        {
            Assert.Equal(SafetyContentLoader.RulesFile, error.File);
            Assert.Equal(LineOf(SafetyContentLoader.RulesFile, "  answer: urgent_disclosure"), error.Line);
            Assert.Contains("112", error.Message, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void A_rule_that_answers_with_a_message_that_does_not_exist_is_refused()
    {
        ReplaceLine(SafetyContentLoader.RulesFile, "    answer: suicide_thoughts", "    answer: no_such_message", occurrence: 1);

        var error = Assert.Single(SafetyContentLoader.Validate(_dialogs));

        Assert.Equal(SafetyContentLoader.RulesFile, error.File);
        Assert.Equal(LineOf(SafetyContentLoader.RulesFile, "    answer: no_such_message"), error.Line);
        Assert.Contains("no_such_message", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_acute_rule_that_answers_with_a_message_without_112_first_is_refused()
    {
        ReplaceLine(SafetyContentLoader.RulesFile, "    answer: suicide_danger", "    answer: suicide_thoughts", occurrence: 1);

        var errors = SafetyContentLoader.Validate(_dialogs);

        Assert.Equal(2, errors.Count);
        Assert.All(errors, error => Assert.Contains("112", error.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void The_answer_to_a_serious_disclosure_must_give_Veilig_Thuis()
    {
        ReplaceLine(SafetyContentLoader.MessagesFile, "      Je kunt Veilig Thuis bellen voor advies: 0800-2000. Dat is gratis, dag en nacht. Je hoeft je naam niet te zeggen.", "      Je kunt hulp vragen.", occurrence: 1);

        var error = Assert.Single(SafetyContentLoader.Validate(_dialogs));

        Assert.Contains("0800-2000", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_translation_is_a_schema_violation_of_the_message()
    {
        ReplaceLine(SafetyContentLoader.MessagesFile, "    en: Start again", "", occurrence: 1);

        var error = Assert.Single(SafetyContentLoader.Validate(_dialogs));

        Assert.Equal(SafetyContentLoader.MessagesFile, error.File);
        Assert.Equal(LineOf(SafetyContentLoader.MessagesFile, "  acute_restart:"), error.Line);
        Assert.Contains("en", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rule_that_names_an_unknown_concept_is_reported_at_its_line_within_the_rule()
    {
        ReplaceLine(SafetyContentLoader.RulesFile, "    anchor: unconscious", "    anchor: unconscius", occurrence: 1);

        var error = Assert.Single(SafetyContentLoader.Validate(_dialogs));

        Assert.Equal(new ContentError(
            SafetyContentLoader.RulesFile,
            LineOf(SafetyContentLoader.RulesFile, "    anchor: unconscius"),
            "it refers to unknown concept 'unconscius'") { Within = "rule 'unconscious'" }, error);
        Assert.EndsWith($":{error.Line} (rule 'unconscious'): it refers to unknown concept 'unconscius'", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_signal_that_stops_a_rule_anywhere_in_the_message_must_be_known()
    {
        ReplaceLine(SafetyContentLoader.RulesFile, "    unless_in_message: [laughed_it_off]", "    unless_in_message: [laughed_it_of]", occurrence: 1);

        var error = Assert.Single(SafetyContentLoader.Validate(_dialogs));

        Assert.Equal(LineOf(SafetyContentLoader.RulesFile, "    unless_in_message: [laughed_it_of]"), error.Line);
        Assert.Equal("it refers to unknown concept 'laughed_it_of'", error.Message);
    }

    [Fact]
    public void A_blocker_that_yields_to_an_unknown_signal_is_reported_at_its_line_within_the_concept()
    {
        ReplaceLine(SafetyContentLoader.LexiconFile, "    yields_to: [violence_act, severe_act, held_down, unconscious, help_refused, vehicle_attack]", "    yields_to: [violence_akt, severe_act, held_down, unconscious, help_refused, vehicle_attack]", occurrence: 1);

        var error = Assert.Single(SafetyContentLoader.Validate(_dialogs));

        Assert.Equal(new ContentError(
            SafetyContentLoader.LexiconFile,
            LineOf(SafetyContentLoader.LexiconFile, "    yields_to: [violence_akt, severe_act, held_down, unconscious, help_refused, vehicle_attack]"),
            "it yields to unknown signal 'violence_akt'") { Within = "concept 'mishap'" }, error);
    }

    [Fact]
    public void A_now_word_that_means_these_days_with_something_that_is_no_time_is_reported_at_its_line()
    {
        ReplaceLine(SafetyContentLoader.LexiconFile, "    these_days_with: [how_often]", "    these_days_with: [violence_act]", occurrence: 1);

        var error = Assert.Single(SafetyContentLoader.Validate(_dialogs));

        Assert.Equal(new ContentError(
            SafetyContentLoader.LexiconFile,
            LineOf(SafetyContentLoader.LexiconFile, "    these_days_with: [violence_act]"),
            "it means 'these days' with 'violence_act', which is no other-time or habit marker") { Within = "concept 'now'" }, error);
    }

    [Fact]
    public void An_earlier_stage_that_is_no_time_is_reported_at_its_line()
    {
        ReplaceLine(SafetyContentLoader.LexiconFile, "    these_days_after: [earlier_stage]", "    these_days_after: [weapon]", occurrence: 1);

        var error = Assert.Single(SafetyContentLoader.Validate(_dialogs));

        Assert.Equal(new ContentError(
            SafetyContentLoader.LexiconFile,
            LineOf(SafetyContentLoader.LexiconFile, "    these_days_after: [weapon]"),
            "it means 'these days' with 'weapon', which is no other-time or habit marker") { Within = "concept 'now'" }, error);
    }

    [Fact]
    public void A_these_days_word_that_is_no_term_of_its_concept_is_reported_at_its_line()
    {
        ReplaceLine(SafetyContentLoader.LexiconFile, "    these_days_terms: [nu, nou, now]", "    these_days_terms: [nu, nu2, now]", occurrence: 1);

        var error = Assert.Single(SafetyContentLoader.Validate(_dialogs));

        Assert.Equal(new ContentError(
            SafetyContentLoader.LexiconFile,
            LineOf(SafetyContentLoader.LexiconFile, "    these_days_terms: [nu, nu2, now]"),
            "'nu2' means 'these days' but is no term of this concept") { Within = "concept 'now'" }, error);
    }

    [Fact]
    public void These_days_words_without_the_time_words_that_make_them_mean_these_days_are_reported_at_their_line()
    {
        ReplaceLine(SafetyContentLoader.LexiconFile, "    these_days_with: [how_often]", string.Empty, occurrence: 1);
        ReplaceLine(SafetyContentLoader.LexiconFile, "    these_days_after: [earlier_stage]", string.Empty, occurrence: 1);

        var error = Assert.Single(SafetyContentLoader.Validate(_dialogs));

        Assert.Equal(new ContentError(
            SafetyContentLoader.LexiconFile,
            LineOf(SafetyContentLoader.LexiconFile, "    these_days_terms: [nu, nou, now]"),
            "these_days_terms mean 'these days' only with these_days_with or these_days_after, and it gives neither") { Within = "concept 'now'" }, error);
    }

    [Fact]
    public void A_question_that_ends_at_an_unknown_signal_is_reported_at_its_line_within_the_concept()
    {
        ReplaceLine(SafetyContentLoader.LexiconFile, "    ends_at_a_new_subject: [actor, ex_partner, parent]", "    ends_at_a_new_subject: [actor, ex_partner, parnet]", occurrence: 1);

        var error = Assert.Single(SafetyContentLoader.Validate(_dialogs));

        Assert.Equal(new ContentError(
            SafetyContentLoader.LexiconFile,
            LineOf(SafetyContentLoader.LexiconFile, "    ends_at_a_new_subject: [actor, ex_partner, parnet]"),
            "it ends at unknown signal 'parnet'") { Within = "concept 'question_what_to_do'" }, error);
    }

    [Fact]
    public void A_rule_may_only_combine_signals()
    {
        ReplaceLine(SafetyContentLoader.RulesFile, "    with: [infant]", "    with: [now]", occurrence: 1);

        var error = Assert.Single(SafetyContentLoader.Validate(_dialogs));

        Assert.Equal(LineOf(SafetyContentLoader.RulesFile, "    with: [now]"), error.Line);
        Assert.Contains("'now', which is not a signal", error.Message, StringComparison.Ordinal);
        Assert.StartsWith("rule '", error.Within, StringComparison.Ordinal);
    }

    [Fact]
    public void A_term_that_is_not_a_word_is_reported_at_its_line()
    {
        ReplaceLine(SafetyContentLoader.LexiconFile, "    nl: [nu, nou,", "    nl: [\"*nu\", nu, nou,", occurrence: 1);

        var error = Assert.Single(SafetyContentLoader.Validate(_dialogs));

        Assert.Equal(SafetyContentLoader.LexiconFile, error.File);
        Assert.Equal(LineOf(SafetyContentLoader.LexiconFile, "    nl: [\"*nu\", nu, nou,"), error.Line);
        Assert.Contains("'*nu' is not a word", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_term_in_two_concepts_is_reported_within_the_concept_that_repeats_it()
    {
        ReplaceLine(SafetyContentLoader.LexiconFile, "    nl: [nu, nou,", "    nl: [nu, slaat, nou,", occurrence: 1);

        var error = Assert.Single(SafetyContentLoader.Validate(_dialogs));

        Assert.Contains("term 'slaat' is also a term of concept 'violence_act'", error.Message, StringComparison.Ordinal);
        Assert.Equal("concept 'now'", error.Within);
    }

    [Fact]
    public void The_acute_danger_message_must_open_with_112()
    {
        ReplaceLine(SafetyContentLoader.MessagesFile, "      Call 112 now.", "      Please stay calm.", occurrence: 1);

        var error = Assert.Single(SafetyContentLoader.Validate(_dialogs));

        Assert.Equal(SafetyContentLoader.MessagesFile, error.File);
        Assert.Contains("must say to call 112 in its first line", error.Message, StringComparison.Ordinal);
        Assert.Equal("message 'acute_danger'", error.Within);
    }

    [Fact]
    public void A_missing_file_is_reported()
    {
        File.Delete(Path.Combine(_dialogs, SafetyContentLoader.MessagesFile));

        var error = Assert.Single(SafetyContentLoader.Validate(_dialogs));

        Assert.Equal(new ContentError(SafetyContentLoader.MessagesFile, 0, "the file is missing"), error);
    }

    [Fact]
    public void Load_throws_with_every_error_in_the_message()
    {
        ReplaceLine(SafetyContentLoader.RulesFile, "    anchor: unconscious", "    anchor: unconscius", occurrence: 1);

        var exception = Assert.Throws<ContentValidationException>(() => SafetyContentLoader.Load(_dialogs));

        Assert.Contains($"{SafetyContentLoader.RulesFile}:{LineOf(SafetyContentLoader.RulesFile, "    anchor: unconscius")} (rule 'unconscious'): it refers to unknown concept 'unconscius'", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_dialogs_folder_that_does_not_exist_is_a_clear_error()
    {
        var error = Assert.Single(SafetyContentLoader.Validate(Path.Combine(_dialogs, "nope")));

        Assert.Equal("the dialogs folder does not exist", error.Message);
    }

    private void ReplaceLine(string relativePath, string line, string replacement, int occurrence)
    {
        var path = Path.Combine(_dialogs, relativePath);
        var lines = File.ReadAllLines(path).ToList();
        var index = lines.Select((text, i) => (text, i)).Where(pair => pair.text.StartsWith(line, StringComparison.Ordinal)).ElementAt(occurrence - 1).i;
        lines[index] = replacement.Length == 0 ? "" : replacement + lines[index][line.Length..];
        File.WriteAllLines(path, lines);
    }

    private int LineOf(string relativePath, string linePrefix) =>
        File.ReadAllLines(Path.Combine(_dialogs, relativePath))
            .Select((text, i) => (text, i))
            .First(pair => pair.text.StartsWith(linePrefix, StringComparison.Ordinal)).i + 1;

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }
    }
}
