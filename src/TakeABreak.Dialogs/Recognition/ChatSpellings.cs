using System.Text.RegularExpressions;
using TakeABreak.Linguistics.Normalization;

namespace TakeABreak.Dialogs.Recognition;

/// <summary>
/// Chat spellings read as the words they stand for, per locale (dialogs/strings/recognition.yaml,
/// <see cref="StringId"/>: "mn = mijn"), so that "m'n vriend checkt m'n telefoon" is read as "mijn vriend checkt mijn
/// telefoon" by every recognizer. Only for reading: what the user typed is kept as typed.
/// </summary>
public sealed partial class ChatSpellings
{
    /// <summary>Optional string: entries "chat word = what it stands for", per locale.</summary>
    public const string StringId = "recognition_chat_spellings";

    private const char Separator = '=';

    private readonly IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> _byLocale;
    private readonly int _longest;

    /// <param name="entries">Per locale, entries such as "mn = mijn"; an entry without exactly one '=' is ignored (<see cref="Problem"/> names it).</param>
    public ChatSpellings(IReadOnlyDictionary<string, IReadOnlyList<string>> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        _byLocale = entries.ToDictionary(
            pair => pair.Key,
            pair => (IReadOnlyDictionary<string, string>)pair.Value
                .Select(Parse).OfType<(string Chat, string Standard)>()
                .GroupBy(entry => entry.Chat, StringComparer.Ordinal)
                .ToDictionary(group => group.Key, group => group.First().Standard, StringComparer.Ordinal),
            StringComparer.Ordinal);
        _longest = _byLocale.Values.SelectMany(spellings => spellings.Keys).Select(key => key.Length).DefaultIfEmpty(0).Max();
    }

    public static ChatSpellings None { get; } = new(new Dictionary<string, IReadOnlyList<string>>());

    /// <summary>What is wrong with an entry, or null when it reads as "chat word = what it stands for".</summary>
    public static string? Problem(string entry) =>
        Parse(entry) is null
            ? $"'{entry}' is no chat spelling: write one chat word, '=', and the words it stands for (\"mn = mijn\")"
            : null;

    /// <summary>The text with every chat spelling of the locale replaced by what it stands for; the same string when none occurs.</summary>
    public string Read(string? text, string? locale)
    {
        if (string.IsNullOrEmpty(text) || locale is null || !_byLocale.TryGetValue(locale, out var spellings) || spellings.Count == 0)
        {
            return text ?? string.Empty;
        }

        var changed = false;
        var read = Word().Replace(text, match =>
        {
            // An apostrophe inside ("m'n") is dropped by the normaliser, so a word may be one longer than its key.
            if (match.Length > _longest + 1 || !spellings.TryGetValue(TextNormalizer.NormalizeTerm(match.Value), out var standard))
            {
                return match.Value;
            }

            changed = true;
            return standard;
        });
        return changed ? read : text;
    }

    private static (string Chat, string Standard)? Parse(string entry)
    {
        var parts = entry.Split(Separator);
        if (parts.Length != 2)
        {
            return null;
        }

        var chat = TextNormalizer.NormalizeTerm(parts[0]);
        var standard = parts[1].Trim();
        return chat.Length == 0 || chat.Contains(' ', StringComparison.Ordinal) || standard.Length == 0 ? null : (chat, standard);
    }

    [GeneratedRegex(@"[\p{L}\p{N}'\u2019\u2018`\u00B4]+", RegexOptions.CultureInvariant)]
    private static partial Regex Word();
}
