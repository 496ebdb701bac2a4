using TakeABreak.Bot.Conversation.Content;

namespace TakeABreak.Content.Tests.Catalogue;

/// <summary>
/// Each kind of broken file, through the lint command and through start-up: both name the file (as "dialogs/…"), the
/// line, the step or item, and what is wrong, in the same words, and both report every problem at once. So does a
/// published host whose dialogs/ was stamped at publish (<see cref="ContentStamp"/>) and changed since: a changed file
/// gets every check again.
/// </summary>
public sealed class BrokenContentTests : IDisposable
{
    private const string Main = "flows/main.yaml";
    private const string Conversation = "strings/conversation.yaml";

    private readonly BrokenDialogsFolder _dialogs = new();
    private readonly string _stampBeforeTheChange;

    public BrokenContentTests() => _stampBeforeTheChange = ContentStamp.Of(_dialogs.Path);

    public enum Through
    {
        Lint,
        StartUp,

        /// <summary>Start-up of a published host: the folder carries the stamp lint wrote at publish, before the file was broken.</summary>
        StartUpAfterPublish,
    }

    public void Dispose() => _dialogs.Dispose();

    [Theory]
    [InlineData(Through.Lint)]
    [InlineData(Through.StartUp)]
    [InlineData(Through.StartUpAfterPublish)]
    public void Bad_yaml_syntax_names_file_and_line(Through through)
    {
        _dialogs.Replace(Main, "          into: teams_start\n", "          into: teams_start\n         prompt: oops\n");

        var problems = Problems(through);

        var line = _dialogs.LineOf(Main, "         prompt: oops");
        Assert.Contains(problems, problem => problem.StartsWith($"dialogs/{Main}:{line}: this is not valid YAML", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(Through.Lint)]
    [InlineData(Through.StartUp)]
    [InlineData(Through.StartUpAfterPublish)]
    public void A_schema_violation_names_file_line_step_and_field(Through through)
    {
        _dialogs.Replace(Main, "          into: teams_start\n", "          intoo: teams_start\n");

        var problems = Problems(through);

        var line = _dialogs.LineOf(Main, "intoo: teams_start");
        Assert.Contains($"dialogs/{Main}:{line} (dialog 'main', step 'teams_start'): 'choice/intoo' is not a known field here (a typo?)", problems);
    }

    [Theory]
    [InlineData(Through.Lint)]
    [InlineData(Through.StartUp)]
    [InlineData(Through.StartUpAfterPublish)]
    public void A_context_answer_naming_an_unknown_safety_rule_names_file_line_and_answer(Through through)
    {
        _dialogs.Replace("assessment/context.yaml", "recognised_by_safety: [recent_separation]", "recognised_by_safety: [recent_seperation]");

        var problems = Problems(through);

        var line = _dialogs.LineOf("assessment/context.yaml", "recognised_by_safety: [recent_seperation]");
        Assert.Contains($"dialogs/assessment/context.yaml:{line}: Answer 'separation_recent_or_planned' of question 'separation' names safety rule 'recent_seperation', which is not in safety/rules.yaml.", problems);
    }

    [Theory]
    [InlineData(Through.Lint)]
    [InlineData(Through.StartUp)]
    [InlineData(Through.StartUpAfterPublish)]
    public void An_unknown_step_names_file_line_step_and_option(Through through)
    {
        _dialogs.Replace(Main, "next: teams_meldcode }", "next: teams_meldcod }");

        var problems = Problems(through);

        var line = _dialogs.LineOf(Main, "next: teams_meldcod }");
        Assert.Contains($"dialogs/{Main}:{line} (dialog 'main', step 'teams_start'): option 'meldcode' points to step 'teams_meldcod', which does not exist in dialog 'main'", problems);
    }

    [Theory]
    [InlineData(Through.Lint)]
    [InlineData(Through.StartUp)]
    [InlineData(Through.StartUpAfterPublish)]
    public void An_unknown_string_names_file_line_and_step(Through through)
    {
        _dialogs.Replace(Main, "        say: [welcome_teams]\n", "        say: [welcome_team]\n");

        var problems = Problems(through);

        var line = _dialogs.LineOf(Main, "say: [welcome_team]");
        Assert.Contains($"dialogs/{Main}:{line} (dialog 'main', step 'welcome_teams'): say uses string 'welcome_team', which does not exist in strings/", problems);
    }

    [Theory]
    [InlineData(Through.Lint)]
    [InlineData(Through.StartUp)]
    [InlineData(Through.StartUpAfterPublish)]
    public void A_duplicate_step_id_names_both_lines(Through through)
    {
        var first = _dialogs.LineOf(Main, "      - id: teams_start");
        var second = _dialogs.LineOf(Main, "      - id: teams_meldcode");
        _dialogs.Replace(Main, "      - id: teams_meldcode\n", "      - id: teams_start\n");

        var problems = Problems(through);

        Assert.Contains($"dialogs/{Main}:{second} (dialog 'main', step 'teams_start'): this step id is already used at line {first}; step ids must be unique within a dialog", problems);
    }

    [Theory]
    [InlineData(Through.Lint)]
    [InlineData(Through.StartUp)]
    [InlineData(Through.StartUpAfterPublish)]
    public void A_missing_translation_names_file_line_and_string(Through through)
    {
        var line = _dialogs.LineOf(Conversation, "  welcome_teams:");
        _dialogs.RemoveLine(Conversation, "Teams chats are kept under your organisation's rules");

        var problems = Problems(through);

        Assert.Contains(problems, problem => problem.StartsWith($"dialogs/{Conversation}:{line} (string 'welcome_teams'): there is no 'en' translation", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(Through.Lint)]
    [InlineData(Through.StartUp)]
    [InlineData(Through.StartUpAfterPublish)]
    public void Problems_in_flows_signals_and_safety_are_all_reported_at_once(Through through)
    {
        _dialogs.Replace(Main, "next: teams_meldcode }", "next: teams_meldcod }");
        _dialogs.Replace("signals/catalogue.yaml", "      en: Afraid or jumpy\n", string.Empty);
        _dialogs.Replace("safety/rules.yaml", "    anchor: unconscious\n", "    anchor: unconscius\n");

        var problems = Problems(through);

        Assert.Contains(problems, problem => problem.StartsWith($"dialogs/{Main}:", StringComparison.Ordinal));
        Assert.Contains(problems, problem => problem.StartsWith("dialogs/signals/catalogue.yaml:", StringComparison.Ordinal) && problem.Contains("'label' needs 'en', which is missing", StringComparison.Ordinal));
        Assert.Contains(problems, problem => problem.StartsWith("dialogs/safety/rules.yaml:", StringComparison.Ordinal) && problem.Contains("unknown concept 'unconscius'", StringComparison.Ordinal));
    }

    [Fact]
    public void Lint_exits_with_one_and_counts_the_problems()
    {
        _dialogs.Replace(Main, "next: teams_meldcode }", "next: teams_meldcod }");
        var output = new StringWriter();

        var exitCode = ContentLint.Run(_dialogs.Path, output);

        Assert.Equal(1, exitCode);
        Assert.Contains($"problem(s) in {_dialogs.Path}", output.ToString(), StringComparison.Ordinal);
    }

    /// <summary>What lint prints, or the lines of the error that stops the host, one problem each.</summary>
    private IReadOnlyList<string> Problems(Through through)
    {
        if (through == Through.Lint)
        {
            var output = new StringWriter();
            Assert.Equal(1, ContentLint.Run(_dialogs.Path, output));
            return output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        }

        if (through == Through.StartUpAfterPublish)
        {
            File.WriteAllText(Path.Combine(_dialogs.Path, ContentStamp.FileName), _stampBeforeTheChange);
        }

        using var host = new ConversationHost(_dialogs.Path);
        var exception = Assert.ThrowsAny<Exception>(() => host.Services);
        var invalid = Assert.IsType<ContentValidationException>(FindContentError(exception));
        Assert.Equal(invalid.Errors.Select(error => error.ToString()), invalid.Message.Split(Environment.NewLine).Skip(1));
        return invalid.Errors.Select(error => error.ToString()).ToList();
    }

    private static Exception? FindContentError(Exception? exception) =>
        exception switch
        {
            null => null,
            ContentValidationException => exception,
            AggregateException aggregate => aggregate.InnerExceptions.Select(FindContentError).FirstOrDefault(found => found is not null),
            _ => FindContentError(exception.InnerException),
        };
}
