namespace TakeABreak.Bot.Conversation.Content;

/// <summary>
/// The lint command for content editors (<c>dotnet run --project src/TakeABreak.Bot -- lint [dialogs folder]</c>): the
/// checks of start-up (<see cref="ContentCatalogue"/>), every problem printed as "file:line (where): what is wrong".
/// </summary>
public static class ContentLint
{
    /// <summary>Every problem in dialogs/: flows, strings, signals, assessment and safety content.</summary>
    public static IReadOnlyList<string> Check(string dialogsDirectory) =>
        ContentCatalogue.Validate(dialogsDirectory).Select(error => error.ToString()).ToList();

    /// <returns>The process exit code: 0 when the content is fine, 1 when it has problems.</returns>
    public static int Run(string dialogsDirectory, TextWriter output)
    {
        var problems = Check(dialogsDirectory);
        foreach (var problem in problems)
        {
            output.WriteLine(problem);
        }

        output.WriteLine(problems.Count == 0
            ? $"dialogs OK: {dialogsDirectory}"
            : $"{problems.Count} problem(s) in {dialogsDirectory}");
        return problems.Count == 0 ? 0 : 1;
    }

    /// <summary>For Program.cs: runs the lint when the first argument is "lint" (optionally followed by the dialogs folder).</summary>
    public static bool TryRun(string[] args, IConfiguration configuration, IHostEnvironment environment, TextWriter output, out int exitCode)
    {
        exitCode = 0;
        if (args.Length == 0 || args[0] != "lint")
        {
            return false;
        }

        var configured = args.Length > 1 ? args[1] : configuration[$"{ConversationOptions.SectionName}:{nameof(ConversationOptions.DialogsPath)}"];
        exitCode = Run(DialogsFolder.Find(configured, environment.ContentRootPath, AppContext.BaseDirectory, Directory.GetCurrentDirectory()), output);
        return true;
    }
}
