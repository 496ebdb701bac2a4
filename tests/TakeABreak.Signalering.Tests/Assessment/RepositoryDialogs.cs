using TakeABreak.Bot.Testing;
using TakeABreak.Signalering.Assessment;

namespace TakeABreak.Signalering.Tests.Assessment;

/// <summary>The real dialogs/ folder of this repository.</summary>
internal static class RepositoryDialogs
{
    private static readonly Lazy<AssessmentContent> LoadedContent = new(() => AssessmentContentLoader.Load(Directory));

    public static string Directory => RepositoryRoot.Combine("dialogs");

    public static AssessmentContent Content => LoadedContent.Value;
}
