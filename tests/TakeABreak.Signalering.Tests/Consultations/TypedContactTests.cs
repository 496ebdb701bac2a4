using TakeABreak.Signalering.Consultations.Contact;

namespace TakeABreak.Signalering.Tests.Consultations;

/// <summary>
/// A phone number or an e-mail address typed in a message, read in one place for the new address while a request is made,
/// an address of the other way, a message that only gives contact details, and the safe moment that leaves them out.
/// </summary>
public sealed class TypedContactTests
{
    [Theory]
    [InlineData("my new number is 06 12345678", "Phone", "+31612345678")]
    [InlineData("mail me liever op sanne@example.org", "Email", "sanne@example.org")]
    [InlineData("bel 06 12345678 of mail sanne@example.org", "Phone", "+31612345678")]
    public void A_valid_phone_number_comes_before_an_email_address(string typed, string way, string address)
    {
        var found = TypedContact.Valid(typed);

        Assert.NotNull(found);
        Assert.Equal(way, found.Value.Way.ToString());
        Assert.Equal(address, found.Value.Address);
    }

    [Theory]
    [InlineData("bel me maar na zessen")]
    [InlineData("mijn nummer is 0612")]
    [InlineData("mail naar sanne@example")]
    public void A_message_without_a_valid_number_or_address_gives_none(string typed) =>
        Assert.Null(TypedContact.Valid(typed));

    [Fact]
    public void Both_are_found_as_typed_for_text_that_leaves_them_out()
    {
        Assert.Equal(["06 1234 5678", "sanne@example.org"], TypedContact.FindAll("'s avonds op 06 1234 5678 of sanne@example.org"));
        Assert.Equal("06 1234 5678", TypedContact.Find("'s avonds op 06 1234 5678 of sanne@example.org"));
        Assert.Null(TypedContact.Find("bel Veilig Thuis: 0800-2000"));
    }
}
