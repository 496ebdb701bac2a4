using TakeABreak.Bot.Conversation.Content;

namespace TakeABreak.Content.Tests.Catalogue;

/// <summary>
/// A publish lints dialogs/ and stamps what passed (<c>lint --stamp</c>); the published host then leaves out the JSON
/// schema step for exactly those files and runs it again for anything else. (That a changed, broken file is still
/// reported with file and line is in <see cref="BrokenContentTests"/>, through <c>StartUpAfterPublish</c>.)
/// </summary>
public sealed class ContentStampTests : IDisposable
{
    private readonly BrokenDialogsFolder _dialogs = new();

    public void Dispose() => _dialogs.Dispose();

    private string StampFile => Path.Combine(_dialogs.Path, ContentStamp.FileName);

    [Fact]
    public void Without_a_stamp_start_up_checks_every_file_against_its_schema()
    {
        Assert.Equal(SchemaCheck.Run, ContentCatalogue.Load(_dialogs.Path).SchemaCheck);
    }

    [Fact]
    public void Lint_with_stamp_stamps_good_content_and_start_up_then_leaves_out_the_schema_step()
    {
        Assert.True(ContentLint.TryRun(["lint", _dialogs.Path, ContentLint.StampOption], Configuration(), Environment(), new StringWriter(), out var exitCode));

        Assert.Equal(0, exitCode);
        Assert.Equal(SchemaCheck.AlreadyPassed, ContentCatalogue.Load(_dialogs.Path).SchemaCheck);
    }

    [Fact]
    public void Lint_without_stamp_writes_none()
    {
        ContentLint.Run(_dialogs.Path, new StringWriter());

        Assert.False(File.Exists(StampFile));
    }

    [Fact]
    public void Broken_content_gets_no_stamp()
    {
        _dialogs.Replace("flows/main.yaml", "          into: teams_start\n", "          intoo: teams_start\n");

        var exitCode = ContentLint.Run(_dialogs.Path, new StringWriter(), writeStamp: true);

        Assert.Equal(1, exitCode);
        Assert.False(File.Exists(StampFile));
    }

    [Fact]
    public void Any_change_to_a_file_after_the_stamp_brings_every_check_back()
    {
        ContentLint.Run(_dialogs.Path, new StringWriter(), writeStamp: true);
        File.AppendAllText(Path.Combine(_dialogs.Path, "strings/conversation.yaml"), "# a comment changes nothing but the bytes\n");

        Assert.Equal(SchemaCheck.Run, ContentCatalogue.Load(_dialogs.Path).SchemaCheck);
    }

    [Fact]
    public void A_changed_schema_brings_every_check_back()
    {
        ContentLint.Run(_dialogs.Path, new StringWriter(), writeStamp: true);
        File.AppendAllText(Path.Combine(_dialogs.Path, "schemas/flow.schema.json"), "\n");

        Assert.Equal(SchemaCheck.Run, ContentCatalogue.Load(_dialogs.Path).SchemaCheck);
    }

    [Fact]
    public void An_added_file_brings_every_check_back()
    {
        ContentLint.Run(_dialogs.Path, new StringWriter(), writeStamp: true);
        File.WriteAllText(Path.Combine(_dialogs.Path, "flows/notes.md"), "not content, but not what was stamped either\n");

        Assert.Equal(SchemaCheck.Run, ContentCatalogue.Load(_dialogs.Path).SchemaCheck);
    }

    [Fact]
    public void A_stamp_that_is_not_the_folders_own_brings_every_check_back()
    {
        File.WriteAllText(StampFile, new string('0', 64));

        Assert.Equal(SchemaCheck.Run, ContentCatalogue.Load(_dialogs.Path).SchemaCheck);
    }

    [Fact]
    public void Lint_itself_always_checks_every_file_against_its_schema_stamp_or_not()
    {
        _dialogs.Replace("flows/main.yaml", "          into: teams_start\n", "          intoo: teams_start\n");
        ContentStamp.Write(_dialogs.Path); // a stamp that lies: this content never passed

        var problems = ContentLint.Check(_dialogs.Path);

        Assert.Contains(problems, problem => problem.Contains("'choice/intoo' is not a known field here", StringComparison.Ordinal));
    }

    [Fact]
    public void The_stamp_leaves_out_only_the_schema_step_the_checks_across_files_still_run()
    {
        _dialogs.Replace("flows/main.yaml", "next: teams_meldcode }", "next: teams_meldcod }");
        ContentStamp.Write(_dialogs.Path); // a stamp that lies: this content never passed

        var invalid = Assert.Throws<ContentValidationException>(() => ContentCatalogue.Load(_dialogs.Path));

        Assert.Contains(invalid.Errors, error => error.ToString().Contains("points to step 'teams_meldcod', which does not exist", StringComparison.Ordinal));
    }

    private static Microsoft.Extensions.Configuration.IConfiguration Configuration() =>
        new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build();

    private static Microsoft.Extensions.Hosting.IHostEnvironment Environment() =>
        new Microsoft.Extensions.Hosting.Internal.HostingEnvironment { ContentRootPath = System.IO.Path.GetTempPath() };
}
