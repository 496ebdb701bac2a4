using TakeABreak.Bot.Conversation.Content;

namespace TakeABreak.Content.Tests;

/// <summary>The repository's dialogs/ folder, found from the test's folder upwards.</summary>
internal static class ContentFolder
{
    public static string Path { get; } = DialogsFolder.Find(null, AppContext.BaseDirectory);
}
