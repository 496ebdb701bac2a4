using TakeABreak.Bot.Testing;
using TakeABreak.Bot.Testing.Conversations;
using TakeABreak.BotFramework.Schema;

namespace TakeABreak.Bot.Tests.Safety;

/// <summary>
/// Played in round 32: in a Dutch widget a serious disclosure typed in English got the guard's English answer first and
/// then "You are writing in English, so I will speak English with you now.", as if the switch came after. The language
/// line comes first: it says why everything after it, the guard's answer too, is in English.
/// </summary>
public sealed class LanguageLineBeforeTheAcknowledgementTests : IDisposable
{
    private const string LanguageLine = "You are writing in English, so I will speak English with you now.";
    private readonly TestBotHost _host = new();

    public void Dispose() => _host.Dispose();

    [Theory]
    [InlineData("my husband hits me every week and I am scared of him")]
    [InlineData("my dad hits my mum and I'm scared")]
    public async Task The_language_line_comes_before_the_guards_answer_after_a_dutch_question(string disclosure)
    {
        await new TestFlow(_host, locale: "nl-NL")
            .SendConversationUpdate()
            .SkipReplies()
            .Send("hi")
            .SkipReplies()
            .Send(disclosure)
            .AssertReplies(replies => AssertLanguageLineFirst(replies), "the language line, then the acknowledgement")
            .StartTestAsync();
    }

    [Fact]
    public async Task The_language_line_comes_before_the_guards_answer_in_the_first_message()
    {
        await new TestFlow(_host, locale: "nl-NL")
            .SendConversationUpdate()
            .SkipReplies()
            .Send("my husband hits me every week and I am scared of him")
            .AssertReplies(replies => AssertLanguageLineFirst(replies), "the language line, then the acknowledgement")
            .StartTestAsync();
    }

    private static void AssertLanguageLineFirst(IReadOnlyList<Activity> replies)
    {
        var said = string.Join("\n", replies.Where(reply => reply.IsType(ActivityTypes.Message)).Select(reply => reply.Text));
        var language = said.IndexOf(LanguageLine, StringComparison.Ordinal);
        var serious = said.IndexOf("This is serious", StringComparison.Ordinal);
        Assert.True(language >= 0 && serious > language, said);
        Assert.Equal(language, said.LastIndexOf(LanguageLine, StringComparison.Ordinal));
    }
}
