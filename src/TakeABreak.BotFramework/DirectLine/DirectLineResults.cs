using System.Globalization;
using Microsoft.AspNetCore.Http;
using TakeABreak.BotFramework.Schema;

namespace TakeABreak.BotFramework.DirectLine;

/// <summary>Direct Line's error answers, each with a short reason and never a secret or message text.</summary>
internal static class DirectLineResults
{
    public static IResult Unauthorized() => Error(StatusCodes.Status401Unauthorized, "MissingProperty", "Send 'Authorization: Bearer <secret or token>'.");

    public static IResult Forbidden(string message) => Error(StatusCodes.Status403Forbidden, "TokenExpired", message);

    public static IResult NotFound() => Error(StatusCodes.Status404NotFound, "BadArgument", "Conversation not found.");

    public static IResult BadArgument(string message) => Error(StatusCodes.Status400BadRequest, "BadArgument", message);

    public static IResult TooLarge(int limit) => Error(StatusCodes.Status413PayloadTooLarge, "MessageSizeTooBig", $"The body is larger than {limit} bytes.");

    public static IResult TooManyRequests(string message, TimeSpan retryAfter) =>
        new RetryAfterResult(Error(StatusCodes.Status429TooManyRequests, "Throttled", message), retryAfter);

    public static IResult Busy(TimeSpan retryAfter) =>
        new RetryAfterResult(Error(StatusCodes.Status503ServiceUnavailable, "ServiceError", "Too many conversations at the moment; try again later."), retryAfter);

    private static IResult Error(int status, string code, string message) =>
        Results.Json(DirectLineError.Of(code, message), ProtocolJson.Options, statusCode: status);
}

/// <summary>Another result with a <c>Retry-After</c> header in whole seconds (at least 1).</summary>
public sealed class RetryAfterResult(IResult inner, TimeSpan retryAfter) : IResult
{
    public static string Seconds(TimeSpan retryAfter) =>
        Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);

    public Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        httpContext.Response.Headers.RetryAfter = Seconds(retryAfter);
        return inner.ExecuteAsync(httpContext);
    }
}
