using System.Security.Cryptography;
using System.Text;

namespace TakeABreak.Dialogs.Content;

/// <summary>
/// Loads dialogs/conversation.yaml, dialogs/flows/*.yaml and dialogs/strings/*.yaml, checks each file against its schema
/// in dialogs/schemas/, then checks the whole: every id referenced exists, every locale has every string, every step is
/// reachable. The host (at start-up) and the lint command share this.
/// </summary>
public static class DialogContentLoader
{
    public const string ConversationFile = "conversation.yaml";
    public const string FlowsFolder = "flows";
    public const string StringsFolder = "strings";

    /// <summary>Every problem in the content; empty when all is well.</summary>
    public static IReadOnlyList<ContentError> Validate(string dialogsDirectory, RegisteredExtensions extensions) =>
        ContentReading.Problems(errors => Read(dialogsDirectory, extensions, errors));

    /// <exception cref="ContentValidationException">The content has problems; each names file, line and what is wrong.</exception>
    public static DialogContent Load(string dialogsDirectory, RegisteredExtensions extensions) =>
        ContentReading.Load(errors => Read(dialogsDirectory, extensions, errors));

    /// <summary>Reads the conversation content; every problem goes to <paramref name="errors"/> and the result is then null.</summary>
    /// <param name="schemaCheck">Left out only for content that passed the same schema checks before (<see cref="ContentStamp"/>).</param>
    public static DialogContent? Read(string directory, RegisteredExtensions extensions, ICollection<ContentError> errors, SchemaCheck schemaCheck = SchemaCheck.Run)
    {
        if (!Directory.Exists(directory))
        {
            errors.Add(new ContentError(directory, 0, "the dialogs folder does not exist"));
            return null;
        }

        var errorCount = errors.Count;
        var flowPaths = ContentFile.In(directory, FlowsFolder);
        var stringPaths = ContentFile.In(directory, StringsFolder);
        if (flowPaths.Count == 0)
        {
            errors.Add(new ContentError(FlowsFolder + "/", 0, "there are no flow files (*.yaml)"));
        }

        var conversation = ContentFile.Read(directory, ConversationFile, "conversation.schema.json", errors, schemaCheck);
        var flows = flowPaths.Select(path => ContentFile.Read(directory, path, "flow.schema.json", errors, schemaCheck)).ToList();
        var strings = stringPaths.Select(path => ContentFile.Read(directory, path, "strings.schema.json", errors, schemaCheck)).ToList();
        if (conversation is null)
        {
            return null;
        }

        // Each file that is fit to read is read, so that its own problems show now; the checks across files need them all.
        var reader = new ContentReader(errors);
        var settings = reader.ReadConversation(conversation);
        var stringTable = reader.ReadStrings(strings.OfType<YamlDocument>().ToList(), settings.Locales);
        var dialogs = reader.ReadFlows(flows.OfType<YamlDocument>().ToList());
        if (flows.Any(flow => flow is null) || strings.Any(file => file is null))
        {
            return null;
        }
        var content = new DialogContent
        {
            Version = Fingerprint(directory, [ConversationFile, .. flowPaths, .. stringPaths]),
            Locales = settings.Locales,
            StartDialog = settings.StartDialog,
            StartEvents = settings.StartEvents,
            MaxAttempts = settings.MaxAttempts,
            Interruptions = settings.Interruptions,
            Dialogs = dialogs.ToDictionary(dialog => dialog.Definition.Id, dialog => dialog.Definition, StringComparer.Ordinal),
            Strings = new LocalizedStrings(stringTable),
        };
        new ContentReferenceChecker(content, dialogs, settings, extensions, errors).Check();
        return errors.Count == errorCount ? content : null;
    }

    private static string Fingerprint(string directory, IEnumerable<string> relativePaths)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var path in relativePaths)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(path + "\n"));
            hash.AppendData(File.ReadAllBytes(Path.Combine(directory, path)));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset())[..16];
    }
}
