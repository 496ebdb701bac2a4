using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace TakeABreak.Storage.Tests.Support;

/// <summary>One simulated bot host: the production storage registrations over a given configuration.</summary>
public sealed class StorageHost : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    public StorageHost(IReadOnlyDictionary<string, string?> settings, TimeProvider? timeProvider = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        if (timeProvider is not null)
        {
            services.AddSingleton(timeProvider);
        }

        services.AddTakeABreakStorage(configuration);
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    public IServiceProvider Services => _services;

    public T Get<T>() where T : notnull => _services.GetRequiredService<T>();

    /// <summary>Runs the start-up work a real host runs: options validation and storage initialisation.</summary>
    public async Task StartAsync()
    {
        foreach (var hosted in _services.GetServices<IHostedService>().OfType<StorageInitializer>())
        {
            await hosted.StartAsync(CancellationToken.None);
        }
    }

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
