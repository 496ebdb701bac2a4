using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using TakeABreak.Storage.Blob;
using TakeABreak.Storage.Consultations;
using TakeABreak.Storage.Records.Blob;
using TakeABreak.Storage.Records.Sqlite;

namespace TakeABreak.Storage.Records;

public static class RecordsServiceCollectionExtensions
{
    /// <summary>
    /// The durable record store on the configured provider (SQLite: its own file "{name}-records.db" with fsync on
    /// commit; Blob: the same account) and on it the consultations, their audit trail, the staff outbox, the anonymous
    /// monthly counts and the confirmation receipts. Adds the storage itself when it is not added yet.
    /// </summary>
    public static IServiceCollection AddTakeABreakRecords(this IServiceCollection services, IConfiguration configuration)
    {
        if (services.Any(descriptor => descriptor.ServiceType == typeof(IDurableStore)))
        {
            return services;
        }

        if (!services.Any(descriptor => descriptor.ServiceType == typeof(IStore)))
        {
            services.AddTakeABreakStorage(configuration);
        }

        var provider = configuration.GetSection(StorageOptions.SectionName).GetValue(nameof(StorageOptions.Provider), StorageProvider.Sqlite);
        if (provider == StorageProvider.Blob)
        {
            services.AddSingleton<IDurableStore>(sp => new DurableBlobStore(
                new BlobStore(sp.GetRequiredService<BlobContainers>(), sp.GetRequiredService<TimeProvider>())));
        }
        else
        {
            services.AddSingleton<IDurableStore>(sp =>
            {
                var options = sp.GetRequiredService<IOptions<StorageOptions>>().Value;
                var folder = Path.GetFullPath(options.Sqlite.DataFolder, sp.GetService<IHostEnvironment>()?.ContentRootPath ?? AppContext.BaseDirectory);
                var fileName = Path.GetFileNameWithoutExtension(options.Sqlite.FileName) + "-records.db";
                return new SqliteRecordStore(Path.Combine(folder, fileName), sp.GetRequiredService<TimeProvider>());
            });
        }

        services.TryAddSingleton<IConsultationStore, StoredConsultations>();
        services.TryAddSingleton<IConsultationAuditTrail, StoredAuditTrail>();
        services.TryAddSingleton<IStaffNotificationOutbox, StoredStaffNotificationOutbox>();
        services.TryAddSingleton<IMonthlyCountsStore, StoredMonthlyCounts>();
        services.TryAddSingleton<IConsultationReceipts, StoredConsultationReceipts>();
        return services;
    }
}
