namespace TakeABreak.Signalering.Understanding;

/// <summary>
/// A description to read. <paramref name="ContactTexts"/> are what the person typed in contact fields (a first name, an
/// address): they are redacted before the text leaves the bot.
/// </summary>
public sealed record SuggestionRequest(string Text, string Locale, IReadOnlyList<string> PersonTypeIds, IReadOnlyList<string> ContactTexts)
{
    public static SuggestionRequest Of(string text, string locale) => new(text, locale, [], []);
}
