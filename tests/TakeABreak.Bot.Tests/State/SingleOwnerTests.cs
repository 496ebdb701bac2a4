using Microsoft.Data.Sqlite;
using TakeABreak.Bot.Testing;

namespace TakeABreak.Bot.Tests.State;

public sealed class SingleOwnerTests : IDisposable
{
    private readonly string _dataFolder = Path.Combine(Path.GetTempPath(), "takeabreak-owner-tests", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_dataFolder))
        {
            Directory.Delete(_dataFolder, recursive: true);
        }
    }

    [Fact]
    public void A_second_host_on_the_same_SQLite_file_refuses_to_start_with_a_clear_message()
    {
        using var first = new TestBotHost().WithSetting("Storage:Sqlite:DataFolder", _dataFolder);
        _ = first.Services;
        using var second = new TestBotHost().WithSetting("Storage:Sqlite:DataFolder", _dataFolder);

        var refused = Assert.ThrowsAny<Exception>(() => second.Services);

        Assert.Contains("is already in use by another running TakeABreak.Bot host", refused.ToString(), StringComparison.Ordinal);
    }
}
