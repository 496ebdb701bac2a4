using System.Security.Cryptography;
using System.Text;
using Json.Schema;

namespace TakeABreak.Content;

/// <summary>
/// The proof that a dialogs folder passed the schema checks: a SHA-256 over every file of the folder (schemas included)
/// and the version of the checker, written next to the content by <c>lint --stamp</c> at publish. When the files still
/// hash to it, the host may skip the schema step at start-up (<see cref="SchemaCheck.AlreadyPassed"/>); any changed,
/// added or removed file, or another checker, makes the stamp not match and every check runs.
/// </summary>
public static class ContentStamp
{
    public const string FileName = "schema-checked.sha256";

    /// <summary>The stamp the folder's files have now, with this checker.</summary>
    public static string Of(string dialogsRoot)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes(CheckerVersion + "\n"));
        var files = Directory.GetFiles(dialogsRoot, "*", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(dialogsRoot, file).Replace('\\', '/'))
            .Where(relative => relative != FileName)
            .Order(StringComparer.Ordinal);
        foreach (var relative in files)
        {
            var bytes = File.ReadAllBytes(Path.Combine(dialogsRoot, relative));
            hash.AppendData(Encoding.UTF8.GetBytes($"{relative}\n{bytes.Length}\n"));
            hash.AppendData(bytes);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>Writes the stamp of the folder as it is now; only for content that has just passed every check.</summary>
    public static void Write(string dialogsRoot) => File.WriteAllText(Path.Combine(dialogsRoot, FileName), Of(dialogsRoot) + "\n");

    /// <summary>Schema checks to run on the folder: none when its files hash to its stamp, all otherwise (also without a stamp).</summary>
    public static SchemaCheck SchemaCheckFor(string dialogsRoot)
    {
        var path = Path.Combine(dialogsRoot, FileName);
        return File.Exists(path) && File.ReadAllText(path).Trim() == Of(dialogsRoot) ? SchemaCheck.AlreadyPassed : SchemaCheck.Run;
    }

    /// <summary>
    /// What decides the outcome of a schema check besides the files: the checking code and the JSON Schema library (their
    /// module ids change with every change of the code) and the runtime's major and minor version (its regular expressions).
    /// </summary>
    private static string CheckerVersion { get; } = string.Join(' ',
        typeof(ContentSchema).Assembly.ManifestModule.ModuleVersionId,
        typeof(JsonSchema).Assembly.ManifestModule.ModuleVersionId,
        $"net{Environment.Version.Major}.{Environment.Version.Minor}");
}
