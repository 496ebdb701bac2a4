using TakeABreak.Bot.Testing.Azurite;

namespace TakeABreak.Storage.Tests.Blob;

/// <summary>One Azurite for the blob contract tests; each test uses its own containers.</summary>
[CollectionDefinition(Name)]
public sealed class AzuriteCollection : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "Azurite";
}
