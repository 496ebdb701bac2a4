using System.Text.Json.Nodes;
using TakeABreak.Linguistics.Normalization;
using TakeABreak.Linguistics.Stemming;
using TakeABreak.Signalering.Content;

namespace TakeABreak.Signalering.Safety.Content;

/// <summary>Reads the <c>after_a_disclosure</c> part of dialogs/safety/rules.yaml (optional; null when absent).</summary>
internal static class AfterDisclosureReader
{
    private const string Field = "after_a_disclosure";

    public static AfterDisclosureDefinition? Read(YamlDocument document, SafetyMessages? messages, ICollection<ContentError> errors)
    {
        if (document.Root![Field] is not JsonObject node)
        {
            return null;
        }

        var pointer = "/" + Field;
        var id = node["id"]!.GetValue<string>();
        var answer = node["answer"]!.GetValue<string>();
        if (messages is not null)
        {
            foreach (var problem in RuleAnswersCheck.AnswerProblems(answer, messages, "a reply that says it is happening now is danger now"))
            {
                errors.Add(new ContentError(document.File, document.LineOf(pointer + "/answer"), problem) { Within = Field });
            }
        }

        var now = new Dictionary<TextLanguage, IReadOnlyList<string[]>>();
        var nowAlone = new Dictionary<TextLanguage, IReadOnlyList<string[]>>();
        var calm = new List<string[]>();
        var notCalm = new List<string[]>();
        var askedWhatNext = new List<string[]>();
        foreach (var locale in SafetyLocales.All)
        {
            now[SafetyLocales.LanguageOf(locale)] = Phrases(document, node, pointer, "now", locale, errors);
            nowAlone[SafetyLocales.LanguageOf(locale)] = Phrases(document, node, pointer, "now_alone", locale, errors);
            calm.AddRange(Phrases(document, node, pointer, "calm", locale, errors));
            if (node["not_calm"] is not null)
            {
                notCalm.AddRange(Phrases(document, node, pointer, "not_calm", locale, errors));
            }

            if (node["asked_what_next"] is not null)
            {
                askedWhatNext.AddRange(Phrases(document, node, pointer, "asked_what_next", locale, errors));
            }
        }

        return new AfterDisclosureDefinition(id, node["max_words"]!.GetValue<int>(), node["alone_max_words"]!.GetValue<int>(), answer, now, nowAlone, calm, notCalm, askedWhatNext);
    }

    private static List<string[]> Phrases(YamlDocument document, JsonObject node, string pointer, string field, string locale, ICollection<ContentError> errors)
    {
        var phrases = new List<string[]>();
        var list = node[field]![locale]!.AsArray();
        for (var i = 0; i < list.Count; i++)
        {
            var text = list[i]!.GetValue<string>();
            var words = TextNormalizer.Words(TextNormalizer.NormalizeTerm(text));
            if (words.Length == 0)
            {
                errors.Add(new ContentError(document.File, document.LineOf(YamlDocument.Child(YamlDocument.Child(pointer + "/" + field, locale), i)), $"the phrase '{text}' has no words") { Within = Field });
                continue;
            }

            phrases.Add(words);
        }

        return phrases;
    }
}
