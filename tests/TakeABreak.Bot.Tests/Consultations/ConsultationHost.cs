using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using TakeABreak.Bot.Tests.Conversation;
using TakeABreak.Signalering.Consultations;
using TakeABreak.Storage.Consultations;

namespace TakeABreak.Bot.Tests.Consultations;

/// <summary>
/// The real host with the conversation, on a data folder the test owns, so a second host (a restart) can open the
/// same storage after the first one is gone.
/// </summary>
public sealed class ConsultationHost : IDisposable
{
    private readonly List<ConversationTestHost> _hosts = [];

    public string DataFolder { get; } = Path.Combine(Path.GetTempPath(), "takeabreak-consultation-tests", Guid.NewGuid().ToString("N"));

    public ConversationTestHost Start(Action<IServiceCollection>? configure = null)
    {
        var host = new ConversationTestHost(configure: configure);
        host.WithSetting("Storage:Sqlite:DataFolder", DataFolder);
        host.WithSetting("Consultations:FollowUp:Interval", "1.00:00:00");
        _hosts.Add(host);
        return host;
    }

    public static async Task<IReadOnlyList<ConsultationRecord>> RecordsAsync(ConversationTestHost host) =>
        await host.Services.GetRequiredService<IConsultationStore>().ListAsync(CancellationToken.None).Select(stored => stored.Record).ToListAsync();

    public void Dispose()
    {
        foreach (var host in _hosts)
        {
            host.Dispose();
        }

        SqliteConnection.ClearAllPools();
        if (Directory.Exists(DataFolder))
        {
            Directory.Delete(DataFolder, recursive: true);
        }
    }
}
