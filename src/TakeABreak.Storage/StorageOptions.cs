namespace TakeABreak.Storage;

public enum StorageProvider
{
    Sqlite,
    Blob,
}

public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    /// <summary>Where state and records live. Default: <see cref="StorageProvider.Sqlite"/> (embedded, one file).</summary>
    public StorageProvider Provider { get; set; } = StorageProvider.Sqlite;

    public SqliteStorageOptions Sqlite { get; set; } = new();

    public BlobStorageOptions Blob { get; set; } = new();

    /// <summary>Conversation and user state idle longer than this is deleted. Default: 24 hours.</summary>
    public TimeSpan StateTimeToLive { get; set; } = TimeSpan.FromHours(24);

    /// <summary>How often the expiry sweep runs. Default: 15 minutes.</summary>
    public TimeSpan ExpirySweepInterval { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>
    /// Base64 of a 256-bit key that encrypts the Data Protection key ring at rest. Keep it in user-secrets,
    /// App Service settings or Key Vault. In Development a generated key is kept in the data folder when none is set.
    /// </summary>
    public string? ProtectionKey { get; set; }
}

public sealed class SqliteStorageOptions
{
    /// <summary>Folder of the database file; relative paths are under the content root. Default: "App_Data".</summary>
    public string DataFolder { get; set; } = "App_Data";

    /// <summary>File name of the database inside <see cref="DataFolder"/>. Default: "takeabreak.db".</summary>
    public string FileName { get; set; } = "takeabreak.db";
}

public sealed class BlobStorageOptions
{
    /// <summary>Connection string (Azurite locally). Use either this or <see cref="AccountUrl"/>.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Account URL, e.g. https://account.blob.core.windows.net, reached with DefaultAzureCredential (managed identity).</summary>
    public string? AccountUrl { get; set; }

    /// <summary>Containers are named "{prefix}-{kind with hyphens}". Default: "takeabreak".</summary>
    public string ContainerPrefix { get; set; } = "takeabreak";

    /// <summary>Retries of a failing request before the store reports an outage. Default: 2.</summary>
    public int MaxRetries { get; set; } = 2;

    /// <summary>Time allowed for one request before it counts as failed. Default: 10 seconds.</summary>
    public TimeSpan NetworkTimeout { get; set; } = TimeSpan.FromSeconds(10);
}
