namespace TakeABreak.Bot.Tests.ScaleOut;

/// <summary>Tests that start the real host in processes of their own run one after another, not beside each other.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class HostProcesses
{
    public const string Name = "Host processes";

    /// <summary>Azurite's documented key is not a secret; this one protects test state only.</summary>
    public static readonly string ProtectionKey = Convert.ToBase64String(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray());

    public static Dictionary<string, string> Sqlite(string dataFolder) => new()
    {
        ["Storage__Sqlite__DataFolder"] = dataFolder,
        ["Storage__ProtectionKey"] = ProtectionKey,
    };

    /// <param name="dataFolder">Not used for state on Blob, but kept out of the source tree.</param>
    public static Dictionary<string, string> Blob(string connectionString, string dataFolder) => new()
    {
        ["Storage__Provider"] = "Blob",
        ["Storage__Blob__ConnectionString"] = connectionString,
        ["Storage__ProtectionKey"] = ProtectionKey,
        ["Storage__Sqlite__DataFolder"] = dataFolder,
    };
}
