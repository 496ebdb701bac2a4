using System.Globalization;
using TakeABreak.Signalering.Content;

namespace TakeABreak.Signalering.Safety.Content;

/// <summary>Checks that every answer a rule names is in messages.yaml, and that the answer of an acute rule says to call 112 first.</summary>
internal static class RuleAnswersCheck
{
    public static void Check(YamlDocument rulesDocument, IReadOnlyList<RuleDefinition> rules, SafetyMessages messages, ICollection<ContentError> errors)
    {
        for (var r = 0; r < rules.Count; r++)
        {
            var rule = rules[r];
            if (rule.Answer is not { } answer)
            {
                continue;
            }

            var line = rulesDocument.LineOf($"/rules/{r.ToString(CultureInfo.InvariantCulture)}/answer");
            foreach (var problem in AnswerProblems(answer, messages, rule.Level == SafetyLevel.Acute ? "the rule is acute" : null))
            {
                errors.Add(new ContentError(rulesDocument.File, line, problem) { Within = $"rule '{rule.Id}'" });
            }
        }
    }

    /// <summary>
    /// What is wrong with an answer id: not in messages.yaml, or — when <paramref name="acuteBecause"/> says why the answer
    /// is acute — a language whose first line does not say to call 112.
    /// </summary>
    public static IEnumerable<string> AnswerProblems(string answer, SafetyMessages messages, string? acuteBecause)
    {
        if (!messages.Ids.Contains(answer, StringComparer.Ordinal))
        {
            yield return $"it answers with '{answer}', which is not in {SafetyContentLoader.MessagesFile}";
            yield break;
        }

        if (acuteBecause is null)
        {
            yield break;
        }

        foreach (var locale in SafetyLocales.All)
        {
            if (!messages.Get(answer, locale).Split('\n')[0].Contains("112", StringComparison.Ordinal))
            {
                yield return $"{acuteBecause}, so its answer '{answer}' ({locale}) must say to call 112 in its first line";
            }
        }
    }
}
