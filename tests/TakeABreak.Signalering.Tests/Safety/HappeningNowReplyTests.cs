using TakeABreak.Signalering.Safety;

namespace TakeABreak.Signalering.Tests.Safety;

/// <summary>
/// After a serious disclosure, a reply that only says it is happening now is danger now; the same reply without a disclosure
/// before, or one that says it is over, at another time or not at all, is not.
/// </summary>
public sealed class HappeningNowReplyTests(SafetyContentFixture fixture) : IClassFixture<SafetyContentFixture>
{
    private SafetyVerdict AfterDisclosure(string text) => fixture.Content.Assess(text, afterDisclosure: true);

    [Theory]
    [InlineData("ja het gebeurt nu", "nl")]
    [InlineData("nu", "nl")]
    [InlineData("ja, nu!", "nl")]
    [InlineData("hij is weer bezig", "nl")]
    [InlineData("hij is terug, wat moet ik doen", "nl")]
    [InlineData("it's happening right now", "en")]
    [InlineData("right now", "en")]
    [InlineData("hes back", "en")]
    [InlineData("yes it is happening as we speak", "en")]
    public void A_reply_that_says_it_is_happening_now_is_danger_now_after_a_disclosure(string text, string locale)
    {
        var verdict = AfterDisclosure(text);

        Assert.Equal(SafetyLevel.Acute, verdict.Level);
        Assert.Equal(SafetyMessages.AcuteDanger, verdict.AnswerId);
        Assert.Equal(locale, verdict.Locale);
        Assert.Contains(fixture.Content.HappeningNow!.ReasonId, verdict.ReasonIds);
    }

    [Theory]
    [InlineData("ja het gebeurt nu")]
    [InlineData("it's happening right now")]
    [InlineData("nu")]
    public void The_same_reply_without_a_disclosure_before_is_not_read_as_the_reply(string text)
    {
        var verdict = fixture.Content.Assess(text, afterDisclosure: false);

        Assert.DoesNotContain(fixture.Content.HappeningNow!.ReasonId, verdict.ReasonIds);
        Assert.NotEqual(SafetyMessages.AcuteDanger, verdict.AnswerId);
    }

    [Theory]
    [InlineData("nee, nu niet")]
    [InlineData("nu is het voorbij")]
    [InlineData("hij is nu weg")]
    [InlineData("hij is vertrokken, het is nu rustig")]
    [InlineData("de politie is er nu")]
    [InlineData("not right now")]
    [InlineData("it's over now, he left")]
    [InlineData("he is asleep now")]
    [InlineData("it happened yesterday, not now")]
    [InlineData("meestal gebeurt het nu in het weekend")]
    [InlineData("tot nu toe gaat het")]
    public void A_reply_that_says_it_is_over_or_not_now_is_no_danger_now(string text)
    {
        Assert.NotEqual(SafetyLevel.Acute, AfterDisclosure(text).Level);
    }

    [Theory]
    [InlineData("ik wil nu met iemand praten")]
    [InlineData("oke dank je, ik ga nu stoppen met chatten")]
    [InlineData("i would like to talk to someone now please")]
    [InlineData("can you send this to moviera now")]
    public void A_bare_now_in_a_longer_reply_is_about_something_else(string text)
    {
        Assert.NotEqual(SafetyLevel.Acute, AfterDisclosure(text).Level);
    }

    [Theory]
    [InlineData("hij is nu weg")]
    [InlineData("hij ligt nu te slapen")]
    [InlineData("nu is hij niet thuis")]
    [InlineData("nee hij is er nu niet")]
    [InlineData("hij zit nu beneden tv te kijken")]
    [InlineData("hij is nu naar zijn werk")]
    [InlineData("he is not home right now")]
    [InlineData("hes at work now")]
    [InlineData("ok en nu?")]
    [InlineData("en nu dan?")]
    [InlineData("ok, now what?")]
    public void A_calm_reply_after_a_disclosure_is_not_asked_whether_it_happens_now(string text)
    {
        Assert.Equal(SafetyLevel.None, AfterDisclosure(text).Level);
    }

    [Theory]
    [InlineData("wat nu?")]
    [InlineData("en nu?")]
    [InlineData("wat moet ik nu doen?")]
    [InlineData("what now?")]
    [InlineData("now what")]
    public void A_question_what_to_do_next_after_a_disclosure_is_no_danger_now(string text)
    {
        Assert.Equal(SafetyLevel.None, AfterDisclosure(text).Level);
    }

    [Theory]
    [InlineData("hij is terug, wat nu?")]
    [InlineData("hes back, what now")]
    public void A_question_what_to_do_next_that_says_it_is_happening_is_danger_now(string text)
    {
        Assert.Equal(SafetyLevel.Acute, AfterDisclosure(text).Level);
    }

    [Theory]
    [InlineData("hij is nu weg")]
    [InlineData("nu slaapt hij")]
    [InlineData("hij is nu weg, wat moet ik doen")]
    [InlineData("hes asleep now")]
    public void A_calm_reply_before_any_disclosure_is_read_by_the_rules_alone(string text)
    {
        Assert.Equal(SafetyLevel.None, fixture.Content.Assess(text).Level);
    }

    [Theory]
    [InlineData("ik ben nu niet veilig thuis")]
    [InlineData("hes gone crazy")]
    [InlineData("hij is weg maar hij komt zo terug")]
    [InlineData("he shook the baby so hard her head flopped and now shes really quiet")]
    [InlineData("kan ik anoniem advies vragen bij veilig thuis")]
    [InlineData("he said when the kids are asleep he'll finish me")]
    [InlineData("hij zei dat hij me pakt als ik slaap")]
    public void A_reply_with_a_calm_word_that_says_otherwise_is_not_calm(string text)
    {
        Assert.False(fixture.Content.HappeningNow!.SaysItIsCalm(text));
    }

    [Theory]
    [InlineData("help bel de politie")]
    [InlineData("hes coming over now and said im dead when he gets here")]
    [InlineData("my brother says hes coming over and then im dead")]
    public void A_plea_or_a_threat_with_a_calm_word_in_it_stays_danger_now(string text)
    {
        Assert.Equal(SafetyLevel.Acute, fixture.Content.Assess(text).Level);
        Assert.Equal(SafetyLevel.Acute, AfterDisclosure(text).Level);
    }

    [Fact]
    public void A_reply_the_rules_find_acute_keeps_their_verdict()
    {
        var verdict = AfterDisclosure("hij slaat me nu weer");

        Assert.Equal(SafetyLevel.Acute, verdict.Level);
        Assert.DoesNotContain(fixture.Content.HappeningNow!.ReasonId, verdict.ReasonIds);
    }

    [Theory]
    [InlineData("ze is nu stil")]
    [InlineData("mama is stil")]
    [InlineData("she went quiet")]
    public void A_reply_that_she_has_gone_quiet_is_danger_now_after_a_disclosure(string text)
    {
        Assert.Equal(SafetyMessages.AcuteDanger, AfterDisclosure(text).AnswerId);
    }

    [Fact]
    public void A_reply_that_she_is_quiet_because_he_left_is_calm()
    {
        Assert.NotEqual(SafetyMessages.AcuteDanger, AfterDisclosure("ze is nu stil, hij is weg").AnswerId);
    }
}
