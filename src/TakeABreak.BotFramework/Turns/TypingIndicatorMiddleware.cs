using Microsoft.Extensions.Options;
using TakeABreak.BotFramework.Schema;

namespace TakeABreak.BotFramework.Turns;

/// <summary>Shows "typing…" while a message turn takes longer than <see cref="TypingIndicatorOptions.Delay"/>.</summary>
public sealed class TypingIndicatorMiddleware(IOptions<TypingIndicatorOptions> options, TimeProvider timeProvider) : IMiddleware
{
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        if (!activity.IsType(ActivityTypes.Message) || string.Equals(activity.DeliveryMode, DeliveryModes.ExpectReplies, StringComparison.OrdinalIgnoreCase))
        {
            await next(cancellationToken);
            return;
        }

        using var turnEnded = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var typing = SendTypingWhileBusyAsync(turnContext, turnEnded.Token);
        try
        {
            await next(cancellationToken);
        }
        finally
        {
            await turnEnded.CancelAsync();
            await typing;
        }
    }

    private async Task SendTypingWhileBusyAsync(ITurnContext turnContext, CancellationToken turnEnded)
    {
        try
        {
            await Task.Delay(options.Value.Delay, timeProvider, turnEnded);
            while (!turnEnded.IsCancellationRequested)
            {
                await turnContext.SendActivityAsync(new Activity { Type = ActivityTypes.Typing }, turnEnded);
                await Task.Delay(options.Value.Period, timeProvider, turnEnded);
            }
        }
        catch (OperationCanceledException)
        {
            // the turn ended: stop typing
        }
    }
}

public sealed class TypingIndicatorOptions
{
    public const string SectionName = "Bot:Typing";

    /// <summary>How long a turn may take before "typing…" shows. Default 1 second.</summary>
    public TimeSpan Delay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How often "typing…" is repeated while the turn goes on. Default 3 seconds.</summary>
    public TimeSpan Period { get; set; } = TimeSpan.FromSeconds(3);
}
