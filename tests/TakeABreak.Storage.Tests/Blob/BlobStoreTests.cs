using TakeABreak.Bot.Testing.Azurite;
using TakeABreak.Storage.Tests.Contract;
using TakeABreak.Storage.Tests.Support;

namespace TakeABreak.Storage.Tests.Blob;

[Collection(AzuriteCollection.Name)]
public sealed class BlobStoreTests(AzuriteFixture azurite) : StoreContractTests
{
    private readonly string _containerPrefix = "t" + Guid.NewGuid().ToString("N")[..12];

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Storage:Provider"] = "Blob",
        ["Storage:Blob:ConnectionString"] = azurite.ConnectionString,
        ["Storage:Blob:ContainerPrefix"] = _containerPrefix,
        ["Storage:ProtectionKey"] = TestProtectionKey.Base64,
    };
}
