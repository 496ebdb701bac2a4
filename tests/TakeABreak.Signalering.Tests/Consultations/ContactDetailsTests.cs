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
    [InlineData("ja liever bellen, 0612345678, na 6 uur", "0612345678")]
    [InlineData("nee, bel me op 06 1234 5678", "06 1234 5678")]
    [InlineData("yes call me on +31 6 12345678 after 6", "+31 6 12345678")]
    [InlineData("bel me op 030-1234567 na 18:00", "030-1234567")]
    [InlineData("ja bel me op 061234567", "061234567")]
    public void A_phone_number_is_found_inside_a_sentence_as_typed(string typed, string found)
    {
        Assert.Equal(found, PhoneNumber.Find(typed));
    }

    [Theory]
    [InlineData("ja liever bellen na 6 uur")]
    [InlineData("ik heb 0800-2000 al gebeld")]
    [InlineData("na 18:00 of om 20.30")]
    [InlineData("hij belde me 20 keer")]
    public void A_time_a_service_number_or_a_count_is_no_phone_number_of_someone(string typed)
    {
        Assert.Null(PhoneNumber.Find(typed));
    }

    [Theory]
    [InlineData("mail naar j.jansen@school.nl.", "j.jansen@school.nl")]
    [InlineData("ja, maar liever mailen: zus.bezorgd@gmail.com", "zus.bezorgd@gmail.com")]
    [InlineData("j.jansen@school", "j.jansen@school")]
    public void An_e_mail_address_is_found_inside_a_sentence_as_typed(string typed, string found)
    {
        Assert.Equal(found, EmailAddress.Find(typed));
    }

    private static readonly ContactMoment DutchAndEnglishMoments = new(
        ["'s avonds", "weekend", "doordeweeks", "evenings", "as soon as possible", "zo snel mogelijk"],
        ["na", "tussen", "after", "between"],
        ["niet", "in", "het", "not", "maar"],
        ["op", "on", "at"]);

    [Theory]
    [InlineData("ja liever bellen, 0612345678, na 6 uur", "na 6 uur")]
    [InlineData("yes call me on 0612345678 after 6", "after 6")]
    [InlineData("ja, bel me 's avonds na 8 uur op 0612345678", "'s avonds na 8 uur")]
    [InlineData("bellen graag, maar niet in het weekend", "maar niet in het weekend")]
    [InlineData("doordeweeks tussen 9 en 12", "doordeweeks tussen 9 en 12")]
    [InlineData("bel me zo snel mogelijk", "zo snel mogelijk")]
    public void When_someone_can_be_reached_is_found_inside_a_sentence(string typed, string moment)
    {
        Assert.Equal(moment, DutchAndEnglishMoments.Find(typed));
    }

    [Theory]
    [InlineData("ja bel me maar")]
    [InlineData("ja, bel me op 0612345678")]
    [InlineData("na de scheiding is het erger geworden")]
    [InlineData("after he left it got worse")]
    public void A_message_that_says_no_time_has_no_moment(string typed)
    {
        Assert.Null(DutchAndEnglishMoments.Find(typed));
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
