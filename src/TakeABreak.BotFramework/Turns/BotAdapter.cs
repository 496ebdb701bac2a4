using System.Diagnostics;
using Activity = TakeABreak.BotFramework.Schema.Activity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TakeABreak.BotFramework.Logging;
using TakeABreak.BotFramework.Schema;

namespace TakeABreak.BotFramework.Turns;

/// <summary>
/// Runs one turn: one at a time per conversation, through the middleware chain to the bot, with the error
/// handlers as the safety net. Every entry point (/api/messages, the local Direct Line, tests) comes through here.
/// </summary>
public sealed partial class BotAdapter(
    IServiceScopeFactory scopeFactory,
    IConversationTurnLock turnLock,
    TurnTelemetry telemetry,
    TimeProvider timeProvider,
    ILogger<BotAdapter> logger)
{
    public async Task<TurnResult> ProcessActivityAsync(Activity activity, IOutboundActivities outbound, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var started = timeProvider.GetTimestamp();
        using var trace = TurnTelemetry.ActivitySource.StartActivity("bot.turn", ActivityKind.Server);
        trace?.SetTag("bot.channel", LogValue.Of(activity.ChannelId));
        trace?.SetTag("bot.activity_type", LogValue.Of(activity.Type));
        trace?.SetTag("bot.activity_id", LogValue.Of(activity.Id));

        var outcome = "error";
        await using var turnScope = scopeFactory.CreateAsyncScope();
        var context = new TurnContext(activity, outbound, turnScope.ServiceProvider, timeProvider);
        IAsyncDisposable? held = null;
        try
        {
            held = await turnLock.AcquireAsync(ConversationKey(activity), cancellationToken);
            outcome = await RunHeldTurnAsync(context, turnScope.ServiceProvider, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            outcome = "cancelled";
            throw;
        }
        catch (Exception exception) when (held is null)
        {
            // the turn never got its place in the conversation's order (e.g. the storage holding the lock is out)
            LogTurnFailed(logger, exception.GetType().Name, LogValue.Of(activity.ChannelId), LogValue.Of(activity.Conversation?.Id), LogValue.Of(activity.Id), exception);
            await HandleErrorAsync(context, turnScope.ServiceProvider, exception, cancellationToken);
        }
        finally
        {
            if (held is not null)
            {
                await held.DisposeAsync();
            }

            trace?.SetTag("bot.outcome", outcome);
            if (outcome != "ok")
            {
                trace?.SetStatus(ActivityStatusCode.Error);
            }

            telemetry.Record(LogValue.Of(activity.ChannelId), ActivityTypes.IsKnown(activity.Type) ? activity.Type : "other", outcome, timeProvider.GetElapsedTime(started));
        }

        return new TurnResult(context.InvokeResponse, context.Responded);
    }

    /// <summary>
    /// The turn while it holds the conversation's place: the middleware and the bot, the completions, and on failure
    /// the error handlers, so whatever they change (a reset) is done before the conversation's next turn starts.
    /// </summary>
    private async Task<string> RunHeldTurnAsync(TurnContext context, IServiceProvider services, CancellationToken cancellationToken)
    {
        var completions = services.GetServices<ITurnCompletion>();
        try
        {
            try
            {
                await RunAsync(context, services, cancellationToken);
            }
            catch
            {
                foreach (var completion in completions)
                {
                    completion.OnTurnFailed(context);
                }

                throw;
            }

            foreach (var completion in completions)
            {
                await completion.OnTurnSucceededAsync(context, cancellationToken);
            }

            return "ok";
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var activity = context.Activity;
            LogTurnFailed(logger, exception.GetType().Name, LogValue.Of(activity.ChannelId), LogValue.Of(activity.Conversation?.Id), LogValue.Of(activity.Id), exception);
            await HandleErrorAsync(context, services, exception, cancellationToken);
            return "error";
        }
    }

    public static string ConversationKey(Activity activity) =>
        $"{activity.ChannelId ?? "unknown"}:{activity.Conversation?.Id ?? "none"}";

    private static Task RunAsync(ITurnContext context, IServiceProvider services, CancellationToken cancellationToken)
    {
        var middleware = services.GetServices<IMiddleware>().ToArray();
        var bot = services.GetRequiredService<IBot>();

        Task Step(int index, CancellationToken token) => index < middleware.Length
            ? middleware[index].OnTurnAsync(context, t => Step(index + 1, t), token)
            : bot.OnTurnAsync(context, token);

        return Step(0, cancellationToken);
    }

    private async Task HandleErrorAsync(ITurnContext context, IServiceProvider services, Exception exception, CancellationToken cancellationToken)
    {
        foreach (var handler in services.GetServices<ITurnErrorHandler>())
        {
            try
            {
                await handler.OnTurnErrorAsync(context, exception, cancellationToken);
            }
            catch (Exception handlerException)
            {
                LogErrorHandlerFailed(logger, handler.GetType().Name, LogValue.Of(context.Activity.ChannelId), LogValue.Of(context.Activity.Conversation?.Id), handlerException);
            }
        }
    }

    [LoggerMessage(EventId = 1001, Level = LogLevel.Error, Message = "Turn failed with {ExceptionType} (channel {ChannelId}, conversation {ConversationId}, activity {ActivityId})")]
    private static partial void LogTurnFailed(ILogger logger, string exceptionType, string? channelId, string? conversationId, string? activityId, Exception exception);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Error, Message = "Turn error handler {Handler} failed (channel {ChannelId}, conversation {ConversationId})")]
    private static partial void LogErrorHandlerFailed(ILogger logger, string handler, string? channelId, string? conversationId, Exception exception);
}

/// <summary>What the caller of a turn needs afterwards: the invoke answer, and whether anything was sent.</summary>
public sealed record TurnResult(InvokeResponse? InvokeResponse, bool Responded);
