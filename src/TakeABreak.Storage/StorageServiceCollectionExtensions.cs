using Azure.Core;
using Azure.Identity;
using Azure.Storage.Blobs;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TakeABreak.Storage.Blob;
using TakeABreak.Storage.Expiry;
using TakeABreak.Storage.Health;
using TakeABreak.Storage.Protection;
using TakeABreak.Storage.Sqlite;

namespace TakeABreak.Storage;

public static class StorageServiceCollectionExtensions
{
    public const string DataProtectionApplicationName = "TakeABreak.Bot";

    /// <summary>
    /// State and records on the provider chosen by Storage:Provider, protection at rest, the expiry sweep and the
    /// "storage" health check (tagged "ready"). No lock across hosts: turns of one conversation on several hosts (Blob)
    /// stay in order by conditional writes, a turn whose save loses runs again (see BotAdapter).
    /// </summary>
    public static IServiceCollection AddTakeABreakStorage(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(StorageOptions.SectionName);
        services.AddOptions<StorageOptions>().Bind(section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<StorageOptions>, StorageOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);

        var provider = section.GetValue(nameof(StorageOptions.Provider), StorageProvider.Sqlite);
        if (provider == StorageProvider.Blob)
        {
            AddBlob(services);
        }
        else
        {
            AddSqlite(services);
        }

        services.AddSingleton<IStore>(sp => (IStore)sp.GetRequiredService<IStorageProbe>());
        services.AddHostedService<StorageInitializer>();
        services.AddSingleton<StateExpirySweep>();
        services.AddHostedService(sp => sp.GetRequiredService<StateExpirySweep>());
        services.AddSingleton<StorageWriteProbe>();
        services.AddHealthChecks().AddCheck<StorageHealthCheck>(StorageHealthCheck.Name, tags: [StorageHealthCheck.ReadinessTag]);
        AddProtection(services);
        return services;
    }

    private static void AddSqlite(IServiceCollection services)
    {
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<StorageOptions>>().Value;
            var folder = StorageFolders.DataFolder(options, sp.GetService<IHostEnvironment>());
            return new SqliteDatabase(Path.Combine(folder, options.Sqlite.FileName));
        });
        services.AddSingleton<IStorageProbe>(sp => new SqliteStore(sp.GetRequiredService<SqliteDatabase>(), sp.GetRequiredService<TimeProvider>()));
    }

    private static void AddBlob(IServiceCollection services)
    {
        services.AddSingleton(sp =>
        {
            var blob = sp.GetRequiredService<IOptions<StorageOptions>>().Value.Blob;
            return new BlobContainers(CreateServiceClient(blob), blob.ContainerPrefix);
        });
        services.AddSingleton<IStorageProbe>(sp => new BlobStore(sp.GetRequiredService<BlobContainers>(), sp.GetRequiredService<TimeProvider>()));
    }

    /// <summary>A client that gives up after a few quick retries, so an outage reaches the user as a calm message soon.</summary>
    public static BlobServiceClient CreateServiceClient(BlobStorageOptions blob)
    {
        ArgumentNullException.ThrowIfNull(blob);
        var clientOptions = new BlobClientOptions();
        clientOptions.Retry.MaxRetries = blob.MaxRetries;
        clientOptions.Retry.Mode = RetryMode.Exponential;
        clientOptions.Retry.Delay = TimeSpan.FromMilliseconds(200);
        clientOptions.Retry.MaxDelay = TimeSpan.FromSeconds(2);
        clientOptions.Retry.NetworkTimeout = blob.NetworkTimeout;
        return string.IsNullOrWhiteSpace(blob.ConnectionString)
            ? new BlobServiceClient(new Uri(blob.AccountUrl!), new DefaultAzureCredential(), clientOptions)
            : new BlobServiceClient(blob.ConnectionString, clientOptions);
    }

    private static void AddProtection(IServiceCollection services)
    {
        services.AddSingleton(sp => ProtectionKeySource.Find(
            sp.GetRequiredService<IOptions<StorageOptions>>().Value,
            sp.GetService<IHostEnvironment>(),
            sp.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ProtectionKeySource).FullName!)));
        services.AddDataProtection().SetApplicationName(DataProtectionApplicationName);
        services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(sp => new ConfigureOptions<KeyManagementOptions>(options =>
        {
            options.XmlRepository = new StoreXmlRepository(sp.GetRequiredService<IStore>());
            options.XmlEncryptor = new AesGcmXmlEncryptor(sp.GetRequiredService<StorageProtectionKey>());
        }));
        services.AddSingleton<IPayloadProtector, DataProtectionPayloadProtector>();
    }
}
