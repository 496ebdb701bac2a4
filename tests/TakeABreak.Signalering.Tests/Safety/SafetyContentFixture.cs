using TakeABreak.Signalering.Safety;

namespace TakeABreak.Signalering.Tests.Safety;

/// <summary>The real safety content from dialogs/, loaded once per test class.</summary>
public sealed class SafetyContentFixture
{
    public SafetyContent Content { get; } = SafetyContentLoader.Load(RepositoryFolders.Dialogs);

    public DangerDetector Detector => Content.Detector;
}
