using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace TakeABreak.BotFramework.Authentication;

/// <summary>Says loudly at start that /api/messages accepts anyone, when no MicrosoftAppId is configured.</summary>
internal sealed partial class UnauthenticatedDevelopmentWarning(IOptions<BotAuthenticationOptions> options, ILogger<UnauthenticatedDevelopmentWarning> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.IsAuthenticationEnabled)
        {
            LogUnauthenticated(logger);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = 2000, Level = LogLevel.Warning, Message = "MicrosoftAppId is not set: /api/messages accepts unauthenticated requests and replies carry no token. Allowed only in Development.")]
    private static partial void LogUnauthenticated(ILogger logger);
}
