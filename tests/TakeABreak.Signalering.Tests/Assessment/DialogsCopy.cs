namespace TakeABreak.Signalering.Tests.Assessment;

/// <summary>A throw-away copy of the real signals and assessment content, to break on purpose.</summary>
internal sealed class DialogsCopy : IDisposable
{
    private static readonly string[] Folders = ["signals", "assessment", "schemas"];

    public DialogsCopy()
    {
        Directory = Path.Combine(Path.GetTempPath(), "takeabreak-dialogs-" + Guid.NewGuid().ToString("N"));
        foreach (var folder in Folders)
        {
            var target = System.IO.Directory.CreateDirectory(Path.Combine(Directory, folder));
            foreach (var file in System.IO.Directory.GetFiles(Path.Combine(RepositoryDialogs.Directory, folder)))
            {
                File.Copy(file, Path.Combine(target.FullName, Path.GetFileName(file)));
            }
        }
    }

    public string Directory { get; }

    public string PathOf(string relativePath) => Path.Combine(Directory, relativePath);

    /// <summary>Replaces the one occurrence of <paramref name="original"/> and returns its 1-based line.</summary>
    public int Replace(string relativePath, string original, string replacement)
    {
        var path = PathOf(relativePath);
        var text = File.ReadAllText(path);
        var index = text.IndexOf(original, StringComparison.Ordinal);
        if (index < 0 || text.IndexOf(original, index + 1, StringComparison.Ordinal) >= 0)
        {
            throw new InvalidOperationException($"'{original}' must occur exactly once in {relativePath}.");
        }

        File.WriteAllText(path, string.Concat(text.AsSpan(0, index), replacement, text.AsSpan(index + original.Length)));
        return text[..index].Count(character => character == '\n') + 1;
    }

    public void Write(string relativePath, string text) => File.WriteAllText(PathOf(relativePath), text);

    public void Delete(string relativePath) => File.Delete(PathOf(relativePath));

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
}
