using TakeABreak.Signalering.Signals;

namespace TakeABreak.Signalering.Assessment;

/// <summary>
/// Finds the urgency for follow-up from the transparent rules in dialogs/assessment/urgency.yaml.
/// Pure and deterministic: the same input always gives the same assessment.
/// </summary>
public sealed class UrgencyAssessor(SignalsCatalogue catalogue, ContextQuestions context, UrgencyRules rules)
{
    /// <exception cref="ArgumentException">An id is unknown, does not fit the person types, or a question is answered twice.</exception>
    public UrgencyAssessment Assess(AssessmentInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var personTypeIds = CheckPersonTypes(input.PersonTypeIds);
        var signalIds = CheckSignals(input.SignalIds, personTypeIds);
        var answerIds = CheckAnswers(input.ContextAnswerIds, personTypeIds);
        if (input.MinimumLevel is { } minimum && !Enum.IsDefined(minimum))
        {
            throw new ArgumentException($"Minimum level {(int)minimum} is not an urgency level.", nameof(input));
        }

        var chosen = signalIds.Concat(answerIds).ToHashSet(StringComparer.Ordinal);
        var firedRules = rules.Rules.Where(rule => rule.Condition.HoldsFor(chosen, signalIds.Count)).ToList();
        var firedFactors = rules.Factors.Where(factor => factor.AnyOf.Any(chosen.Contains)).ToList();
        var weight = firedFactors.Sum(factor => factor.Weight);

        var weightLevel = rules.Thresholds.Where(threshold => weight >= threshold.AtLeast)
            .Select(threshold => threshold.Level)
            .DefaultIfEmpty(UrgencyLevel.Information)
            .Max();
        var level = firedRules.Select(rule => rule.Level).Append(weightLevel).Max();

        var reasons = new List<string>();
        if (input.MinimumLevel is { } raised && raised > level)
        {
            level = raised;
            reasons.Add(rules.RaisedTo(raised).Id);
        }

        // "Iemand wordt vaak geslagen" says "Iemand wordt geslagen" and "Het gebeurt vaak" already: a reason a narrower
        // rule that holds says as well is not listed again (its level and weight still count).
        var shownRules = firedRules
            .Where(rule => rule.Level > UrgencyLevel.Information || level == UrgencyLevel.Information)
            .Where(rule => !firedRules.Any(other => SaysAsWell(other, PlainIds(rule.Condition), rule.Id)))
            .Select(rule => (rule.Id, rule.Level));
        var shownFactors = firedFactors
            .Where(factor => !firedRules.Any(other => SaysAsWell(other, factor.AnyOf, factor.Id)))
            .OrderByDescending(factor => factor.Weight)
            .Select(factor => (factor.Id, Level: weightLevel));
        reasons.AddRange(shownRules.Concat(shownFactors).OrderByDescending(reason => reason.Level).Select(reason => reason.Id));
        return new UrgencyAssessment(level, reasons);
    }

    /// <summary>
    /// True when <paramref name="narrower"/> requires one of the ids a plain reason holds for, and more besides: "vaak
    /// geslagen" (physical_violence and frequency_often) says what "geslagen" (physical_violence) says.
    /// </summary>
    private static bool SaysAsWell(UrgencyRule narrower, IReadOnlyList<string> plainAnyOf, string plainId) =>
        narrower.Id != plainId && plainAnyOf.Count > 0
        && narrower.Condition.AllOf.Any(plainAnyOf.Contains)
        && (narrower.Condition.AllOf.Count > 1 || narrower.Condition.AnyOf.Count > 0);

    /// <summary>The ids a plain rule holds for (only "any of"); none for a rule that asks more.</summary>
    private static IReadOnlyList<string> PlainIds(UrgencyCondition condition) =>
        condition.AllOf.Count == 0 && condition.MinSignals is null && condition.MaxSignals is null ? condition.AnyOf : [];

    private HashSet<string> CheckPersonTypes(IReadOnlyCollection<string> personTypeIds)
    {
        ArgumentNullException.ThrowIfNull(personTypeIds);
        if (personTypeIds.Count == 0)
        {
            throw new ArgumentException("Give at least one person type: who the conversation is about.", nameof(personTypeIds));
        }

        foreach (var id in personTypeIds)
        {
            catalogue.GetPersonType(id);
        }

        return personTypeIds.ToHashSet(StringComparer.Ordinal);
    }

    private HashSet<string> CheckSignals(IReadOnlyCollection<string> signalIds, HashSet<string> personTypeIds)
    {
        ArgumentNullException.ThrowIfNull(signalIds);
        foreach (var id in signalIds)
        {
            var signal = catalogue.Get(id);
            if (!signal.PersonTypeIds.Any(personTypeIds.Contains))
            {
                throw new ArgumentException(
                    $"Signal '{id}' is for {string.Join(", ", signal.PersonTypeIds)}, not for {string.Join(", ", personTypeIds)}.",
                    nameof(signalIds));
            }
        }

        return signalIds.ToHashSet(StringComparer.Ordinal);
    }

    private HashSet<string> CheckAnswers(IReadOnlyCollection<string> answerIds, HashSet<string> personTypeIds)
    {
        ArgumentNullException.ThrowIfNull(answerIds);
        var answered = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var id in answerIds.Distinct(StringComparer.Ordinal))
        {
            var question = context.QuestionOf(id);
            if (!question.PersonTypeIds.Any(personTypeIds.Contains))
            {
                throw new ArgumentException(
                    $"Question '{question.Id}' (answer '{id}') is for {string.Join(", ", question.PersonTypeIds)}, not for {string.Join(", ", personTypeIds)}.",
                    nameof(answerIds));
            }

            if (!answered.TryAdd(question.Id, id))
            {
                throw new ArgumentException(
                    $"Question '{question.Id}' has two answers: '{answered[question.Id]}' and '{id}'. Give one.",
                    nameof(answerIds));
            }
        }

        return answered.Values.ToHashSet(StringComparer.Ordinal);
    }
}
