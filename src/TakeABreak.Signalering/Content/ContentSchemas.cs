using Json.Schema;

namespace TakeABreak.Signalering.Content;

/// <summary>Reads the JSON Schemas published in dialogs/schemas.</summary>
public static class ContentSchemas
{
    public const string FolderName = "schemas";

    /// <summary>Loads dialogs/schemas/{fileName}; on failure adds an error and returns null.</summary>
    public static JsonSchema? Load(string dialogsRoot, string fileName, ICollection<ContentError> errors)
    {
        ArgumentNullException.ThrowIfNull(dialogsRoot);
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(errors);

        var relative = FolderName + "/" + fileName;
        var path = Path.Combine(dialogsRoot, FolderName, fileName);
        if (!File.Exists(path))
        {
            errors.Add(new ContentError(relative, 0, "the schema file is missing"));
            return null;
        }

        try
        {
            return JsonSchema.FromText(File.ReadAllText(path), new BuildOptions { SchemaRegistry = new SchemaRegistry() });
        }
        catch (Exception exception) when (exception is System.Text.Json.JsonException or JsonSchemaException or ArgumentException)
        {
            errors.Add(new ContentError(relative, 0, "the schema cannot be read: " + exception.Message));
            return null;
        }
    }
}
