namespace TakeABreak.Signalering.Content;

/// <summary>
/// Reads one content file and checks it against its published schema. Problems are added to
/// <paramref name="errors"/>; the document is returned only when it is fit to read further.
/// </summary>
public static class ContentFile
{
    public const string SchemasFolder = "schemas";

    public static YamlContentDocument? ReadChecked(string dialogsDirectory, string relativePath, string schemaFileName, ICollection<ContentError> errors)
    {
        var path = Path.Combine(dialogsDirectory, relativePath);
        if (!File.Exists(path))
        {
            errors.Add(new ContentError(path, 1, "The file is missing."));
            return null;
        }

        try
        {
            var document = YamlContentDocument.Parse(path, File.ReadAllText(path));
            var schema = ContentSchema.FromFile(Path.Combine(dialogsDirectory, SchemasFolder, schemaFileName));
            var problems = schema.Validate(document);
            foreach (var problem in problems)
            {
                errors.Add(problem);
            }

            if (problems.Count > 0)
            {
                return null;
            }

            CheckSchemaReference(document, relativePath, schemaFileName, errors);
            return document;
        }
        catch (ContentValidationException exception)
        {
            foreach (var error in exception.Errors)
            {
                errors.Add(error);
            }

            return null;
        }
    }

    private static void CheckSchemaReference(YamlContentDocument document, string relativePath, string schemaFileName, ICollection<ContentError> errors)
    {
        var folderDepth = relativePath.Count(character => character is '/' or '\\');
        var expected = string.Concat(Enumerable.Repeat("../", folderDepth)) + SchemasFolder + "/" + schemaFileName;
        var actual = document.Root!["$schema"]!.GetValue<string>();
        if (actual != expected)
        {
            errors.Add(new ContentError(document.File, document.LineOf("/$schema"), $"'$schema' should be '{expected}', not '{actual}'."));
        }
    }
}
