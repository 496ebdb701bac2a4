using TakeABreak.Content;

namespace TakeABreak.Bot.Conversation.Sources;

/// <summary>A catalogue item's label and synonyms per locale, as the dialog engine recognises them.</summary>
internal static class OptionPhrases
{
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> ByLocale(LocalizedText label, LocalizedText also) =>
        new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
        {
            ["nl"] = [label.Nl, .. also.Phrases("nl")],
            ["en"] = [label.En, .. also.Phrases("en")],
        };

    public static IReadOnlyDictionary<string, IReadOnlyList<string>> ByLocale(LocalizedText phrases) =>
        new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
        {
            ["nl"] = [.. phrases.Phrases("nl")],
            ["en"] = [.. phrases.Phrases("en")],
        };
}
