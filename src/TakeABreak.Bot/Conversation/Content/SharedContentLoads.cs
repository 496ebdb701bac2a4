namespace TakeABreak.Bot.Conversation.Content;

/// <summary>
/// Loads of dialogs folders shared within one process. The host begins the load of its folder before it is built
/// (<see cref="ContentLoadingWebApplicationBuilderExtensions.BeginLoadingContent"/>), so the content is read while the
/// host is composed instead of after; a host that starts later in the same process (tests start hundreds) joins the load
/// of the same folder as long as none of its files changed. A load that failed is never joined: the next one reads again.
/// </summary>
public static class SharedContentLoads
{
    private const int LoadsKept = 4;
    private static readonly Lock Gate = new();
    private static readonly List<SharedLoad> Loads = [];

    /// <summary>Starts reading the folder on the thread pool, unless a load of it as it is now has begun already.</summary>
    public static void Begin(string dialogsFolder) => _ = Join(dialogsFolder);

    /// <summary>The content of the folder as it is now: from a load that has begun, or read now.</summary>
    /// <exception cref="TakeABreak.Content.ContentValidationException">The content has problems (file, line and what is wrong).</exception>
    public static ContentCatalogue Load(string dialogsFolder) => Join(dialogsFolder).GetAwaiter().GetResult();

    private static Task<ContentCatalogue> Join(string dialogsFolder)
    {
        var folder = Path.GetFullPath(dialogsFolder);
        var files = FolderFingerprint.Of(folder);
        lock (Gate)
        {
            Loads.RemoveAll(load => load.Reading.IsFaulted || load.Reading.IsCanceled);
            var shared = Loads.Find(load => load.Folder == folder && load.Files == files);
            if (shared is not null)
            {
                return shared.Reading;
            }

            if (Loads.Count == LoadsKept)
            {
                Loads.RemoveAt(0);
            }

            var reading = Task.Run(() => ContentCatalogue.Load(folder));
            Loads.Add(new SharedLoad(folder, files, reading));
            return reading;
        }
    }

    private sealed record SharedLoad(string Folder, string Files, Task<ContentCatalogue> Reading);

    /// <summary>Every file of the folder with its length and last write time: what a change of the content changes.</summary>
    private static class FolderFingerprint
    {
        public static string Of(string folder) =>
            Directory.Exists(folder)
                ? string.Join('\n', new DirectoryInfo(folder).EnumerateFiles("*", SearchOption.AllDirectories)
                    .Select(file => $"{Path.GetRelativePath(folder, file.FullName)}\t{file.Length}\t{file.LastWriteTimeUtc.Ticks}")
                    .Order(StringComparer.Ordinal))
                : string.Empty;
    }
}
