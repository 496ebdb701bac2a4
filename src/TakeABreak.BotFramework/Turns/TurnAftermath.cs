using Microsoft.Extensions.Logging;

namespace TakeABreak.BotFramework.Turns;

/// <summary>
/// What a turn does to the world besides its replies (a count, removing a receipt), done only once the turn's state is
/// saved and its replies delivered, so a turn that runs again after losing its save to another host does it once.
/// Scoped per attempt of a turn. A failure here is logged: the turn itself has succeeded.
/// </summary>
public sealed partial class TurnAftermath(ILogger<TurnAftermath> logger)
{
    private readonly List<(string Name, Func<CancellationToken, Task> Action)> _actions = [];

    public void Add(string name, Func<CancellationToken, Task> action) => _actions.Add((name, action));

    internal async Task RunAsync(CancellationToken cancellationToken)
    {
        foreach (var (name, action) in _actions)
        {
            try
            {
                await action(cancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogFailed(logger, name, exception);
            }
        }

        _actions.Clear();
    }

    [LoggerMessage(EventId = 1003, Level = LogLevel.Error, Message = "After a saved turn, {Action} failed")]
    private static partial void LogFailed(ILogger logger, string action, Exception exception);
}
