using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace TakeABreak.Bot.Health;

public static class HealthServiceCollectionExtensions
{
    /// <summary>Tag of the checks that decide readiness (storage, dialog content).</summary>
    public const string ReadyTag = "ready";

    public static IServiceCollection AddTakeABreakHealth(this IServiceCollection services)
    {
        services.AddHealthChecks();
        return services;
    }

    /// <summary><c>/healthz</c>: the process is alive. <c>/readyz</c>: storage and dialog content are ready.</summary>
    public static IEndpointRouteBuilder MapTakeABreakHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false });
        endpoints.MapHealthChecks("/readyz", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(ReadyTag),
            ResponseWriter = HealthReportWriter.WriteAsync,
        });
        return endpoints;
    }
}
