namespace TakeABreak.Signalering.Tests.Safety;

/// <summary>Finds the repository's folders from the test's output folder.</summary>
internal static class RepositoryFolders
{
    private static readonly Lazy<string> Root = new(() =>
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "TakeABreak.Bot.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("TakeABreak.Bot.sln not found above " + AppContext.BaseDirectory);
    });

    public static string Dialogs => Path.Combine(Root.Value, "dialogs");

    public static string SafetyTests => Path.Combine(Root.Value, "tests", "TakeABreak.Signalering.Tests", "Safety");
}
