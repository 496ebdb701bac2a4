using TakeABreak.Signalering.Assessment;

namespace TakeABreak.Signalering.Tests.Assessment;

/// <summary>The real dialogs/ folder of this repository, found from the test's output folder.</summary>
internal static class RepositoryDialogs
{
    public static string Directory { get; } = Locate();

    private static readonly Lazy<AssessmentContent> LoadedContent = new(() => AssessmentContentLoader.Load(Locate()));

    public static AssessmentContent Content => LoadedContent.Value;

    private static string Locate()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "dialogs");
            if (File.Exists(Path.Combine(candidate, "signals", "catalogue.yaml")))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException($"No dialogs/signals/catalogue.yaml above {AppContext.BaseDirectory}.");
    }
}
