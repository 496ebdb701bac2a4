using TakeABreak.Content;

namespace TakeABreak.Bot.Conversation.Content;

/// <summary>
/// The lint command for content editors (<c>dotnet run --project src/TakeABreak.Bot -- lint [dialogs folder]</c>): the
/// checks of start-up (<see cref="ContentCatalogue"/>), every problem printed as "file:line (where): what is wrong".
/// With <c>--stamp</c> (the publish runs it on the published folder) it also writes the <see cref="ContentStamp"/> of
/// content that passed, so that the published host can leave out the schema step for exactly these files.
/// </summary>
public static class ContentLint
{
    public const string StampOption = "--stamp";

    /// <summary>Every problem in dialogs/: flows, strings, signals, assessment and safety content.</summary>
    public static IReadOnlyList<string> Check(string dialogsDirectory) =>
        ContentCatalogue.Validate(dialogsDirectory).Select(error => error.ToString()).ToList();

    /// <param name="writeStamp">Write the folder's stamp when (and only when) the content passed every check.</param>
    /// <returns>The process exit code: 0 when the content is fine, 1 when it has problems.</returns>
    public static int Run(string dialogsDirectory, TextWriter output, bool writeStamp = false)
    {
        var problems = Check(dialogsDirectory);
        foreach (var problem in problems)
        {
            output.WriteLine(problem);
        }

        output.WriteLine(problems.Count == 0
            ? $"dialogs OK: {dialogsDirectory}"
            : $"{problems.Count} problem(s) in {dialogsDirectory}");
        if (problems.Count == 0 && writeStamp)
        {
            ContentStamp.Write(dialogsDirectory);
            output.WriteLine($"stamp written: {Path.Combine(dialogsDirectory, ContentStamp.FileName)}");
        }

        return problems.Count == 0 ? 0 : 1;
    }

    /// <summary>For Program.cs: runs the lint when the first argument is "lint" (then optionally the dialogs folder and <c>--stamp</c>).</summary>
    public static bool TryRun(string[] args, IConfiguration configuration, IHostEnvironment environment, TextWriter output, out int exitCode)
    {
        exitCode = 0;
        if (args.Length == 0 || args[0] != "lint")
        {
            return false;
        }

        var folder = args.Skip(1).FirstOrDefault(argument => argument != StampOption);
        var configured = folder ?? configuration[$"{ConversationOptions.SectionName}:{nameof(ConversationOptions.DialogsPath)}"];
        exitCode = Run(
            DialogsFolder.Find(configured, environment.ContentRootPath, AppContext.BaseDirectory, Directory.GetCurrentDirectory()),
            output,
            writeStamp: args.Contains(StampOption));
        return true;
    }
}
