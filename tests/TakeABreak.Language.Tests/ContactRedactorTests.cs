using TakeABreak.Language.Redaction;

namespace TakeABreak.Language.Tests;

public sealed class ContactRedactorTests
{
    [Theory]
    [InlineData("bel 06-12345678 maar", "bel [telefoon] maar")]
    [InlineData("bel 06 1234 5678", "bel [telefoon]")]
    [InlineData("nummer 0612345678.", "nummer [telefoon].")]
    [InlineData("+31 6 12345678", "[telefoon]")]
    [InlineData("0031 30 123 45 67", "[telefoon]")]
    [InlineData("(030) 123 4567", "[telefoon]")]
    [InlineData("030-1234567 is thuis", "[telefoon] is thuis")]
    [InlineData("mail sanne.de-vries+chat@example.co.uk graag", "mail [e-mail] graag")]
    [InlineData("ik woon op 3512 AB 12", "ik woon op [adres]")]
    [InlineData("postcode 3512AB", "postcode [adres]")]
    [InlineData("3512 ab, 12a", "[adres]")]
    [InlineData("Oudegracht 12 bis", "[adres]")]
    [InlineData("op de Biltstraat 4-2 woont ze", "op de [adres] woont ze")]
    public void Contact_details_are_replaced_by_a_placeholder(string text, string expected) =>
        Assert.Equal(expected, ContactRedactor.Redact(text));

    [Theory]
    [InlineData("Bel 112 of Veilig Thuis 0800-2000.")]
    [InlineData("Het begon in 2020 en werd erger.")]
    [InlineData("Ze is 12 en haar broer 9.")]
    [InlineData("Op 12-03-2024 hoorde ik geschreeuw.")]
    [InlineData("Ik ging weg om 10 uur.")]
    public void Public_numbers_years_ages_and_dates_stay(string text) =>
        Assert.Equal(text, ContactRedactor.Redact(text));

    [Fact]
    public void Names_typed_in_contact_fields_are_redacted_as_whole_words_in_any_case()
    {
        var redacted = ContactRedactor.Redact("Fatima zegt dat fatima bang is; Fatimagracht blijft.", ["Fatima"]);

        Assert.Equal("[naam] zegt dat [naam] bang is; Fatimagracht blijft.", redacted);
    }
}
