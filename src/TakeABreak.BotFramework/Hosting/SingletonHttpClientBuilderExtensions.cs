using Microsoft.Extensions.DependencyInjection;

namespace TakeABreak.BotFramework.Hosting;

public static class SingletonHttpClientBuilderExtensions
{
    /// <summary>How long one connection of a kept client is used before a new one is made (and DNS asked again).</summary>
    public static readonly TimeSpan ConnectionLifetime = TimeSpan.FromMinutes(2);

    /// <summary>
    /// For a client that a singleton keeps as long as the host runs. Its handler never expires: the factory cannot
    /// release an expired handler that is still held, so its cleanup timer would keep the handler, and through it the
    /// whole host, reachable after the host is disposed. Its connections are renewed instead, so DNS changes still apply.
    /// </summary>
    public static IHttpClientBuilder KeptBySingleton(this IHttpClientBuilder builder) =>
        builder
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan)
            .UseSocketsHttpHandler((handler, _) => handler.PooledConnectionLifetime = ConnectionLifetime);
}
