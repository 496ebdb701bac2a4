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
    public const string SchemasFolder = "schemas";

    /// <summary>Every problem in the content; empty when all is well.</summary>
    public static IReadOnlyList<ContentError> Validate(string dialogsDirectory, RegisteredExtensions extensions)
    {
        var errors = new List<ContentError>();
        Read(dialogsDirectory, extensions, errors);
        return errors;
    }

    /// <exception cref="ContentValidationException">The content has problems; each names file, line and what is wrong.</exception>
    public static DialogContent Load(string dialogsDirectory, RegisteredExtensions extensions)
    {
        var errors = new List<ContentError>();
        var content = Read(dialogsDirectory, extensions, errors);
        return errors.Count == 0 && content is not null ? content : throw new ContentValidationException(errors);
    }

    private static DialogContent? Read(string directory, RegisteredExtensions extensions, List<ContentError> errors)
    {
        if (!Directory.Exists(directory))
        {
            errors.Add(new ContentError(directory, 1, "The dialogs folder does not exist."));
            return null;
        }

        var conversationPath = Path.Combine(directory, ConversationFile);
        var flowPaths = Files(directory, FlowsFolder);
        var stringPaths = Files(directory, StringsFolder);
        if (!File.Exists(conversationPath))
        {
            errors.Add(new ContentError(conversationPath, 1, "The file is missing."));
            return null;
        }

        if (flowPaths.Count == 0)
        {
            errors.Add(new ContentError(Path.Combine(directory, FlowsFolder), 1, "There are no flow files (*.yaml)."));
        }

        var conversation = ReadFile(directory, conversationPath, "conversation.schema.json", errors);
        var flows = flowPaths.Select(path => ReadFile(directory, path, "flow.schema.json", errors)).ToList();
        var strings = stringPaths.Select(path => ReadFile(directory, path, "strings.schema.json", errors)).ToList();
        if (conversation is null || flows.Any(flow => flow is null) || strings.Any(file => file is null))
        {
            return null;
        }

        var reader = new ContentReader(errors);
        var settings = reader.ReadConversation(conversation);
        var stringTable = reader.ReadStrings(strings!, settings.Locales);
        var dialogs = reader.ReadFlows(flows!);
        var content = new DialogContent
        {
            Version = Fingerprint(directory, [conversationPath, .. flowPaths, .. stringPaths]),
            Locales = settings.Locales,
            StartDialog = settings.StartDialog,
            StartEvents = settings.StartEvents,
            MaxAttempts = settings.MaxAttempts,
            Interruptions = settings.Interruptions,
            Dialogs = dialogs.ToDictionary(dialog => dialog.Definition.Id, dialog => dialog.Definition, StringComparer.Ordinal),
            Strings = new LocalizedStrings(stringTable, settings.Locales[0]),
        };
        new ContentReferenceChecker(content, dialogs, settings, extensions, errors).Check();
        return errors.Count == 0 ? content : null;
    }

    private static List<string> Files(string directory, string folder)
    {
        var path = Path.Combine(directory, folder);
        return Directory.Exists(path)
            ? Directory.GetFiles(path, "*.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList()
            : [];
    }

    private static YamlDocument? ReadFile(string directory, string path, string schemaFile, List<ContentError> errors)
    {
        var document = YamlDocument.Parse(path, File.ReadAllText(path), errors);
        if (document is null)
        {
            return null;
        }

        var schema = ContentSchema.FromFile(Path.Combine(directory, SchemasFolder, schemaFile), errors);
        if (schema is null || !schema.Check(document, errors))
        {
            return null;
        }

        var relative = Path.GetRelativePath(directory, path).Replace('\\', '/');
        var expected = string.Concat(Enumerable.Repeat("../", relative.Count(c => c == '/'))) + SchemasFolder + "/" + schemaFile;
        var actual = document.Root?["$schema"]?.GetValue<string>();
        if (actual != expected)
        {
            errors.Add(new ContentError(path, document.LineOf("/$schema"), $"'$schema' should be '{expected}', not '{actual}'."));
            return null;
        }

        return document;
    }

    private static string Fingerprint(string directory, IEnumerable<string> paths)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var path in paths)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(Path.GetRelativePath(directory, path).Replace('\\', '/') + "\n"));
            hash.AppendData(File.ReadAllBytes(path));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset())[..16];
    }
}
