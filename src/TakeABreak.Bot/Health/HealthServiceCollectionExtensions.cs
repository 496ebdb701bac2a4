using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using TakeABreak.Storage.Health;

namespace TakeABreak.Bot.Health;

public static class HealthServiceCollectionExtensions
{
    public static IServiceCollection AddTakeABreakHealth(this IServiceCollection services)
    {
        services.AddHealthChecks();
        return services;
    }

    /// <summary>
    /// <c>/healthz</c>: the process is alive. <c>/readyz</c>: every check tagged <see cref="StorageHealthCheck.ReadinessTag"/>
    /// is healthy — storage answers and takes writes (the dialog content is checked before the host starts at all).
    /// </summary>
    public static IEndpointRouteBuilder MapTakeABreakHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false });
        endpoints.MapHealthChecks("/readyz", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(StorageHealthCheck.ReadinessTag),
            ResponseWriter = HealthReportWriter.WriteAsync,
        });
        return endpoints;
    }
}
