using TakeABreak.Signalering.Signals;

namespace TakeABreak.Signalering.Assessment;

/// <summary>
/// Loads dialogs/signals/catalogue.yaml, dialogs/assessment/context.yaml and dialogs/assessment/urgency.yaml,
/// checks them against dialogs/schemas/ and checks that every id they refer to exists.
/// </summary>
public static class AssessmentContentLoader
{
    /// <summary>Every problem in the content, for the lint command; empty when all is well. Files are named relative to the dialogs folder.</summary>
    public static IReadOnlyList<ContentError> Validate(string dialogsDirectory) =>
        ContentReading.Problems(errors => Read(dialogsDirectory, errors));

    /// <exception cref="ContentValidationException">The content has problems; each names file, line and what is wrong.</exception>
    public static AssessmentContent Load(string dialogsDirectory) =>
        ContentReading.Load(errors => Read(dialogsDirectory, errors));

    /// <summary>Reads the assessment content; every problem goes to <paramref name="errors"/> and the result is then null.</summary>
    /// <param name="safetyRuleIds">The safety guard's rule ids, when loaded: context answers may name only these.</param>
    /// <param name="schemaCheck">Left out only for content that passed the same schema checks before (<see cref="ContentStamp"/>).</param>
    public static AssessmentContent? Read(string dialogsDirectory, ICollection<ContentError> errors, IReadOnlySet<string>? safetyRuleIds = null, SchemaCheck schemaCheck = SchemaCheck.Run)
    {
        if (!Directory.Exists(dialogsDirectory))
        {
            errors.Add(new ContentError(dialogsDirectory, 0, "the dialogs folder does not exist"));
            return null;
        }

        var errorCount = errors.Count;
        var catalogueDocument = ContentFile.Read(dialogsDirectory, SignalsCatalogueReader.RelativePath, SignalsCatalogueReader.SchemaFileName, errors, schemaCheck);
        var contextDocument = ContentFile.Read(dialogsDirectory, ContextQuestionsReader.RelativePath, ContextQuestionsReader.SchemaFileName, errors, schemaCheck);
        var urgencyDocument = ContentFile.Read(dialogsDirectory, UrgencyRulesReader.RelativePath, UrgencyRulesReader.SchemaFileName, errors, schemaCheck);

        var catalogue = catalogueDocument is null ? null : SignalsCatalogueReader.Read(catalogueDocument, errors);
        var context = contextDocument is null || catalogue is null ? null : ContextQuestionsReader.Read(contextDocument, catalogue, safetyRuleIds, errors);
        var urgency = urgencyDocument is null || catalogue is null || context is null ? null : UrgencyRulesReader.Read(urgencyDocument, catalogue, context, errors);

        return errors.Count == errorCount && catalogue is not null && context is not null && urgency is not null
            ? new AssessmentContent(catalogue, context, urgency)
            : null;
    }
}
