namespace TakeABreak.BotFramework.Turns;

/// <summary>Leaves the conversation usable after a turn failed: log with ids, tell the user calmly, reset what got stuck.</summary>
public interface ITurnErrorHandler
{
    Task OnTurnErrorAsync(ITurnContext turnContext, Exception exception, CancellationToken cancellationToken);
}
