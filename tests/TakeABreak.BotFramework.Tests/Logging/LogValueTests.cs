using TakeABreak.BotFramework.Logging;

namespace TakeABreak.BotFramework.Tests.Logging;

public sealed class LogValueTests
{
    [Theory]
    [InlineData("conversation-1", "conversation-1")]
    [InlineData("a:b;c@d|0000001", "a:b;c@d|0000001")]
    [InlineData("id\nFORGED 2026 Error", "id\\u000aFORGED 2026 Error")]
    [InlineData("id\r\nX", "id\\u000d\\u000aX")]
    [InlineData("tab\there", "tab\\u0009here")]
    [InlineData("esc\u001b[31mred", "esc\\u001b[31mred")]
    [InlineData("line\u2028sep", "line\\u2028sep")]
    [InlineData("bidi\u202eevil", "bidi\\u202eevil")]
    [InlineData("nel\u0085x", "nel\\u0085x")]
    [InlineData("Dutch ëïé and 😀 stay", "Dutch ëïé and 😀 stay")]
    public void Control_characters_are_escaped_and_everything_else_is_kept(string raw, string logged) =>
        Assert.Equal(logged, LogValue.Of(raw));

    [Fact]
    public void A_lone_surrogate_is_escaped_a_pair_is_kept()
    {
        var lone = "lone" + (char)0xD800 + "x";

        Assert.Equal("lone\\ud800x", LogValue.Of(lone));
        Assert.True(LogValue.ContainsUnsafe(lone));
        Assert.False(LogValue.ContainsUnsafe("😀"));
    }

    [Fact]
    public void Long_values_are_cut_and_marked()
    {
        var logged = LogValue.Of(new string('a', 500))!;

        Assert.Equal(LogValue.MaxLength + 1, logged.Length);
        Assert.EndsWith("…", logged, StringComparison.Ordinal);
    }

    [Fact]
    public void Null_stays_null() => Assert.Null(LogValue.Of(null));
}
