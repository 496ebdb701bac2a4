using Microsoft.Extensions.Options;
using TakeABreak.BotFramework.DirectLine;

namespace TakeABreak.Bot.Widget;

/// <summary>
/// The widget page (<c>/</c>), the safe-use page (<c>/veilig-gebruik</c>), the token endpoint the page calls, and the
/// files in wwwroot as static assets: Brotli and gzip compressed at build, each also under a fingerprinted address.
/// </summary>
public static partial class WidgetEndpoints
{
    public const string TokenPath = "/widget/token";

    private static readonly TimeSpan UnavailableRetryAfter = TimeSpan.FromSeconds(30);

    public static IEndpointRouteBuilder MapTakeABreakWidget(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/", (HttpContext http, WidgetPages pages) => pages.Render(http, WidgetPages.Chat));
        endpoints.MapGet("/veilig-gebruik", (HttpContext http, WidgetPages pages) => pages.Render(http, WidgetPages.SafeUse));
        endpoints.MapPost(TokenPath, IssueTokenAsync);
        endpoints.MapStaticAssets();
        return endpoints;
    }

    private static async Task<IResult> IssueTokenAsync(
        HttpContext http, IWidgetTokenSource source, WidgetTokenOrigins origins, DirectLineRateLimiter limiter, IOptions<WidgetOptions> options, ILoggerFactory loggers)
    {
        if (!origins.IsAllowed(http.Request))
        {
            return Results.Json(new { error = "Tokens are only given to the chat page of this site." }, statusCode: StatusCodes.Status403Forbidden);
        }

        var address = http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        if (!limiter.TryAcquire($"widget-token:{address}", options.Value.TokenRequestsPerMinutePerAddress, out var retryAfter))
        {
            return new RetryAfterResult(
                Results.Json(new { error = "Too many token requests from this address; try again in a minute." }, statusCode: StatusCodes.Status429TooManyRequests),
                retryAfter);
        }

        try
        {
            var token = await source.GetTokenAsync(http, http.RequestAborted);
            return Results.Json(new { token = token.Token, conversationId = token.ConversationId, expires_in = token.ExpiresIn, domain = token.Domain });
        }
        catch (WidgetTokenUnavailableException exception)
        {
            LogTokenUnavailable(loggers.CreateLogger("TakeABreak.Bot.Widget"), exception.Message);
            return new RetryAfterResult(
                Results.Json(new { error = "The conversation cannot start right now." }, statusCode: StatusCodes.Status503ServiceUnavailable),
                UnavailableRetryAfter);
        }
    }

    [LoggerMessage(EventId = 6001, Level = LogLevel.Warning, Message = "Widget token unavailable: {Reason}")]
    private static partial void LogTokenUnavailable(ILogger logger, string reason);
}
