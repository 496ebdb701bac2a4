using TakeABreak.Dialogs.Content;
using TakeABreak.Dialogs.Tests.Fixtures;

namespace TakeABreak.Dialogs.Tests.Runtime;

/// <summary>
/// Chat spellings ("mn" for "mijn", "u" for "you") are read as the words they stand for by every recognizer, in the
/// conversation's language only; what the user typed is stored as typed.
/// </summary>
public sealed class ChatSpellingsTests : IDisposable
{
    private readonly TestContentFolder _folder = new();

    public ChatSpellingsTests()
    {
        _folder.Replace("flows/main.yaml", "into: colour\n", "into: colour\n          fill_early: skip\n");
    }

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task A_chat_spelling_is_read_as_the_word_it_stands_for()
    {
        var runner = RunnerWith("""["lb = lichtblauw", "mn = mijn"]""", """["lb = light blue"]""");
        await runner.StartAsync();

        var replies = await runner.SayAsync("mn kleur is lb");

        Assert.Equal(["Ik begrijp: blauw.", "Welk fruit?"], replies.Select(r => r.Text));
        Assert.Equal(["blue"], runner.State.Values["colour"]);
    }

    [Fact]
    public async Task A_chat_spelling_of_the_other_language_means_nothing()
    {
        var runner = RunnerWith("""["mn = mijn"]""", """["lb = light blue"]""");
        await runner.StartAsync();

        var replies = await runner.SayAsync("lb");

        Assert.Equal("Dat snap ik niet.", replies[0].Text);
        Assert.False(runner.State.Values.ContainsKey("colour"));
    }

    [Fact]
    public async Task A_typed_text_answer_is_stored_as_typed()
    {
        var runner = RunnerWith("""["mn = mijn"]""", "[]");
        await runner.StartAsync();
        await runner.SayAsync("rood");
        await runner.SayAsync("appel");
        await runner.SayAsync("30");

        await runner.SayAsync("mn kat is ziek");

        Assert.Equal(["mn kat is ziek"], runner.State.Values["note"]);
    }

    [Fact]
    public void An_entry_that_is_no_chat_spelling_is_a_content_error_naming_the_string()
    {
        AddSpellings("""["mn mijn"]""", "[]");

        var error = Assert.Single(DialogContentLoader.Validate(_folder.Path, RegisteredExtensions.None));

        Assert.Contains("recognition_chat_spellings", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("'mn mijn' is no chat spelling", error.Message, StringComparison.Ordinal);
    }

    private DialogRunner RunnerWith(string dutch, string english)
    {
        AddSpellings(dutch, english);
        return DialogRunner.Load(_folder.Path);
    }

    private void AddSpellings(string dutch, string english) =>
        _folder.Replace("strings/strings.yaml", "  hello:", $"  recognition_chat_spellings: {{ nl: {dutch}, en: {english} }}\n  hello:");
}
