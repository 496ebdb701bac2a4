namespace TakeABreak.BotFramework.Turns;

/// <summary>The application logic that handles one turn.</summary>
public interface IBot
{
    Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken);
}
