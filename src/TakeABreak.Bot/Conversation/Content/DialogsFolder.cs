using Microsoft.Extensions.Options;

namespace TakeABreak.Bot.Conversation.Content;

/// <summary>Finds the dialogs/ folder: the configured path, or the nearest "dialogs" folder at or above the start folders.</summary>
public static class DialogsFolder
{
    public const string Name = "dialogs";

    /// <summary>The dialogs folder for this host: configured in Conversation:DialogsPath, or found near the app.</summary>
    public static string For(IServiceProvider provider) =>
        Find(
            provider.GetRequiredService<IOptions<ConversationOptions>>().Value.DialogsPath,
            provider.GetService<IHostEnvironment>()?.ContentRootPath,
            AppContext.BaseDirectory,
            Directory.GetCurrentDirectory());

    /// <exception cref="DirectoryNotFoundException">No dialogs folder was found.</exception>
    public static string Find(string? configuredPath, params string?[] startFolders)
    {
        if (!string.IsNullOrWhiteSpace(configuredPath))
        {
            return Path.GetFullPath(configuredPath);
        }

        foreach (var start in startFolders.OfType<string>())
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                var candidate = Path.Combine(folder.FullName, Name);
                if (File.Exists(Path.Combine(candidate, Dialogs.Content.DialogContentLoader.ConversationFile)))
                {
                    return candidate;
                }
            }
        }

        throw new DirectoryNotFoundException(
            $"No '{Name}' folder with {Dialogs.Content.DialogContentLoader.ConversationFile} was found at or above {string.Join(", ", startFolders)}. Set {ConversationOptions.SectionName}:DialogsPath.");
    }
}
