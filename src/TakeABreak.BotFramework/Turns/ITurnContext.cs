using TakeABreak.BotFramework.Schema;

namespace TakeABreak.BotFramework.Turns;

/// <summary>Everything one turn may use: the incoming activity, the way back to the channel and turn-scoped services.</summary>
public interface ITurnContext
{
    Activity Activity { get; }

    /// <summary>The turn's DI scope.</summary>
    IServiceProvider Services { get; }

    /// <summary>Values shared by middleware and the bot during this turn only.</summary>
    IDictionary<string, object?> TurnState { get; }

    /// <summary>True once any activity was sent in this turn.</summary>
    bool Responded { get; }

    /// <summary>The answer to an <c>invoke</c> activity; none means 501.</summary>
    InvokeResponse? InvokeResponse { get; set; }

    Task<ResourceResponse> SendActivityAsync(Activity activity, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<ResourceResponse>> SendActivitiesAsync(IReadOnlyList<Activity> activities, CancellationToken cancellationToken = default);

    Task<ResourceResponse> UpdateActivityAsync(Activity activity, CancellationToken cancellationToken = default);

    Task DeleteActivityAsync(string activityId, CancellationToken cancellationToken = default);

    /// <summary>Registers a hook that sees (and may change) every batch of outgoing activities of this turn.</summary>
    void OnSendActivities(SendActivitiesHandler handler);
}

public delegate Task<IReadOnlyList<ResourceResponse>> SendActivitiesHandler(
    ITurnContext turnContext,
    IReadOnlyList<Activity> activities,
    Func<Task<IReadOnlyList<ResourceResponse>>> next);
