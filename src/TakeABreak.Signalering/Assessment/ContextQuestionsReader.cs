using TakeABreak.Signalering.Content;
using TakeABreak.Signalering.Signals;
using static TakeABreak.Signalering.Content.ContentNodes;

namespace TakeABreak.Signalering.Assessment;

/// <summary>Turns a schema-checked context.yaml into <see cref="ContextQuestions"/>, checking every id it refers to.</summary>
internal static class ContextQuestionsReader
{
    public const string RelativePath = "assessment/context.yaml";
    public const string SchemaFileName = "assessment-context.schema.json";

    public static ContextQuestions? Read(YamlDocument document, SignalsCatalogue catalogue, IReadOnlySet<string>? safetyRuleIds, ICollection<ContentError> errors)
    {
        var root = document.Root!;
        var before = errors.Count;
        var questionIds = new UniqueIds(document, errors);
        var answerIds = new UniqueIds(document, errors);
        var questions = new List<ContextQuestion>();
        foreach (var (item, pointer) in Items(root, "questions", string.Empty))
        {
            var id = questionIds.Claim(item, pointer, "question");
            var personTypeIds = Strings(item, "person_types");
            foreach (var (personTypeId, index) in personTypeIds.Select((personTypeId, index) => (personTypeId, index)))
            {
                if (catalogue.PersonTypes.All(type => type.Id != personTypeId))
                {
                    errors.Add(new ContentError(document.File, document.LineOf($"{pointer}/person_types/{index}"), $"Question '{id}' names person type '{personTypeId}', which is not in {SignalsCatalogueReader.RelativePath}."));
                }
            }

            var answers = new List<ContextAnswer>();
            foreach (var (answer, answerPointer) in Items(item, "answers", pointer))
            {
                var answerId = answerIds.Claim(answer, answerPointer, "answer");
                if (catalogue.Contains(answerId))
                {
                    errors.Add(new ContentError(document.File, document.LineOf(answerPointer + "/id"), $"Answer id '{answerId}' is also a signal id; the urgency rules could not tell them apart."));
                }

                var recognisedBySafety = Strings(answer, "recognised_by_safety");
                foreach (var (ruleId, index) in recognisedBySafety.Select((ruleId, index) => (ruleId, index)))
                {
                    if (safetyRuleIds is not null && !safetyRuleIds.Contains(ruleId))
                    {
                        errors.Add(new ContentError(document.File, document.LineOf($"{answerPointer}/recognised_by_safety/{index}"), $"Answer '{answerId}' of question '{id}' names safety rule '{ruleId}', which is not in safety/rules.yaml."));
                    }
                }

                var label = Text(answer, "label");
                answers.Add(new ContextAnswer(answerId, label, answer["summary"] is null ? label : Text(answer, "summary"), recognisedBySafety));
            }

            questions.Add(new ContextQuestion(id, personTypeIds, Text(item, "question"), answers));
        }

        return errors.Count == before ? new ContextQuestions(Integer(root, "version"), questions) : null;
    }
}
