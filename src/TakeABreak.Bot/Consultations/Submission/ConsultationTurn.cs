using TakeABreak.BotFramework.Turns;
using TakeABreak.Dialogs.Turns;

namespace TakeABreak.Bot.Consultations.Submission;

/// <summary>
/// What the consultation actions need to know about the current turn (scoped per turn): the conversation and
/// channel, and whether this turn stored a request whose confirmation is being sent.
/// </summary>
internal sealed class ConsultationTurn
{
    public ITurnContext? Context { get; set; }

    public string? ConversationKey { get; set; }

    public string? ChannelId { get; set; }

    public bool ConfirmationSent { get; set; }

    /// <summary>
    /// Makes sure the dialog state the turn works on is still the stored one before a request leaves the conversation:
    /// when another host saved since, the turn runs again from a fresh read (a conflict), and nothing was sent.
    /// </summary>
    public Task EnsureStateCurrentAsync(CancellationToken cancellationToken) =>
        Context is not null && DialogEngine.SessionOf(Context) is { } session ? session.EnsureCurrentAsync(cancellationToken) : Task.CompletedTask;
}
