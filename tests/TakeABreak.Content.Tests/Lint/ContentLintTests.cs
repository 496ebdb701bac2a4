using TakeABreak.Bot.Conversation.Content;

namespace TakeABreak.Content.Tests.Lint;

public class ContentLintTests
{
    [Fact]
    public void The_dialogs_folder_has_no_problems()
    {
        var problems = ContentLint.Check(ContentFolder.Path);

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void Lint_prints_ok_and_exits_with_zero_for_good_content()
    {
        var output = new StringWriter();

        var exitCode = ContentLint.Run(ContentFolder.Path, output);

        Assert.Equal(0, exitCode);
        Assert.Contains("dialogs OK", output.ToString(), StringComparison.Ordinal);
    }
}
