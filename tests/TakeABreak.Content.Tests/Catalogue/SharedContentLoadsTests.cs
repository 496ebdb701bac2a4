using TakeABreak.Bot.Conversation.Content;

namespace TakeABreak.Content.Tests.Catalogue;

/// <summary>
/// The host begins reading its dialogs folder before it is composed, and hosts of one process share the load of a folder
/// whose files did not change; a changed file is read again, and broken content is reported to every host that loads it.
/// </summary>
public sealed class SharedContentLoadsTests : IDisposable
{
    private readonly BrokenDialogsFolder _dialogs = new();

    public void Dispose() => _dialogs.Dispose();

    [Fact]
    public void A_load_begun_earlier_is_the_one_the_host_gets()
    {
        SharedContentLoads.Begin(_dialogs.Path);

        Assert.Same(SharedContentLoads.Load(_dialogs.Path), SharedContentLoads.Load(_dialogs.Path));
    }

    [Fact]
    public void A_changed_file_is_read_again()
    {
        var before = SharedContentLoads.Load(_dialogs.Path);
        File.AppendAllText(Path.Combine(_dialogs.Path, "strings/conversation.yaml"), "# a comment\n");

        Assert.NotSame(before, SharedContentLoads.Load(_dialogs.Path));
    }

    [Fact]
    public void Broken_content_is_reported_to_every_load_and_read_again_once_mended()
    {
        _dialogs.Replace("flows/main.yaml", "          into: teams_start\n", "          intoo: teams_start\n");

        var first = Assert.Throws<ContentValidationException>(() => SharedContentLoads.Load(_dialogs.Path));
        var second = Assert.Throws<ContentValidationException>(() => SharedContentLoads.Load(_dialogs.Path));
        Assert.Contains(first.Errors, error => error.File.EndsWith("flows/main.yaml", StringComparison.Ordinal));
        Assert.Contains(second.Errors, error => error.File.EndsWith("flows/main.yaml", StringComparison.Ordinal));

        _dialogs.Replace("flows/main.yaml", "          intoo: teams_start\n", "          into: teams_start\n");
        Assert.NotNull(SharedContentLoads.Load(_dialogs.Path));
    }
}
