using TakeABreak.Bot.Testing;

namespace TakeABreak.Signalering.Tests.Safety;

/// <summary>The repository's folders the safety tests read.</summary>
internal static class RepositoryFolders
{
    public static string Dialogs => RepositoryRoot.Combine("dialogs");

    public static string SafetyTests => RepositoryRoot.Combine("tests", "TakeABreak.Signalering.Tests", "Safety");
}
