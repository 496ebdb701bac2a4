using TakeABreak.Content;
using TakeABreak.Dialogs.Content;
using TakeABreak.Signalering.Assessment;
using TakeABreak.Signalering.Safety;

namespace TakeABreak.Bot.Conversation.Content;

/// <summary>
/// All content of the dialogs folder, read and checked in one go: the conversation (conversation.yaml, flows/, strings/),
/// the assessment (signals/, assessment/) and the safety guard (safety/). The host loads it at start-up and the lint
/// command checks it, through this one entry point, so they cannot disagree; both report every problem at once.
/// Start-up leaves out only the JSON schema step, and only for files that hash to the stamp <c>lint --stamp</c> wrote
/// after they passed every check (<see cref="ContentStamp"/>, at publish); lint always runs every check.
/// </summary>
public sealed record ContentCatalogue(DialogContent Dialogs, AssessmentContent Assessment, SafetyContent Safety)
{
    /// <summary>Whether this load checked the files against their schemas, or found them to be what passed before.</summary>
    public SchemaCheck SchemaCheck { get; private init; }

    /// <summary>Every problem in the dialogs folder, in file order per part; empty when all is well.</summary>
    public static IReadOnlyList<ContentError> Validate(string dialogsFolder) =>
        ContentReading.Problems(errors => Read(dialogsFolder, errors, SchemaCheck.Run));

    /// <exception cref="ContentValidationException">The content has problems; it lists every one with file, line and what is wrong.</exception>
    public static ContentCatalogue Load(string dialogsFolder) =>
        ContentReading.Load(errors => Read(dialogsFolder, errors, Directory.Exists(dialogsFolder) ? ContentStamp.SchemaCheckFor(dialogsFolder) : SchemaCheck.Run));

    private static ContentCatalogue? Read(string dialogsFolder, ICollection<ContentError> errors, SchemaCheck schemaCheck)
    {
        if (!Directory.Exists(dialogsFolder))
        {
            errors.Add(new ContentError(dialogsFolder, 0, "the dialogs folder does not exist"));
            return null;
        }

        var found = new List<ContentError>();
        var conversation = ReadingAside<DialogContent>.Start(errors => DialogContentLoader.Read(dialogsFolder, HostDialogExtensions.Names, errors, schemaCheck));
        var safetyFound = new List<ContentError>();
        var safety = SafetyContentLoader.Read(dialogsFolder, safetyFound, schemaCheck);
        var dialogs = conversation.Join(found);
        found.AddRange(safetyFound);
        var assessment = AssessmentContentLoader.Read(dialogsFolder, found, safety?.RuleIds, schemaCheck);

        // Named as from the folder above, the way editors see them: "dialogs/flows/main.yaml".
        var folderName = new DirectoryInfo(dialogsFolder).Name;
        foreach (var error in found)
        {
            errors.Add(error with { File = folderName + "/" + error.File });
        }

        return dialogs is not null && assessment is not null && safety is not null ? new ContentCatalogue(dialogs, assessment, safety) { SchemaCheck = schemaCheck } : null;
    }
}
