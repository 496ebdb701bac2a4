using Azure.Monitor.OpenTelemetry.AspNetCore;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using TakeABreak.BotFramework.Turns;

namespace TakeABreak.Bot.Telemetry;

public static class TelemetryServiceCollectionExtensions
{
    /// <summary>Meters and activity sources of the product; every name starts with this prefix.</summary>
    public const string SourcePrefix = "TakeABreak.";

    /// <summary>
    /// OpenTelemetry traces and metrics for turns, HTTP and our own meters. Exported over OTLP when
    /// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is configured and to Application Insights when
    /// <c>APPLICATIONINSIGHTS_CONNECTION_STRING</c> is; otherwise collected in-process only.
    /// Telemetry carries ids and kinds, never message text or contact details.
    /// </summary>
    public static IServiceCollection AddTakeABreakTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        var exportOtlp = !string.IsNullOrWhiteSpace(configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]);
        var openTelemetry = services.AddOpenTelemetry();
        if (!string.IsNullOrWhiteSpace(configuration["APPLICATIONINSIGHTS_CONNECTION_STRING"]))
        {
            openTelemetry.UseAzureMonitor(options => options.EnableLiveMetrics = false);
        }

        openTelemetry
            .ConfigureResource(resource => resource.AddService("TakeABreak.Bot"))
            .WithTracing(tracing =>
            {
                tracing.AddSource(TurnTelemetry.SourceName).AddSource(SourcePrefix + "*").AddAspNetCoreInstrumentation(options =>
                {
                    options.RecordException = false;
                });
                if (exportOtlp)
                {
                    tracing.AddOtlpExporter();
                }
            })
            .WithMetrics(metrics =>
            {
                metrics.AddMeter(TurnTelemetry.SourceName).AddMeter(SourcePrefix + "*").AddAspNetCoreInstrumentation();
                if (exportOtlp)
                {
                    metrics.AddOtlpExporter();
                }
            });
        return services;
    }
}
