namespace TakeABreak.BotFramework.Turns;

/// <summary>A step of the turn pipeline that runs before (and around) the bot. Call <c>next</c> to continue the turn.</summary>
public interface IMiddleware
{
    Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken);
}

public delegate Task NextDelegate(CancellationToken cancellationToken);
