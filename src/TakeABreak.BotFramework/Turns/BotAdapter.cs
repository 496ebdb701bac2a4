using System.Diagnostics;
using Activity = TakeABreak.BotFramework.Schema.Activity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TakeABreak.BotFramework.Logging;
using TakeABreak.BotFramework.Schema;

namespace TakeABreak.BotFramework.Turns;

/// <summary>
/// Runs one turn: one at a time per conversation in this process, through the middleware chain to the bot, with the
/// error handlers as the safety net. Every entry point (/api/messages, the local Direct Line, tests) comes through here.
/// A turn's replies are held back until its state is saved; when another host saved the conversation's state first,
/// the turn runs again from a fresh read (at most <see cref="MaxAttempts"/> times), and what it held is dropped.
/// </summary>
public sealed partial class BotAdapter(
    IServiceScopeFactory scopeFactory,
    IConversationTurnLock turnLock,
    TurnTelemetry telemetry,
    TimeProvider timeProvider,
    ILogger<BotAdapter> logger)
{
    /// <summary>How often one turn is run before a lost save counts as a failed turn.</summary>
    public const int MaxAttempts = 8;

    public async Task<TurnResult> ProcessActivityAsync(Activity activity, IOutboundActivities outbound, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var started = timeProvider.GetTimestamp();
        using var trace = TurnTelemetry.ActivitySource.StartActivity("bot.turn", ActivityKind.Server);
        trace?.SetTag("bot.channel", LogValue.Of(activity.ChannelId));
        trace?.SetTag("bot.activity_type", LogValue.Of(activity.Type));
        trace?.SetTag("bot.activity_id", LogValue.Of(activity.Id));

        var outcome = "error";
        TurnResult? result = null;
        IAsyncDisposable? held = null;
        try
        {
            held = await turnLock.AcquireAsync(ConversationKey(activity), cancellationToken);
            var (textAsReceived, valueAsReceived) = (activity.Text, activity.Value);
            for (var attempt = 1; result is null; attempt++)
            {
                // middleware rewrites these (a cut long message, a chosen card option): another attempt starts from what came in
                (activity.Text, activity.Value) = (textAsReceived, valueAsReceived);
                await using var turnScope = scopeFactory.CreateAsyncScope();
                var replies = new HeldReplies(outbound);
                var context = new TurnContext(activity, replies, turnScope.ServiceProvider, timeProvider);
                outcome = await RunHeldTurnAsync(context, replies, turnScope.ServiceProvider, attempt, cancellationToken);
                if (outcome == "conflict")
                {
                    telemetry.RecordRerun(LogValue.Of(activity.ChannelId));
                    continue;
                }

                result = new TurnResult(context.InvokeResponse, context.Responded);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            outcome = "cancelled";
            throw;
        }
        catch (Exception exception) when (held is null)
        {
            // the turn never got its place in the conversation's order
            LogTurnFailed(logger, exception.GetType().Name, LogValue.Of(activity.ChannelId), LogValue.Of(activity.Conversation?.Id), LogValue.Of(activity.Id), exception);
            await using var turnScope = scopeFactory.CreateAsyncScope();
            var context = new TurnContext(activity, outbound, turnScope.ServiceProvider, timeProvider);
            await HandleErrorAsync(context, turnScope.ServiceProvider, exception, cancellationToken);
            result = new TurnResult(context.InvokeResponse, context.Responded);
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

        return result;
    }

    /// <summary>
    /// One attempt of the turn while it holds the conversation's place: the middleware and the bot, the completions
    /// (the save), then the held replies and the turn's aftermath; on failure the error handlers, so whatever they
    /// change (a reset) is done before the conversation's next turn starts. "conflict" asks for another attempt.
    /// </summary>
    private async Task<string> RunHeldTurnAsync(TurnContext context, HeldReplies replies, IServiceProvider services, int attempt, CancellationToken cancellationToken)
    {
        var completions = services.GetServices<ITurnCompletion>().ToArray();
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

            await DeliverOrUndoAsync(context, replies, completions, cancellationToken);
            if (services.GetService<TurnAftermath>() is { } aftermath)
            {
                await aftermath.RunAsync(cancellationToken);
            }

            return "ok";
        }
        catch (TurnStateConflictException) when (attempt < MaxAttempts && !cancellationToken.IsCancellationRequested)
        {
            replies.Drop();
            return "conflict";
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var activity = context.Activity;
            LogTurnFailed(logger, exception.GetType().Name, LogValue.Of(activity.ChannelId), LogValue.Of(activity.Conversation?.Id), LogValue.Of(activity.Id), exception);

            // nothing was saved, so nothing the turn said goes out; the calm message (with 112 and Veilig Thuis) does
            replies.Drop();
            await HandleErrorAsync(context, services, exception, cancellationToken);
            await DeliverQuietlyAsync(context, replies, cancellationToken);
            return "error";
        }
    }

    private async Task DeliverOrUndoAsync(TurnContext context, HeldReplies replies, IReadOnlyList<ITurnCompletion> completions, CancellationToken cancellationToken)
    {
        try
        {
            await replies.DeliverAsync(cancellationToken);
        }
        catch (Exception undelivered) when (undelivered is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            foreach (var completion in completions)
            {
                try
                {
                    await completion.OnRepliesUndeliveredAsync(context, cancellationToken);
                }
                catch (Exception undoException) when (undoException is not OperationCanceledException)
                {
                    LogUndoFailed(logger, completion.GetType().Name, LogValue.Of(context.Activity.ChannelId), LogValue.Of(context.Activity.Conversation?.Id), undoException);
                }
            }

            throw;
        }
    }

    private async Task DeliverQuietlyAsync(TurnContext context, HeldReplies replies, CancellationToken cancellationToken)
    {
        try
        {
            await replies.DeliverAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogErrorHandlerFailed(logger, nameof(HeldReplies), LogValue.Of(context.Activity.ChannelId), LogValue.Of(context.Activity.Conversation?.Id), exception);
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

    [LoggerMessage(EventId = 1004, Level = LogLevel.Error, Message = "Undoing the save of a turn whose replies were not delivered failed in {Completion} (channel {ChannelId}, conversation {ConversationId})")]
    private static partial void LogUndoFailed(ILogger logger, string completion, string? channelId, string? conversationId, Exception exception);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Error, Message = "Turn error handler {Handler} failed (channel {ChannelId}, conversation {ConversationId})")]
    private static partial void LogErrorHandlerFailed(ILogger logger, string handler, string? channelId, string? conversationId, Exception exception);
}

/// <summary>What the caller of a turn needs afterwards: the invoke answer, and whether anything was sent.</summary>
public sealed record TurnResult(InvokeResponse? InvokeResponse, bool Responded);
