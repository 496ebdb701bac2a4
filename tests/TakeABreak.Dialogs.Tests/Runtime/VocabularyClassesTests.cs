using TakeABreak.Dialogs.Tests.Fixtures;

namespace TakeABreak.Dialogs.Tests.Runtime;

/// <summary>
/// A phrase naming vocabulary classes stands for every combination of their words, also when they are far more than
/// can be listed one by one: here 50 shades times 50 things, of which the last shade has three words.
/// </summary>
public sealed class VocabularyClassesTests : IDisposable
{
    private const int WordsPerClass = 50;
    private readonly TestContentFolder _folder = new();
    private readonly DialogRunner _runner;

    public VocabularyClassesTests()
    {
        _folder.Replace("flows/main.yaml", "into: colour\n", "into: colour\n          fill_early: skip\n");
        _folder.Replace("flows/main.yaml", "into: fruit\n", "into: fruit\n          fill_early: skip\n");
        _folder.Replace("strings/strings.yaml", "blue_also: { nl: [lichtblauw], en: [light blue] }", "blue_also: { nl: [lichtblauw, \"{shade} {thing}\"], en: [light blue, \"{shade} {thing}\"] }");
        _folder.Replace("strings/strings.yaml", "  hello:", $"""
              words_shade: {Class("tint", "heel erg donker", "tone", "very very dark")}
              words_thing: {Class("ding", "vlak", "item", "surface")}
              hello:
            """);
        _runner = DialogRunner.Load(_folder.Path);
    }

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("het was tintaa dingaa")]
    [InlineData("het was heel erg donker vlak")]
    [InlineData("het was heel erg donker groot vlak")]
    [InlineData("het was very very dark surface")]
    public async Task Every_combination_of_the_classes_words_is_recognised_the_first_as_well_as_the_last(string typed)
    {
        await _runner.StartAsync();

        var replies = await _runner.SayAsync(typed);

        Assert.Equal("Ik begrijp: blauw.", replies[0].Text);
        Assert.Equal(["blue"], _runner.State.Values["colour"]);
    }

    [Theory]
    [InlineData("het was heel erg maar dan ook echt donker vlak")]
    [InlineData("het was heel erg donker surface")]
    public async Task A_class_word_of_several_words_keeps_the_gap_rule_and_each_languages_words_combine_with_their_own_only(string typed)
    {
        await _runner.StartAsync();

        await _runner.SayAsync(typed);

        Assert.False(_runner.State.Values.ContainsKey("colour"));
    }

    /// <summary>A class of <see cref="WordsPerClass"/> words per language: made-up words, the last one as given.</summary>
    private static string Class(string dutchStart, string dutchLast, string englishStart, string englishLast)
    {
        static string Words(string start, string last) =>
            "[" + string.Join(", ", Enumerable.Range(0, WordsPerClass - 1).Select(i => $"{start}{(char)('a' + (i / 26))}{(char)('a' + (i % 26))}").Append(last)) + "]";
        return $"{{ nl: {Words(dutchStart, dutchLast)}, en: {Words(englishStart, englishLast)} }}";
    }
}
