using TakeABreak.Content;
using TakeABreak.Dialogs.Content;
using TakeABreak.Dialogs.Tests.Fixtures;

namespace TakeABreak.Dialogs.Tests.Content;

public sealed class DialogContentLoaderTests : IDisposable
{
    private readonly TestContentFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Complete_content_loads_without_problems()
    {
        Assert.Empty(DialogContentLoader.Validate(_folder.Path, RegisteredExtensions.None));

        var content = DialogContentLoader.Load(_folder.Path, RegisteredExtensions.None);

        Assert.Equal("main", content.StartDialog);
        Assert.Equal(["nl", "en"], content.Locales);
        Assert.Equal(16, content.Version.Length);
    }

    [Fact]
    public void Bad_yaml_is_rejected_with_file_and_line()
    {
        _folder.Replace("flows/main.yaml", "      - id: ask_fruit", "      - id: [ask_fruit");

        var error = Assert.Single(DialogContentLoader.Validate(_folder.Path, RegisteredExtensions.None));

        Assert.Equal("flows/main.yaml", error.File);
        Assert.True(error.Line > 1, $"line {error.Line}");
        Assert.Contains("not valid YAML", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_string_id_is_rejected_at_the_step_that_uses_it()
    {
        _folder.Replace("flows/main.yaml", "say: [bye]", "say: [goodbye]");

        var error = Assert.Single(DialogContentLoader.Validate(_folder.Path, RegisteredExtensions.None));

        Assert.Equal("flows/main.yaml", error.File);
        Assert.Equal(LineOf("flows/main.yaml", "say: [goodbye]"), error.Line);
        Assert.Equal("dialog 'main', step 'bye'", error.Within);
        Assert.Equal("say uses string 'goodbye', which does not exist in strings/", error.Message);
    }

    [Fact]
    public void Unknown_string_for_the_phrases_that_cancel_an_option_is_rejected()
    {
        _folder.Replace("flows/main.yaml", "also: blue_also }", "also: blue_also, unless: not_blue }");

        var error = Assert.Single(DialogContentLoader.Validate(_folder.Path, RegisteredExtensions.None));

        Assert.Equal("'unless' of option 'blue' uses string 'not_blue', which does not exist in strings/", error.Message);
        Assert.Equal(LineOf("flows/main.yaml", "unless: not_blue"), error.Line);
    }

    [Fact]
    public void Unknown_string_for_hesitating_at_a_yes_or_no_question_is_rejected()
    {
        _folder.Replace("flows/main.yaml", "no: bye", "no: bye\n          unsure: not_sure_text");

        var error = Assert.Single(DialogContentLoader.Validate(_folder.Path, RegisteredExtensions.None));

        Assert.Equal("'unsure' uses string 'not_sure_text', which does not exist in strings/", error.Message);
        Assert.Equal(LineOf("flows/main.yaml", "unsure: not_sure_text"), error.Line);
        Assert.Equal("dialog 'main', step 'ask_sure'", error.Within);
    }

    [Fact]
    public void Unknown_step_and_unknown_dialog_are_rejected()
    {
        _folder.Replace("flows/main.yaml", "no: bye", "no: farewell");
        _folder.Replace("flows/main.yaml", "call: extra", "call: extras");

        var errors = DialogContentLoader.Validate(_folder.Path, RegisteredExtensions.None);

        Assert.Contains(errors, e => e.Message == "'no' points to step 'farewell', which does not exist in dialog 'main'" && e.Within == "dialog 'main', step 'ask_sure'" && e.Line == LineOf("flows/main.yaml", "no: farewell"));
        Assert.Contains(errors, e => e.Message == "it calls dialog 'extras', which does not exist" && e.Line == LineOf("flows/main.yaml", "call: extras"));
    }

    [Fact]
    public void Missing_translation_is_rejected_with_the_line_of_the_string()
    {
        _folder.Replace("strings/strings.yaml", "  thanks: { nl: Dank je., en: Thank you. }", "  thanks: { nl: Dank je. }");

        var error = Assert.Single(DialogContentLoader.Validate(_folder.Path, RegisteredExtensions.None));

        Assert.Equal(LineOf("strings/strings.yaml", "  thanks:"), error.Line);
        Assert.Equal("string 'thanks'", error.Within);
        Assert.Equal("there is no 'en' translation", error.Message);
    }

    [Fact]
    public void Unreachable_step_is_rejected()
    {
        _folder.Replace("flows/main.yaml", "          no: bye\n", "          no: ask_age\n");
        _folder.Replace("flows/main.yaml", "      - id: extra\n        call: extra\n", "      - id: extra\n        call: extra\n        next: ask_note\n");

        var errors = DialogContentLoader.Validate(_folder.Path, RegisteredExtensions.None);

        Assert.Contains(errors, e => e.Message == "this step can never be reached: no step leads to it" && e.Within == "dialog 'main', step 'bye'" && e.Line == LineOf("flows/main.yaml", "- id: bye"));
    }

    [Fact]
    public void Unreachable_dialog_is_rejected()
    {
        _folder.Replace("flows/main.yaml", "call: extra", "say: [thanks]");

        var error = Assert.Single(DialogContentLoader.Validate(_folder.Path, RegisteredExtensions.None));

        Assert.Equal(LineOf("flows/main.yaml", "  extra:"), error.Line);
        Assert.Equal("dialog 'extra'", error.Within);
        Assert.Contains("this dialog can never be reached", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Schema_violation_is_rejected_with_the_line_of_the_field()
    {
        _folder.Replace("flows/main.yaml", "          min: 0", "          minimum: 0");

        var errors = DialogContentLoader.Validate(_folder.Path, RegisteredExtensions.None);

        Assert.Contains(errors, e => e.Line == LineOf("flows/main.yaml", "minimum: 0") && e.Within!.StartsWith("dialog 'main', step '", StringComparison.Ordinal) && e.Message == "'number/minimum' is not a known field here (a typo?)");
    }

    [Fact]
    public void A_step_that_does_two_things_is_rejected()
    {
        _folder.Replace("flows/main.yaml", "        call: extra", "        call: extra\n        end: true");

        var errors = DialogContentLoader.Validate(_folder.Path, RegisteredExtensions.None);

        Assert.Contains(errors, e => e.Message == "the step does more than one thing (call, end); split it into steps" && e.Within == "dialog 'main', step 'extra'" && e.Line == LineOf("flows/main.yaml", "- id: extra"));
    }

    [Fact]
    public void An_action_that_is_not_registered_is_rejected_with_the_known_names()
    {
        _folder.Replace("flows/main.yaml", "        call: extra", "        action: count_things\n      - id: extra2\n        call: extra");
        var known = new RegisteredExtensions(new HashSet<string> { "count_stuff" }, new HashSet<string>(), new HashSet<string>());

        var error = Assert.Single(DialogContentLoader.Validate(_folder.Path, known));

        Assert.Equal("action 'count_things' is not registered; known actions: count_stuff", error.Message);
    }

    [Fact]
    public void A_wrong_schema_reference_is_rejected()
    {
        _folder.Replace("flows/main.yaml", "$schema: ../schemas/flow.schema.json", "$schema: flow.schema.json");

        var error = Assert.Single(DialogContentLoader.Validate(_folder.Path, RegisteredExtensions.None));

        Assert.Equal(1, error.Line);
        Assert.Equal("'$schema' should be '../schemas/flow.schema.json', not 'flow.schema.json'", error.Message);
    }

    [Fact]
    public void Load_throws_with_every_problem_and_validate_returns_them()
    {
        _folder.Replace("strings/strings.yaml", "  bye: { nl: Doei., en: Bye. }", "  bye: { nl: Doei. }");
        _folder.Replace("flows/main.yaml", "say: [thanks]", "say: [thankyou]");

        var exception = Assert.Throws<ContentValidationException>(() => DialogContentLoader.Load(_folder.Path, RegisteredExtensions.None));

        Assert.Equal(2, exception.Errors.Count);
        Assert.Contains("main.yaml:", exception.Message, StringComparison.Ordinal);
        Assert.Equal(exception.Errors, DialogContentLoader.Validate(_folder.Path, RegisteredExtensions.None));
    }

    [Fact]
    public void A_missing_folder_is_a_clear_error()
    {
        var error = Assert.Single(DialogContentLoader.Validate(Path.Combine(_folder.Path, "nope"), RegisteredExtensions.None));

        Assert.Equal("the dialogs folder does not exist", error.Message);
    }

    [Fact]
    public void The_engine_strings_are_required()
    {
        _folder.Replace("strings/strings.yaml", "  engine_number_invalid: { nl: Typ een getal., en: Please type a number. }\n", string.Empty);

        var error = Assert.Single(DialogContentLoader.Validate(_folder.Path, RegisteredExtensions.None));

        Assert.Equal("the engine needs string 'engine_number_invalid'; add it to a file in strings/", error.Message);
    }

    [Fact]
    public void Any_change_to_a_file_changes_the_content_version()
    {
        var before = DialogContentLoader.Load(_folder.Path, RegisteredExtensions.None).Version;
        _folder.Replace("strings/strings.yaml", "Doei.", "Dag!");

        Assert.NotEqual(before, DialogContentLoader.Load(_folder.Path, RegisteredExtensions.None).Version);
    }

    private int LineOf(string relative, string text)
    {
        var lines = File.ReadAllLines(_folder.FileOf(relative));
        var index = Array.FindIndex(lines, line => line.Contains(text, StringComparison.Ordinal));
        Assert.True(index >= 0, $"'{text}' is not in {relative}");
        return index + 1;
    }
}
