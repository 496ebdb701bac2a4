namespace TakeABreak.Content.Tests.Toolkit;

public class LocalizedTextTests
{
    [Fact]
    public void A_locale_without_a_translation_falls_back_to_the_default_locale()
    {
        var text = new LocalizedText(new Dictionary<string, IReadOnlyList<string>> { ["nl"] = ["hallo", "hoi"] }, "nl");

        Assert.Equal(["hallo", "hoi"], text.Phrases("en"));
        Assert.Equal("hallo" + Environment.NewLine + "hoi", text.Text("en"));
    }

    [Fact]
    public void A_sentence_in_dutch_and_english_is_read_by_language_code()
    {
        var text = new LocalizedText("Een kind", "A child");

        Assert.Equal("A child", text.In("EN"));
        Assert.Equal("Een kind", text.Nl);
        Assert.Equal(["Een kind", "A child"], text.All);
        Assert.Throws<ArgumentException>(() => text.In("de"));
    }
}
