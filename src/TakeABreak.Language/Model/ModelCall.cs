using System.ClientModel;
using System.Diagnostics;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace TakeABreak.Language.Model;

/// <summary>
/// One call to the language model with the configured timeout. Never throws for the model's failures (timeout, 429,
/// 5xx, content filter, an empty answer): it returns the outcome, so the caller falls back. Logs and metrics carry the
/// outcome, status code and token counts, never the prompt or the completion.
/// </summary>
public sealed partial class ModelCall(IChatClient chatClient, IOptions<LanguageOptions> options, LanguageMetrics metrics, ILogger<ModelCall> logger)
{
    public async Task<(ModelOutcome Outcome, string? Text)> CompleteAsync(string operation, IList<ChatMessage> messages, ChatOptions chatOptions, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Value.Timeout);
        var started = Stopwatch.GetTimestamp();
        var (outcome, text) = await TryCompleteAsync(operation, messages, chatOptions, timeout.Token, cancellationToken);
        metrics.Duration(operation, outcome, Stopwatch.GetElapsedTime(started));
        if (outcome != ModelOutcome.Answered)
        {
            metrics.Fallback(operation, outcome);
            LogFallback(logger, operation, outcome.ToTag());
        }

        return (outcome, text);
    }

    /// <summary>The model answered, but the caller could not use the answer (not the schema's shape, or failed a check).</summary>
    public void Rejected(string operation, ModelOutcome reason)
    {
        metrics.Fallback(operation, reason);
        LogFallback(logger, operation, reason.ToTag());
    }

    private async Task<(ModelOutcome, string?)> TryCompleteAsync(string operation, IList<ChatMessage> messages, ChatOptions chatOptions, CancellationToken timeout, CancellationToken caller)
    {
        try
        {
            var response = await chatClient.GetResponseAsync(messages, chatOptions, timeout);
            metrics.Tokens(operation, response.Usage?.InputTokenCount, response.Usage?.OutputTokenCount);
            if (response.FinishReason == ChatFinishReason.ContentFilter)
            {
                return (ModelOutcome.ContentFilter, null);
            }

            var text = response.Text;
            return string.IsNullOrWhiteSpace(text) ? (ModelOutcome.MalformedAnswer, null) : (ModelOutcome.Answered, text);
        }
        catch (OperationCanceledException) when (!caller.IsCancellationRequested)
        {
            return (ModelOutcome.Timeout, null);
        }
        catch (ClientResultException exception)
        {
            LogStatus(logger, operation, exception.Status);
            return (Classify(exception), null);
        }
        catch (Exception exception) when (exception is HttpRequestException or System.Text.Json.JsonException or InvalidOperationException or IOException)
        {
            LogFailed(logger, operation, exception.GetType().Name);
            return (ModelOutcome.Failed, null);
        }
    }

    private static ModelOutcome Classify(ClientResultException exception) => exception.Status switch
    {
        429 => ModelOutcome.RateLimited,
        >= 500 => ModelOutcome.ServerError,
        400 when IsContentFilter(exception) => ModelOutcome.ContentFilter,
        _ => ModelOutcome.Failed,
    };

    /// <summary>Azure OpenAI answers a filtered prompt with 400 and the error code "content_filter".</summary>
    private static bool IsContentFilter(ClientResultException exception)
    {
        var body = exception.GetRawResponse()?.Content?.ToString();
        return body is not null && body.Contains("content_filter", StringComparison.OrdinalIgnoreCase);
    }

    [LoggerMessage(EventId = 6001, Level = LogLevel.Warning, Message = "Language model {Operation} not used: {Outcome}; the deterministic answer was used")]
    private static partial void LogFallback(ILogger logger, string operation, string outcome);

    [LoggerMessage(EventId = 6002, Level = LogLevel.Information, Message = "Language model {Operation} answered with status {Status}")]
    private static partial void LogStatus(ILogger logger, string operation, int status);

    [LoggerMessage(EventId = 6003, Level = LogLevel.Warning, Message = "Language model {Operation} failed with {ExceptionType}")]
    private static partial void LogFailed(ILogger logger, string operation, string exceptionType);
}
