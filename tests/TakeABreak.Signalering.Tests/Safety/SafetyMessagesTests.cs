using TakeABreak.Signalering.Safety;

namespace TakeABreak.Signalering.Tests.Safety;

public sealed class SafetyMessagesTests(SafetyContentFixture fixture) : IClassFixture<SafetyContentFixture>
{
    private SafetyMessages Messages => fixture.Content.Messages;

    [Theory]
    [InlineData("nl", "Bel nu 112.")]
    [InlineData("en", "Call 112 now.")]
    public void The_acute_danger_message_opens_with_calling_112_and_then_gives_Veilig_Thuis(string locale, string firstLine)
    {
        var lines = Messages.Get(SafetyMessages.AcuteDanger, locale).Split('\n');

        Assert.Equal(firstLine, lines[0]);
        Assert.Contains("Veilig Thuis", lines[^1], StringComparison.Ordinal);
        Assert.Contains("0800-2000", lines[^1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nl")]
    [InlineData("en")]
    public void The_answer_to_a_serious_disclosure_gives_Veilig_Thuis_and_112_for_danger_now(string locale)
    {
        var text = Messages.Get(SafetyMessages.UrgentDisclosure, locale);

        Assert.Contains("0800-2000", text, StringComparison.Ordinal);
        Assert.Contains("112", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nl")]
    [InlineData("en")]
    public void A_child_disclosure_gives_De_Kindertelefoon_and_Veilig_Thuis_and_112_for_danger_now(string locale)
    {
        var text = Messages.Get(SafetyMessages.ChildDisclosure, locale);

        Assert.Contains("Kindertelefoon: 0800-0432", text, StringComparison.Ordinal);
        Assert.Contains("0800-2000", text, StringComparison.Ordinal);
        Assert.Contains("112", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nl")]
    [InlineData("en")]
    public void The_lines_leading_to_the_dialog_ask_no_question_of_their_own(string locale)
    {
        foreach (var id in new[] { SafetyMessages.UrgentGoingOn, SafetyMessages.UrgentGoingOnFirst })
        {
            Assert.DoesNotContain("?", Messages.Get(id, locale), StringComparison.Ordinal);
        }

        Assert.DoesNotContain(Messages.Get(SafetyMessages.UrgentDisclosure, locale).Split('\n'), line => line.Contains("verdergaan", StringComparison.Ordinal) || line.Contains("go on", StringComparison.Ordinal));
    }

    /// <summary>
    /// The dialog's question follows a serious-disclosure answer in the same turn: its last line tells when to call 112 and asks
    /// nothing, so a "ja" or "nee" that follows answers the dialog ("Is er nu gevaar? Bel dan 112." was answered with "ja").
    /// </summary>
    [Theory]
    [InlineData("nl")]
    [InlineData("en")]
    public void An_answer_the_dialog_goes_on_after_ends_with_112_and_no_question(string locale)
    {
        var goingOn = Messages.Ids.Where(id => !id.StartsWith("acute", StringComparison.Ordinal) && !id.StartsWith("suicide_danger", StringComparison.Ordinal)
            && Messages.Get(id, locale).Contains("0800-", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(goingOn);
        foreach (var id in goingOn)
        {
            var lastLine = Messages.Get(id, locale).Split('\n')[^1];
            Assert.Contains("112", lastLine, StringComparison.Ordinal);
            Assert.False(lastLine.Contains('?', StringComparison.Ordinal), $"{id} ({locale}) ends with a question: {lastLine}");
        }
    }

    [Theory]
    [InlineData("nl")]
    [InlineData("en")]
    public void Thoughts_of_suicide_get_113_and_danger_now_gets_112_first(string locale)
    {
        Assert.Contains("0800-0113", Messages.Get("suicide_thoughts", locale), StringComparison.Ordinal);
        var danger = Messages.Get("suicide_danger", locale).Split('\n');
        Assert.Contains("112", danger[0], StringComparison.Ordinal);
        Assert.Contains(danger, line => line.Contains("0800-0113", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(SafetyMessages.AcuteContinueOffer)]
    [InlineData(SafetyMessages.AcuteContinue)]
    [InlineData(SafetyMessages.AcuteRestart)]
    public void The_continue_or_restart_offer_exists_in_Dutch_and_English(string id)
    {
        Assert.NotEqual(Messages.Get(id, "nl"), Messages.Get(id, "en"));
    }

    [Fact]
    public void A_regional_locale_uses_its_language_and_an_unknown_locale_falls_back_to_Dutch()
    {
        Assert.Equal(Messages.Get(SafetyMessages.AcuteRestart, "en"), Messages.Get(SafetyMessages.AcuteRestart, "en-GB"));
        Assert.Equal(Messages.Get(SafetyMessages.AcuteRestart, "nl"), Messages.Get(SafetyMessages.AcuteRestart, "de-DE"));
    }

    [Fact]
    public void An_unknown_message_id_is_a_clear_error()
    {
        var exception = Assert.Throws<KeyNotFoundException>(() => Messages.Get("acute_dangr", "nl"));

        Assert.Contains("acute_dangr", exception.Message, StringComparison.Ordinal);
    }
}
