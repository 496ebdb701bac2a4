namespace TakeABreak.Content.Tests.Catalogue;

/// <summary>A throw-away copy of the repository's dialogs/ folder (named "dialogs", as editors see it), to break on purpose.</summary>
internal sealed class BrokenDialogsFolder : IDisposable
{
    private readonly string _root = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "takeabreak-broken-content", Guid.NewGuid().ToString("N"));

    public BrokenDialogsFolder()
    {
        Path = System.IO.Path.Combine(_root, "dialogs");
        foreach (var file in Directory.GetFiles(ContentFolder.Path, "*", SearchOption.AllDirectories))
        {
            var target = System.IO.Path.Combine(Path, System.IO.Path.GetRelativePath(ContentFolder.Path, file));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public string Path { get; }

    /// <summary>Replaces the one occurrence of <paramref name="original"/> in a file of the folder.</summary>
    public void Replace(string relativePath, string original, string replacement)
    {
        var path = System.IO.Path.Combine(Path, relativePath);
        var text = File.ReadAllText(path).ReplaceLineEndings("\n");
        var index = text.IndexOf(original, StringComparison.Ordinal);
        Assert.True(index >= 0 && text.IndexOf(original, index + 1, StringComparison.Ordinal) < 0, $"'{original}' must occur exactly once in {relativePath}.");
        File.WriteAllText(path, string.Concat(text.AsSpan(0, index), replacement, text.AsSpan(index + original.Length)));
    }

    /// <summary>Removes the one line that holds <paramref name="text"/>.</summary>
    public void RemoveLine(string relativePath, string text)
    {
        var line = LineOf(relativePath, text);
        var path = System.IO.Path.Combine(Path, relativePath);
        File.WriteAllLines(path, File.ReadAllLines(path).Where((_, index) => index != line - 1));
    }

    /// <summary>The 1-based line of the one line that holds <paramref name="text"/>.</summary>
    public int LineOf(string relativePath, string text)
    {
        var lines = File.ReadAllLines(System.IO.Path.Combine(Path, relativePath));
        var matches = Enumerable.Range(0, lines.Length).Where(i => lines[i].Contains(text, StringComparison.Ordinal)).ToList();
        Assert.True(matches.Count == 1, $"'{text}' must stand on exactly one line of {relativePath}.");
        return matches[0] + 1;
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}
