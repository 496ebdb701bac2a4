namespace TakeABreak.Bot.Conversation;

public sealed class ConversationOptions
{
    public const string SectionName = "Conversation";

    /// <summary>
    /// The dialogs/ folder. Default: none, which means the nearest folder named "dialogs" (holding conversation.yaml) in
    /// the content root, the app folder, or a folder above them.
    /// </summary>
    public string? DialogsPath { get; set; }
}
