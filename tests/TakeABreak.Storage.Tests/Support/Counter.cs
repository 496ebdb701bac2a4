namespace TakeABreak.Storage.Tests.Support;

public sealed record Counter(int Count);

public sealed record ContactDetails(string Name, string PhoneNumber, string Story);
