namespace TakeABreak.Bot.Testing;

/// <summary>The repository's root folder (the one holding TakeABreak.Bot.sln), found once above the test binaries.</summary>
public static class RepositoryRoot
{
    public const string SolutionFile = "TakeABreak.Bot.sln";

    private static readonly Lazy<string> Found = new(Find);

    public static string Path => Found.Value;

    /// <summary>A path inside the repository, e.g. <c>Combine("src", "TakeABreak.Bot")</c>.</summary>
    public static string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(folder.FullName, SolutionFile)))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No {SolutionFile} above {AppContext.BaseDirectory}.");
    }
}
