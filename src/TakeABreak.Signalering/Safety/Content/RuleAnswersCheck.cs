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
            if (!messages.Ids.Contains(answer, StringComparer.Ordinal))
            {
                errors.Add(new ContentError(rulesDocument.File, line, $"it answers with '{answer}', which is not in {SafetyContentLoader.MessagesFile}") { Within = $"rule '{rule.Id}'" });
                continue;
            }

            if (rule.Level == SafetyLevel.Acute)
            {
                foreach (var locale in SafetyLocales.All)
                {
                    if (!messages.Get(answer, locale).Split('\n')[0].Contains("112", StringComparison.Ordinal))
                    {
                        errors.Add(new ContentError(rulesDocument.File, line, $"the rule is acute, so its answer '{answer}' ({locale}) must say to call 112 in its first line") { Within = $"rule '{rule.Id}'" });
                    }
                }
            }
        }
    }
}
