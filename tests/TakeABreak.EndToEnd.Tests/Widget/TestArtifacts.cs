namespace TakeABreak.EndToEnd.Tests.Widget;

/// <summary>Where screenshots and measurements go: beside the test assembly, never in the repository.</summary>
internal static class TestArtifacts
{
    public static string Directory => Path.Combine(AppContext.BaseDirectory, "TestResults");
}
