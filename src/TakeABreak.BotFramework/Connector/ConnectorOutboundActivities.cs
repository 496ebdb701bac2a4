using TakeABreak.BotFramework.Schema;
using TakeABreak.BotFramework.Turns;

namespace TakeABreak.BotFramework.Connector;

/// <summary>Normal delivery: a turn's replies go to the channel through the Connector, one at a time and in order.</summary>
public sealed class ConnectorOutboundActivities(ConnectorClient connector) : IOutboundActivities
{
    public async Task<IReadOnlyList<ResourceResponse>> SendAsync(IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
    {
        var responses = new List<ResourceResponse>(activities.Count);
        foreach (var activity in activities)
        {
            responses.Add(string.IsNullOrEmpty(activity.ReplyToId)
                ? await connector.SendToConversationAsync(activity, cancellationToken)
                : await connector.ReplyToActivityAsync(activity, cancellationToken));
        }

        return responses;
    }

    public Task<ResourceResponse> UpdateAsync(Activity activity, CancellationToken cancellationToken) =>
        connector.UpdateActivityAsync(activity, cancellationToken);

    public Task DeleteAsync(ConversationReference reference, string activityId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        if (string.IsNullOrEmpty(reference.ServiceUrl) || string.IsNullOrEmpty(reference.Conversation?.Id))
        {
            throw new ArgumentException("The conversation reference has no serviceUrl or conversation id.", nameof(reference));
        }

        return connector.DeleteActivityAsync(reference.ServiceUrl, reference.Conversation.Id, activityId, cancellationToken);
    }
}
