using TakeABreak.BotFramework.Schema;

namespace TakeABreak.BotFramework.Turns;

/// <summary>
/// Where a turn's outgoing activities go: the Connector REST API of the channel, the HTTP response
/// (<c>expectReplies</c>), or the local Direct Line in the same process.
/// </summary>
public interface IOutboundActivities
{
    Task<IReadOnlyList<ResourceResponse>> SendAsync(IReadOnlyList<Activity> activities, CancellationToken cancellationToken);

    Task<ResourceResponse> UpdateAsync(Activity activity, CancellationToken cancellationToken);

    Task DeleteAsync(ConversationReference reference, string activityId, CancellationToken cancellationToken);
}
