using System.Net;

namespace TakeABreak.BotFramework.Connector;

/// <summary>The bot tried to call a service URL that neither configuration nor an authenticated activity vouched for. No request was made.</summary>
public sealed class UntrustedServiceUrlException(string serviceUrl)
    : InvalidOperationException($"The service URL '{serviceUrl}' is not trusted: it did not arrive in an authenticated activity and is not in BotFramework:TrustedServiceUrls. No request was sent.")
{
    public string ServiceUrl { get; } = serviceUrl;
}

/// <summary>A Connector operation still failed after the retries. Carries ids only, never message text.</summary>
public sealed class ConnectorDeliveryException(string operation, string? conversationId, string? activityId, HttpStatusCode? statusCode, Exception? innerException = null)
    : Exception($"Connector {operation} failed for conversation '{conversationId}' (activity '{activityId}'): {(statusCode is null ? "no response" : $"HTTP {(int)statusCode}")}.", innerException)
{
    public string Operation { get; } = operation;

    public string? ConversationId { get; } = conversationId;

    public string? ActivityId { get; } = activityId;

    public HttpStatusCode? StatusCode { get; } = statusCode;
}
