using Microsoft.Data.Sqlite;
using TakeABreak.Storage.Records;
using TakeABreak.Storage.Records.Sqlite;
using TakeABreak.Storage.Tests.Support;

namespace TakeABreak.Storage.Tests.Records;

public sealed class SqliteRecordStoreTests : RecordStoreContractTests
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "takeabreak-records-" + Guid.NewGuid().ToString("N"));

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Storage:Provider"] = "Sqlite",
        ["Storage:Sqlite:DataFolder"] = _folder,
        ["Storage:ProtectionKey"] = TestProtectionKey.Base64,
    };

    [Fact]
    public async Task Records_are_committed_with_fsync_in_their_own_file_beside_the_conversation_state()
    {
        var store = Assert.IsType<SqliteRecordStore>(Host.Get<IDurableStore>());
        await store.CreateAsync(RecordKinds.Audit, "x/1", new byte[] { 1 });

        Assert.Equal(2, await store.SynchronousSettingAsync());
        Assert.Equal(Path.Combine(_folder, "takeabreak-records.db"), store.FilePath);
        Assert.True(File.Exists(store.FilePath));
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
