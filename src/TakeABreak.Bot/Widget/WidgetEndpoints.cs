using TakeABreak.BotFramework.DirectLine;

namespace TakeABreak.Bot.Widget;

/// <summary>The widget page (<c>/</c>), the safe-use page (<c>/veilig-gebruik</c>) and the token endpoint the page calls.</summary>
public static partial class WidgetEndpoints
{
    public const string TokenPath = "/widget/token";

    public static IEndpointRouteBuilder MapTakeABreakWidget(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/", (HttpContext http, WidgetPages pages) => pages.Render(http, WidgetPages.Chat));
        endpoints.MapGet("/veilig-gebruik", (HttpContext http, WidgetPages pages) => pages.Render(http, WidgetPages.SafeUse));
        endpoints.MapPost(TokenPath, IssueTokenAsync);
        return endpoints;
    }

    private static async Task<IResult> IssueTokenAsync(
        HttpContext http, IWidgetTokenSource source, DirectLineRateLimiter limiter, Microsoft.Extensions.Options.IOptions<WidgetOptions> options, ILoggerFactory loggers)
    {
        var address = http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        if (!limiter.TryAcquire($"widget-token:{address}", options.Value.TokenRequestsPerMinutePerAddress))
        {
            return Results.Json(new { error = "Too many token requests from this address; try again in a minute." }, statusCode: StatusCodes.Status429TooManyRequests);
        }

        try
        {
            var token = await source.GetTokenAsync(http, http.RequestAborted);
            return Results.Json(new { token = token.Token, conversationId = token.ConversationId, expires_in = token.ExpiresIn, domain = token.Domain });
        }
        catch (WidgetTokenUnavailableException exception)
        {
            LogTokenUnavailable(loggers.CreateLogger("TakeABreak.Bot.Widget"), exception.Message);
            return Results.Json(new { error = "The conversation cannot start right now." }, statusCode: StatusCodes.Status503ServiceUnavailable);
        }
    }

    [LoggerMessage(EventId = 6001, Level = LogLevel.Warning, Message = "Widget token unavailable: {Reason}")]
    private static partial void LogTokenUnavailable(ILogger logger, string reason);
}
