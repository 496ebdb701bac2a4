namespace TakeABreak.Signalering.Safety.SecondReading;

/// <summary>
/// A text as the learned readings see it: the features of each of its windows (<see cref="ReadingFeatures"/>), worked out
/// on first use and shared by every model that reads the same text, so the second reading and the disclosure reading do not
/// each cut the text into words and features again.
/// </summary>
public sealed class ReadText(string text)
{
    private IReadOnlyList<string>[]? _windows;

    public string Text { get; } = text ?? throw new ArgumentNullException(nameof(text));

    /// <summary>The distinct features of each window of the text's words; none for a text without words.</summary>
    public IReadOnlyList<IReadOnlyList<string>> WindowFeatures =>
        _windows ??= [.. ReadingFeatures.Windows(ReadingFeatures.Words(Text)).Select(window => ReadingFeatures.Of(window))];
}
