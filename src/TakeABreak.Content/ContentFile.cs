using TakeABreak.Signalering.Content;

namespace TakeABreak.Signalering.Assessment;

/// <summary>
/// Reads one signals or assessment file and checks it against its published schema and its
/// <c>$schema</c> reference. Problems go to the error list; the document comes back only when it is fit to read further.
/// </summary>
internal static class AssessmentContentFile
{
    public static YamlContentDocument? Read(string dialogsRoot, string relativePath, string schemaFileName, List<ContentError> errors)
    {
        var path = Path.Combine(dialogsRoot, relativePath);
        if (!File.Exists(path))
        {
            errors.Add(new ContentError(relativePath, 0, "the file is missing"));
            return null;
        }

        var text = File.ReadAllText(path);
        YamlContentDocument? document;
        try
        {
            document = YamlContentDocument.Parse(relativePath, text, errors);
        }
        catch (InvalidOperationException)
        {
            errors.Add(new ContentError(relativePath, YamlSyntaxLine.Find(text), "YAML syntax: the text after this line cannot be read; look for an unclosed bracket or quote"));
            return null;
        }

        var schema = ContentSchemas.Load(dialogsRoot, schemaFileName, errors);
        if (document is null || schema is null)
        {
            return null;
        }

        var schemaErrors = document.ValidateAgainst(schema).Select(Clarify).ToList();
        errors.AddRange(schemaErrors);
        if (schemaErrors.Count > 0)
        {
            return null;
        }

        CheckSchemaReference(document, relativePath, schemaFileName, errors);
        return document;
    }

    private static ContentError Clarify(ContentError error)
    {
        const string UnknownField = "All values fail against the false schema";
        const string BadPattern = "The string value is not a match for the indicated regular expression";
        return error.Message.EndsWith(UnknownField, StringComparison.Ordinal)
            ? error with { Message = error.Message[..^UnknownField.Length] + "this field is not known here (a typo?)" }
            : error.Message.EndsWith(BadPattern, StringComparison.Ordinal)
                ? error with { Message = error.Message[..^BadPattern.Length] + "ids are lower_snake_case: a-z, 0-9 and _" }
                : error;
    }

    private static void CheckSchemaReference(YamlContentDocument document, string relativePath, string schemaFileName, List<ContentError> errors)
    {
        var folderDepth = relativePath.Count(character => character == '/');
        var expected = string.Concat(Enumerable.Repeat("../", folderDepth)) + ContentSchemas.FolderName + "/" + schemaFileName;
        var actual = document.Root!["$schema"]!.GetValue<string>();
        if (actual != expected)
        {
            errors.Add(new ContentError(document.File, document.LineOf("/$schema"), $"$schema should be '{expected}', not '{actual}'"));
        }
    }
}
