using TakeABreak.Bot.Consultations.Actions;
using TakeABreak.Bot.Conversation.Actions;
using TakeABreak.Bot.Conversation.Sources;
using TakeABreak.Bot.Conversation.Suggestions;
using TakeABreak.Dialogs.Content;
using TakeABreak.Signalering.Assessment;
using TakeABreak.Signalering.Safety;

namespace TakeABreak.Bot.Conversation.Content;

/// <summary>
/// The lint command for content editors (<c>dotnet run --project src/TakeABreak.Bot -- lint [dialogs folder]</c>): the
/// same checks as at start-up, every problem printed as "file:line: message".
/// </summary>
public static class ContentLint
{
    /// <summary>The names the conversation registers; the content may use these and no others.</summary>
    public static RegisteredExtensions Extensions { get; } = new(
        new HashSet<string>([AssessUrgencyAction.ActionName, ExplainSpecialTopicsAction.ActionName, RecordFeedbackAction.ActionName, AdoptSuggestedSignalsAction.ActionName, .. ConsultationActionNames.All, .. TakeABreak.Bot.Teams.TeamsServiceCollectionExtensions.ActionNames]),
        new HashSet<string> { AboutOptionSource.SourceName, SignalOptionSource.SourceName },
        new HashSet<string> { ContextQuestionSource.SourceName, SuggestedSignalsQuestion.SourceName });

    /// <summary>Every problem in dialogs/: the conversation (flows, strings) and the assessment content (signals, context, urgency) and the safety guard (lexicon, rules, messages).</summary>
    public static IReadOnlyList<string> Check(string dialogsDirectory) =>
        DialogContentLoader.Validate(dialogsDirectory, Extensions).Select(error => error.ToString())
            .Concat(AssessmentContentLoader.Validate(dialogsDirectory).Select(error => error.ToString()))
            .Concat(SafetyContentLoader.Validate(dialogsDirectory).Select(error => error.ToString()))
            .ToList();

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
