namespace TakeABreak.Signalering.Safety.SecondReading;

/// <summary>
/// A text as the learned readings see it: its words (<see cref="ReadingFeatures.Normalized"/>), worked out on first use
/// and shared by every model that reads the same text, so the second reading and the disclosure reading do not each cut
/// the text into words again.
/// </summary>
public sealed class ReadText(string text)
{
    private NormalizedText? _words;

    public string Text { get; } = text ?? throw new ArgumentNullException(nameof(text));

    /// <summary>The text's words as the readings read them, normalized once.</summary>
    public NormalizedText Words => _words ??= ReadingFeatures.Normalized(Text);
}
