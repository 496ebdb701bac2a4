using TakeABreak.Bot.Safety;
using TakeABreak.Dialogs.Content;

namespace TakeABreak.Bot.Tests.Safety;

public sealed class WaitingPromptTests
{
    private static readonly WaitingPrompt Threats = new(
        PromptKind.Choice,
        ["threats_yes", "threats_other", "threats_no"],
        ["Ja, met de dood", "Ja, andere bedreigingen", "Nee"],
        ChecklistKey: null);

    private static readonly WaitingPrompt Checklist = new(
        PromptKind.Multi,
        ["child_attacks_parent", "child_threatens_parent"],
        ["Het kind valt de ouder aan", "Het kind bedreigt de ouder", "Klaar", "Geen van deze"],
        ChecklistKey: "support/ask_signals");

    [Theory]
    [InlineData("Ja, andere bedreigingen")]
    [InlineData("ja, andere BEDREIGINGEN ")]
    [InlineData("threats_other")]
    public void A_label_or_option_id_of_the_waiting_question_is_an_option(string text)
    {
        Assert.True(Threats.IsOption(text));
    }

    [Fact]
    public void Typed_text_that_is_part_of_one_label_is_an_answer()
    {
        Assert.True(Threats.IsAnswer("andere bedreigingen"));
    }

    [Fact]
    public void Typed_text_made_of_labels_with_a_word_between_is_an_answer()
    {
        Assert.True(Checklist.IsAnswer("Het kind valt de ouder aan en Het kind bedreigt de ouder"));
    }

    [Theory]
    [InlineData("andere bedreigingen, hij zegt dat hij haar vermoordt als ze weggaat")]
    [InlineData("hij bedreigt mij")]
    public void Typed_text_that_says_more_than_the_options_is_no_answer(string text)
    {
        Assert.False(Threats.IsAnswer(text));
        Assert.False(Threats.IsOption(text));
    }

    [Theory]
    [InlineData("support/ask_signals")]
    [InlineData("child_attacks_parent,child_threatens_parent")]
    [InlineData("child_attacks_parent")]
    public void Values_the_checklist_card_put_there_itself_are_no_user_text(string value)
    {
        Assert.True(Checklist.IsCardValue(value));
    }

    [Fact]
    public void A_typed_field_of_a_card_is_user_text()
    {
        Assert.False(Checklist.IsCardValue("hij slaat haar nu"));
    }
}
