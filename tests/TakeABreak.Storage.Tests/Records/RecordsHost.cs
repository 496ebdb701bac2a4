using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using TakeABreak.Storage.Records;

namespace TakeABreak.Storage.Tests.Records;

/// <summary>One simulated host with the production record registrations over a given storage configuration.</summary>
public sealed class RecordsHost : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    public RecordsHost(IReadOnlyDictionary<string, string?> settings, TimeProvider timeProvider)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(timeProvider);
        services.AddTakeABreakStorage(configuration);
        services.AddTakeABreakRecords(configuration);
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    public T Get<T>() where T : notnull => _services.GetRequiredService<T>();

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
