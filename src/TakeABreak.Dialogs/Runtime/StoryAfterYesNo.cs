using TakeABreak.Dialogs.Content;
using TakeABreak.Linguistics.Normalization;

namespace TakeABreak.Dialogs.Runtime;

/// <summary>
/// "nee hij heeft geen wapens" typed at "Vind je het goed dat we dit naar Moviera sturen?" answers something else, a
/// question asked before: a yes or no followed at once by someone else as subject ("hij", "she") tells about that
/// person, so it is not taken as the answer to a yes/no question, which is asked again. The subjects come from content
/// (<see cref="EngineStrings.IntentOtherSubjects"/>).
/// </summary>
internal sealed class StoryAfterYesNo(DialogContent content)
{
    private const int SubjectReach = 2;

    private readonly HashSet<string> _otherSubjects = content.Strings.Contains(EngineStrings.IntentOtherSubjects)
        ? content.Locales.SelectMany(locale => content.Strings.Phrases(EngineStrings.IntentOtherSubjects, locale)).Select(TextNormalizer.NormalizeTerm).ToHashSet(StringComparer.Ordinal)
        : [];

    public bool Holds(string? text)
    {
        var words = TextNormalizer.Words(TextNormalizer.NormalizeTerm(text));
        return words.Length > SubjectReach && words.Skip(1).Take(SubjectReach).Any(_otherSubjects.Contains);
    }
}
