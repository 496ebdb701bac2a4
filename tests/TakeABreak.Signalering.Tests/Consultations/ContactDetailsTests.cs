using TakeABreak.Signalering.Consultations;
using TakeABreak.Signalering.Consultations.Contact;

namespace TakeABreak.Signalering.Tests.Consultations;

public sealed class ContactDetailsTests
{
    [Theory]
    [InlineData("0612345678", "+31612345678")]
    [InlineData("06-12345678", "+31612345678")]
    [InlineData("06 1234 5678", "+31612345678")]
    [InlineData("+31 6 12345678", "+31612345678")]
    [InlineData("+31 (0)6 12345678", "+31612345678")]
    [InlineData("0031612345678", "+31612345678")]
    [InlineData("030-1234567", "+31301234567")]
    [InlineData("020 123 45 67", "+31201234567")]
    public void Dutch_phone_numbers_are_accepted_in_the_ways_people_write_them(string typed, string normalized)
    {
        Assert.True(PhoneNumber.TryNormalize(typed, out var result));
        Assert.Equal(normalized, result);
    }

    [Theory]
    [InlineData("")]
    [InlineData("12345")]
    [InlineData("061234567")]
    [InlineData("06123456789")]
    [InlineData("+32 470 12 34 56")]
    [InlineData("bel me maar")]
    [InlineData("06-1234abcd")]
    public void Other_input_is_not_a_Dutch_phone_number(string typed)
    {
        Assert.False(PhoneNumber.TryNormalize(typed, out _));
    }

    [Theory]
    [InlineData("sanne@example.nl", "sanne@example.nl")]
    [InlineData(" Sanne.de.Vries@Example.NL ", "Sanne.de.Vries@example.nl")]
    public void E_mail_addresses_are_accepted_and_their_domain_lower_cased(string typed, string normalized)
    {
        Assert.True(EmailAddress.TryNormalize(typed, out var result));
        Assert.Equal(normalized, result);
    }

    [Theory]
    [InlineData("sanne")]
    [InlineData("sanne@")]
    [InlineData("sanne@example")]
    [InlineData("san ne@example.nl")]
    [InlineData("sanne@@example.nl")]
    [InlineData("sanne@example..nl")]
    public void Other_input_is_not_an_e_mail_address(string typed)
    {
        Assert.False(EmailAddress.TryNormalize(typed, out _));
    }

    [Fact]
    public void References_use_only_unambiguous_characters_and_are_read_back_in_any_case()
    {
        var references = Enumerable.Range(0, 500).Select(_ => ConsultationReference.New()).ToList();

        Assert.All(references, reference => Assert.True(ConsultationReference.IsValid(reference)));
        Assert.All(references, reference => Assert.DoesNotContain(reference[4..], c => "01IOLSZ58BUV".Contains(c)));
        Assert.Equal("TAB-7KQ2", ConsultationReference.Normalize(" tab-7kq2 "));
        Assert.Equal("TAB-7KQ2", ConsultationReference.Normalize("7KQ2"));
        Assert.Null(ConsultationReference.Normalize("TAB-7KQ0"));
    }
}
