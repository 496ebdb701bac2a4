using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using TakeABreak.BotFramework.Logging;
using TakeABreak.BotFramework.Schema;

namespace TakeABreak.BotFramework.Connector;

/// <summary>
/// The Connector REST API at <c>{serviceUrl}/v3/conversations</c>: send, reply, update, delete, create conversation.
/// Only trusted service URLs are called; retries live in the HttpClient's resilience handler.
/// </summary>
public sealed partial class ConnectorClient(
    HttpClient httpClient,
    IConnectorTokenProvider tokenProvider,
    TrustedServiceUrls trustedServiceUrls,
    ILogger<ConnectorClient> logger)
{
    private static readonly MediaTypeHeaderValue JsonMediaType = new("application/json") { CharSet = "utf-8" };

    public Task<ResourceResponse> SendToConversationAsync(Activity activity, CancellationToken cancellationToken)
    {
        var (serviceUrl, conversationId) = Address(activity);
        return SendActivityAsync("send", HttpMethod.Post, serviceUrl, $"v3/conversations/{Escape(conversationId)}/activities", activity, cancellationToken);
    }

    public Task<ResourceResponse> ReplyToActivityAsync(Activity activity, CancellationToken cancellationToken)
    {
        var (serviceUrl, conversationId) = Address(activity);
        var replyToId = Required(activity.ReplyToId, "replyToId");
        return SendActivityAsync("reply", HttpMethod.Post, serviceUrl, $"v3/conversations/{Escape(conversationId)}/activities/{Escape(replyToId)}", activity, cancellationToken);
    }

    public Task<ResourceResponse> UpdateActivityAsync(Activity activity, CancellationToken cancellationToken)
    {
        var (serviceUrl, conversationId) = Address(activity);
        var activityId = Required(activity.Id, "id");
        return SendActivityAsync("update", HttpMethod.Put, serviceUrl, $"v3/conversations/{Escape(conversationId)}/activities/{Escape(activityId)}", activity, cancellationToken);
    }

    public async Task DeleteActivityAsync(string serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(
            "delete", HttpMethod.Delete, serviceUrl, $"v3/conversations/{Escape(conversationId)}/activities/{Escape(activityId)}", null, conversationId, activityId, cancellationToken);
    }

    /// <summary>Starts a conversation (a proactive message, a post in a Teams channel).</summary>
    public async Task<ConversationResourceResponse> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        using var response = await SendAsync("createConversation", HttpMethod.Post, serviceUrl, "v3/conversations", parameters, null, null, cancellationToken);
        return await ReadAsync<ConversationResourceResponse>(response, cancellationToken) ?? new ConversationResourceResponse();
    }

    private async Task<ResourceResponse> SendActivityAsync(string operation, HttpMethod method, string serviceUrl, string path, Activity activity, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(operation, method, serviceUrl, path, activity, activity.Conversation?.Id, activity.Id ?? activity.ReplyToId, cancellationToken);
        return await ReadAsync<ResourceResponse>(response, cancellationToken) ?? new ResourceResponse(null);
    }

    private async Task<HttpResponseMessage> SendAsync(
        string operation, HttpMethod method, string serviceUrl, string path, object? body, string? conversationId, string? activityId, CancellationToken cancellationToken)
    {
        if (!trustedServiceUrls.IsTrusted(serviceUrl))
        {
            LogUntrusted(logger, operation, LogValue.Of(conversationId), LogValue.Of(activityId));
            throw new UntrustedServiceUrlException(serviceUrl);
        }

        using var request = new HttpRequestMessage(method, new Uri(new Uri(serviceUrl.TrimEnd('/') + "/"), path));
        if (body is not null)
        {
            request.Content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(body, body.GetType(), ProtocolJson.Options));
            request.Content.Headers.ContentType = JsonMediaType;
        }

        var token = await tokenProvider.GetTokenAsync(cancellationToken);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        HttpResponseMessage response;
        try
        {
            response = await httpClient.SendAsync(request, cancellationToken);
        }
        catch (Exception exception) when (exception is HttpRequestException or TimeoutException || (exception is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            LogDeliveryFailed(logger, operation, 0, LogValue.Of(conversationId), LogValue.Of(activityId), exception);
            throw new ConnectorDeliveryException(operation, conversationId, activityId, null, exception);
        }

        if (!response.IsSuccessStatusCode)
        {
            var status = response.StatusCode;
            response.Dispose();
            LogDeliveryFailed(logger, operation, (int)status, LogValue.Of(conversationId), LogValue.Of(activityId), null);
            throw new ConnectorDeliveryException(operation, conversationId, activityId, status);
        }

        return response;
    }

    private static async Task<T?> ReadAsync<T>(HttpResponseMessage response, CancellationToken cancellationToken)
        where T : class
    {
        if (response.StatusCode == HttpStatusCode.NoContent || response.Content.Headers.ContentLength == 0)
        {
            return null;
        }

        try
        {
            return await response.Content.ReadFromJsonAsync<T>(ProtocolJson.Options, cancellationToken);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static (string ServiceUrl, string ConversationId) Address(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return (Required(activity.ServiceUrl, "serviceUrl"), Required(activity.Conversation?.Id, "conversation.id"));
    }

    private static string Required(string? value, string field) =>
        string.IsNullOrEmpty(value) ? throw new ArgumentException($"The activity has no {field}; the Connector cannot address it.", nameof(value)) : value;

    private static string Escape(string id) => Uri.EscapeDataString(id);

    [LoggerMessage(EventId = 3001, Level = LogLevel.Error, Message = "Connector {Operation} failed with status {StatusCode} (conversation {ConversationId}, activity {ActivityId})")]
    private static partial void LogDeliveryFailed(ILogger logger, string operation, int statusCode, string? conversationId, string? activityId, Exception? exception);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Warning, Message = "Connector {Operation} refused: the service URL is not trusted (conversation {ConversationId}, activity {ActivityId})")]
    private static partial void LogUntrusted(ILogger logger, string operation, string? conversationId, string? activityId);
}
