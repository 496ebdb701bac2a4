using TakeABreak.BotFramework.Schema;
using TakeABreak.BotFramework.Turns;

namespace TakeABreak.BotFramework.DirectLine;

/// <summary>Delivers the bot's activities by appending them to the in-process conversation, where the stream picks them up.</summary>
public sealed class DirectLineOutbound(DirectLineConversation conversation, TimeProvider timeProvider) : IOutboundActivities
{
    public Task<IReadOnlyList<ResourceResponse>> SendAsync(IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
    {
        var responses = new List<ResourceResponse>(activities.Count);
        foreach (var activity in activities)
        {
            if (activity.From is not null)
            {
                activity.From.Role ??= RoleTypes.Bot;
            }

            activity.Id = null;
            responses.Add(new ResourceResponse(conversation.Append(activity, timeProvider.GetUtcNow()).Id));
        }

        return Task.FromResult<IReadOnlyList<ResourceResponse>>(responses);
    }

    public Task<ResourceResponse> UpdateAsync(Activity activity, CancellationToken cancellationToken)
    {
        var replaced = conversation.Replace(activity)
            ?? throw new InvalidOperationException($"Activity '{activity.Id}' is not in Direct Line conversation '{conversation.Id}'.");
        return Task.FromResult(new ResourceResponse(replaced.Id));
    }

    public Task DeleteAsync(ConversationReference reference, string activityId, CancellationToken cancellationToken)
    {
        conversation.Remove(activityId);
        return Task.CompletedTask;
    }
}
