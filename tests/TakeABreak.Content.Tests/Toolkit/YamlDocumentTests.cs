namespace TakeABreak.Content.Tests.Toolkit;

public class YamlDocumentTests
{
    [Fact]
    public void Every_key_and_item_knows_its_line()
    {
        var document = Parse("dialogs:\n  main:\n    steps:\n      - id: first\n      - id: second\n        say: [hello]\n");

        Assert.Equal(2, document.LineOf("/dialogs/main"));
        Assert.Equal(5, document.LineOf("/dialogs/main/steps/1"));
        Assert.Equal(6, document.LineOf("/dialogs/main/steps/1/say/0"));
        Assert.Equal(6, document.LineOf("/dialogs/main/steps/1/say/0/not_there"));
    }

    [Fact]
    public void A_key_written_twice_is_an_error_on_its_second_line()
    {
        var errors = new List<ContentError>();

        var document = YamlDocument.Parse("flows/x.yaml", "a: 1\nb: 2\na: 3\n", errors);

        Assert.Null(document);
        Assert.Equal(new ContentError("flows/x.yaml", 3, "'a' appears twice here; keep one"), Assert.Single(errors));
    }

    [Fact]
    public void An_unclosed_bracket_is_an_error_with_a_line_not_an_exception()
    {
        var errors = new List<ContentError>();

        var document = YamlDocument.Parse("flows/x.yaml", "a: 1\nb: [one, two\nc: 3\n", errors);

        Assert.Null(document);
        var error = Assert.Single(errors);
        Assert.InRange(error.Line, 2, 4);
        Assert.Contains("not valid YAML", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Plain_numbers_read_as_int_or_long_and_quoted_ones_stay_text()
    {
        var document = Parse("count: 42\nphone: \"0800\"\n");

        Assert.Equal(42, document.Root!["count"]!.GetValue<int>());
        Assert.Equal(42L, document.Root!["count"]!.GetValue<long>());
        Assert.Equal("0800", document.Root!["phone"]!.GetValue<string>());
    }

    [Fact]
    public void An_error_names_file_line_and_place_in_plain_words()
    {
        var error = new ContentError("dialogs/flows/main.yaml", 42, "option 'often' points to step 'advise_x', which does not exist in dialog 'main'") { Within = "dialog 'main', step 'frequency'" };

        Assert.Equal("dialogs/flows/main.yaml:42 (dialog 'main', step 'frequency'): option 'often' points to step 'advise_x', which does not exist in dialog 'main'", error.ToString());
        Assert.Equal("dialogs/safety/rules.yaml: the file is missing", new ContentError("dialogs/safety/rules.yaml", 0, "the file is missing").ToString());
    }

    private static YamlDocument Parse(string text)
    {
        var errors = new List<ContentError>();
        var document = YamlDocument.Parse("test.yaml", text, errors);
        Assert.Empty(errors);
        return document!;
    }
}
