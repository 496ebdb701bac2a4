namespace TakeABreak.Bot.Consultations.Submission;

/// <summary>
/// What the consultation actions need to know about the current turn (scoped per turn): the conversation and
/// channel, and whether this turn stored a request whose confirmation is being sent.
/// </summary>
internal sealed class ConsultationTurn
{
    public string? ConversationKey { get; set; }

    public string? ChannelId { get; set; }

    public bool ConfirmationSent { get; set; }
}
