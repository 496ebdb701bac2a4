using Azure.Storage.Blobs;
using TakeABreak.Bot.Testing.Azurite;
using TakeABreak.Storage.Consultations;
using TakeABreak.Storage.Tests.Blob;
using TakeABreak.Storage.Tests.Support;

namespace TakeABreak.Storage.Tests.Records;

[Collection(AzuriteCollection.Name)]
public sealed class BlobRecordStoreTests(AzuriteFixture azurite) : RecordStoreContractTests
{
    private readonly string _containerPrefix = "r" + Guid.NewGuid().ToString("N")[..12];

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Storage:Provider"] = "Blob",
        ["Storage:Blob:ConnectionString"] = azurite.ConnectionString,
        ["Storage:Blob:ContainerPrefix"] = _containerPrefix,
        ["Storage:ProtectionKey"] = TestProtectionKey.Base64,
    };

    [Fact]
    public async Task A_stored_request_is_confirmed_by_the_service_before_the_call_returns()
    {
        var stored = await Host.Get<IConsultationStore>().CreateAsync("req-1", ConsultationSamples.Request(), CancellationToken.None);

        var independentClient = new BlobServiceClient(azurite.ConnectionString).GetBlobContainerClient(_containerPrefix + "-consultation").GetBlobClient("req-1");
        var properties = await independentClient.GetPropertiesAsync();

        Assert.Equal(stored.ETag, properties.Value.ETag.ToString("H"));
    }
}
