namespace TakeABreak.Content;

/// <summary>
/// Reads one content file of the dialogs folder and checks it against its published schema and its <c>$schema</c>
/// reference. Problems go to the error list; the document comes back only when it is fit to read further.
/// </summary>
public static class ContentFile
{
    /// <param name="dialogsRoot">The dialogs folder.</param>
    /// <param name="relativePath">The file inside it, with forward slashes ("flows/main.yaml"); errors name it so.</param>
    /// <param name="schemaFileName">The schema in dialogs/schemas/ that the file must follow.</param>
    /// <param name="schemaCheck">Left out only for content that passed the same schema checks before (<see cref="ContentStamp"/>).</param>
    public static YamlDocument? Read(string dialogsRoot, string relativePath, string schemaFileName, ICollection<ContentError> errors, SchemaCheck schemaCheck = SchemaCheck.Run)
    {
        var path = Path.Combine(dialogsRoot, relativePath);
        if (!File.Exists(path))
        {
            errors.Add(new ContentError(relativePath, 0, "the file is missing"));
            return null;
        }

        var document = YamlDocument.Parse(relativePath, File.ReadAllText(path), errors);
        var followsSchema = schemaCheck == SchemaCheck.AlreadyPassed || FollowsSchema(document, dialogsRoot, schemaFileName, errors);
        if (document is null || !followsSchema)
        {
            return null;
        }

        return HasSchemaReference(document, schemaFileName, errors) ? document : null;
    }

    /// <summary>Loads the schema (a missing or broken schema is reported even when the file could not be read) and checks the file against it.</summary>
    private static bool FollowsSchema(YamlDocument? document, string dialogsRoot, string schemaFileName, ICollection<ContentError> errors)
    {
        var schema = ContentSchema.Load(dialogsRoot, schemaFileName, errors);
        return document is not null && schema is not null && schema.Check(document, errors);
    }

    /// <summary>The content files (*.yaml) of a subfolder, as relative paths in a stable order.</summary>
    public static IReadOnlyList<string> In(string dialogsRoot, string folder)
    {
        var path = Path.Combine(dialogsRoot, folder);
        return Directory.Exists(path)
            ? Directory.GetFiles(path, "*.yaml", SearchOption.AllDirectories)
                .Select(file => Path.GetRelativePath(dialogsRoot, file).Replace('\\', '/'))
                .Order(StringComparer.Ordinal)
                .ToList()
            : [];
    }

    /// <summary>Editors get completion and checking from the <c>$schema</c> line, so it must point at the schema the loader uses.</summary>
    private static bool HasSchemaReference(YamlDocument document, string schemaFileName, ICollection<ContentError> errors)
    {
        var folderDepth = document.File.Count(character => character == '/');
        var expected = string.Concat(Enumerable.Repeat("../", folderDepth)) + ContentSchema.FolderName + "/" + schemaFileName;
        var actual = document.Root?["$schema"]?.GetValue<string>();
        if (actual == expected)
        {
            return true;
        }

        errors.Add(new ContentError(document.File, document.LineOf("/$schema"), $"'$schema' should be '{expected}', not '{actual}'"));
        return false;
    }
}
