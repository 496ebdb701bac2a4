using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using TakeABreak.Bot.Testing;
using TakeABreak.Bot.Testing.Fakes;
using TakeABreak.BotFramework.Connector;
using TakeABreak.BotFramework.Schema;
using TakeABreak.BotFramework.Turns;

namespace TakeABreak.Bot.Tests.Teams;

/// <summary>
/// Real hosts for Teams tests on a data folder the test owns (so a second host can be a restart or a second instance),
/// with the Connector client pointed at a local recording Connector, fast delivery passes and no Connector-level
/// retries (the outbox retries). Moviera staff: <see cref="TeamsActivities.StaffMember"/>.
/// </summary>
internal sealed class TeamsHost : IDisposable
{
    private readonly List<TestBotHost> _hosts = [];

    public string DataFolder { get; } = Path.Combine(Path.GetTempPath(), "takeabreak-teams-tests", Guid.NewGuid().ToString("N"));

    /// <summary>A host on the test's SQLite folder, or on a Blob account (<paramref name="blob"/>: connection string and container prefix) shared by several hosts.</summary>
    public TestBotHost Start(bool deliver = true, (string ConnectionString, string ContainerPrefix)? blob = null)
    {
        var host = new TestBotHost()
            .WithSetting("Storage:Sqlite:DataFolder", DataFolder)
            .WithSetting("Storage:Provider", blob is null ? "Sqlite" : "Blob")
            .WithSetting("Storage:Blob:ConnectionString", blob?.ConnectionString ?? "")
            .WithSetting("Storage:Blob:ContainerPrefix", blob?.ContainerPrefix ?? "takeabreak")
            .WithSetting("Consultations:FollowUp:Interval", "1.00:00:00")
            .WithSetting("Consultations:Delivery:Interval", deliver ? "00:00:00.100" : "1.00:00:00")
            .WithSetting("Consultations:Delivery:RetryBaseDelay", "00:00:00.050")
            .WithSetting("Consultations:Delivery:MaxRetryDelay", "00:00:00.200")
            .WithSetting("BotFramework:Connector:MaxRetryAttempts", "0")
            .WithSetting("Teams:AllowedTenants:0", TeamsActivities.Moviera)
            .WithSetting("Teams:StaffObjectIds:0", TeamsActivities.StaffMember.ObjectId)
            .WithSetting("Teams:StaffObjectIds:1", TeamsActivities.SecondStaffMember.ObjectId)
            .WithServices(services => services.AddHttpClient<ConnectorClient>().ConfigurePrimaryHttpMessageHandler(LoopbackCertificate.CreateTrustingHandler));
        _hosts.Add(host);
        _ = host.Services;
        return host;
    }

    public static async Task<TeamsTurn> SendAsync(TestBotHost host, Activity activity)
    {
        var replies = new CollectedReplies();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var result = await host.Services.GetRequiredService<BotAdapter>().ProcessActivityAsync(activity, replies, timeout.Token);
        return new TeamsTurn([.. replies.Activities.Where(a => !a.IsType(ActivityTypes.Typing))], result.InvokeResponse);
    }

    public void Dispose()
    {
        foreach (var host in _hosts)
        {
            host.Dispose();
        }

        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(DataFolder, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
        }
        catch (IOException)
        {
        }
    }
}

internal sealed record TeamsTurn(IReadOnlyList<Activity> Replies, InvokeResponse? InvokeResponse);
