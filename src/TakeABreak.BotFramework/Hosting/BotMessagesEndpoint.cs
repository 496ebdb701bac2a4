using System.Buffers;
using System.IO.Pipelines;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TakeABreak.BotFramework.Authentication;
using TakeABreak.BotFramework.Connector;
using TakeABreak.BotFramework.Logging;
using TakeABreak.BotFramework.Schema;
using TakeABreak.BotFramework.Turns;

namespace TakeABreak.BotFramework.Hosting;

/// <summary>
/// <c>POST /api/messages</c>: where Azure Bot Service delivers activities. Reads and authenticates the activity,
/// runs the turn, and answers as the protocol wants: invoke response, expected replies, or 200 with the replies
/// posted through the Connector.
/// </summary>
public sealed partial class BotMessagesEndpoint(
    BotAdapter adapter,
    IChannelAuthenticator authenticator,
    TrustedServiceUrls trustedServiceUrls,
    IOptions<BotAuthenticationOptions> options,
    ILogger<BotMessagesEndpoint> logger)
{
    public const int MaxBodyBytes = 256 * 1024;

    /// <summary>Retry-After of the 503 when the channel's signing keys cannot be fetched.</summary>
    public const string KeysRetryAfterSeconds = "30";

    public async Task<IResult> HandleAsync(HttpContext httpContext)
    {
        var cancellationToken = httpContext.RequestAborted;
        var authorization = httpContext.Request.Headers.Authorization.ToString();
        if (options.Value.IsAuthenticationEnabled && string.IsNullOrEmpty(authorization))
        {
            return Results.Unauthorized();
        }

        var body = await ReadBodyAsync(httpContext, cancellationToken);
        if (body is null)
        {
            return Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "Activity too large", detail: $"The body is larger than {MaxBodyBytes} bytes.");
        }

        var (activity, problem) = InboundActivity.Read(body);
        if (activity is null)
        {
            return BadRequest(problem!);
        }

        var authentication = await authenticator.AuthenticateAsync(authorization.Length == 0 ? null : authorization, activity, cancellationToken);
        if (authentication.KeysUnavailable)
        {
            httpContext.Response.Headers.RetryAfter = KeysRetryAfterSeconds;
            return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
        }

        if (!authentication.IsAuthenticated)
        {
            return Results.Unauthorized();
        }

        if (activity.ServiceUrl is not null)
        {
            trustedServiceUrls.Trust(activity.ServiceUrl);
        }

        if (!ActivityTypes.IsKnown(activity.Type))
        {
            LogIgnoredType(logger, LogValue.Of(activity.Type)!, LogValue.Of(activity.ChannelId), LogValue.Of(activity.Conversation?.Id), LogValue.Of(activity.Id));
            return Results.Ok();
        }

        if (activity.IsType(ActivityTypes.Invoke))
        {
            var outbound = ExpectsReplies(activity) ? new CollectedReplies() : (IOutboundActivities)httpContext.RequestServices.GetRequiredService<ConnectorOutboundActivities>();
            var result = await adapter.ProcessActivityAsync(activity, outbound, cancellationToken);
            return result.InvokeResponse is { } invoke
                ? new ProtocolJsonResult(invoke.Status, invoke.Body)
                : Results.StatusCode(StatusCodes.Status501NotImplemented);
        }

        if (ExpectsReplies(activity))
        {
            var replies = new CollectedReplies();
            await adapter.ProcessActivityAsync(activity, replies, cancellationToken);
            return new ProtocolJsonResult(StatusCodes.Status200OK, new ExpectedReplies { Activities = [.. replies.Activities] });
        }

        await adapter.ProcessActivityAsync(activity, httpContext.RequestServices.GetRequiredService<ConnectorOutboundActivities>(), cancellationToken);
        return Results.Ok();
    }

    private static bool ExpectsReplies(Activity activity) =>
        string.Equals(activity.DeliveryMode, DeliveryModes.ExpectReplies, StringComparison.OrdinalIgnoreCase);

    private static IResult BadRequest(string detail) =>
        Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Invalid activity", detail: detail);

    /// <summary>The body, or null when it is larger than <see cref="MaxBodyBytes"/>.</summary>
    private static async Task<byte[]?> ReadBodyAsync(HttpContext httpContext, CancellationToken cancellationToken)
    {
        var request = httpContext.Request;
        if (request.ContentLength > MaxBodyBytes)
        {
            return null;
        }

        var sizeFeature = httpContext.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (sizeFeature is { IsReadOnly: false })
        {
            sizeFeature.MaxRequestBodySize = MaxBodyBytes;
        }

        var reader = request.BodyReader;
        try
        {
            while (true)
            {
                var read = await reader.ReadAsync(cancellationToken);
                if (read.Buffer.Length > MaxBodyBytes)
                {
                    reader.AdvanceTo(read.Buffer.Start, read.Buffer.End);
                    return null;
                }

                if (read.IsCompleted)
                {
                    var bytes = read.Buffer.ToArray();
                    reader.AdvanceTo(read.Buffer.End);
                    return bytes;
                }

                reader.AdvanceTo(read.Buffer.Start, read.Buffer.End);
            }
        }
        catch (BadHttpRequestException exception) when (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return null;
        }
    }

    [LoggerMessage(EventId = 4001, Level = LogLevel.Information, Message = "Ignored activity of unknown type {ActivityType} (channel {ChannelId}, conversation {ConversationId}, activity {ActivityId})")]
    private static partial void LogIgnoredType(ILogger logger, string activityType, string? channelId, string? conversationId, string? activityId);
}
