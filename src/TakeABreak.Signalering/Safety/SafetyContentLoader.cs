using TakeABreak.Signalering.Safety.Content;
using TakeABreak.Signalering.Safety.SecondReading;

namespace TakeABreak.Signalering.Safety;

/// <summary>
/// Loads and validates dialogs/safety: lexicon.yaml, rules.yaml and messages.yaml, each against its schema in dialogs/schemas,
/// and the learned models of the second reading (second-reading.tsv) and the disclosure reading (disclosure-reading.tsv).
/// Errors name the file (relative to the dialogs folder), the line and what is wrong.
/// </summary>
public static class SafetyContentLoader
{
    public const string FolderName = "safety";
    public const string LexiconFile = FolderName + "/lexicon.yaml";
    public const string RulesFile = FolderName + "/rules.yaml";
    public const string MessagesFile = FolderName + "/messages.yaml";

    /// <summary>Every problem in the safety content, as data; empty when the content is valid.</summary>
    public static IReadOnlyList<ContentError> Validate(string dialogsRoot) =>
        ContentReading.Problems(errors => Read(dialogsRoot, errors));

    /// <summary>Loads the safety content, or throws <see cref="ContentValidationException"/> listing every problem.</summary>
    public static SafetyContent Load(string dialogsRoot) =>
        ContentReading.Load(errors => Read(dialogsRoot, errors));

    /// <summary>Reads the safety content; every problem goes to <paramref name="errors"/> and the result is then null.</summary>
    /// <param name="schemaCheck">Left out only for content that passed the same schema checks before (<see cref="ContentStamp"/>).</param>
    public static SafetyContent? Read(string dialogsRoot, ICollection<ContentError> errors, SchemaCheck schemaCheck = SchemaCheck.Run)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dialogsRoot);
        if (!Directory.Exists(dialogsRoot))
        {
            errors.Add(new ContentError(dialogsRoot, 0, "the dialogs folder does not exist"));
            return null;
        }

        var errorCount = errors.Count;
        var lexiconDocument = ContentFile.Read(dialogsRoot, LexiconFile, "safety-lexicon.schema.json", errors, schemaCheck);
        var rulesDocument = ContentFile.Read(dialogsRoot, RulesFile, "safety-rules.schema.json", errors, schemaCheck);
        var messagesDocument = ContentFile.Read(dialogsRoot, MessagesFile, "safety-messages.schema.json", errors, schemaCheck);

        var lexicon = lexiconDocument is null ? null : LexiconReader.Read(lexiconDocument, errors);
        var rules = rulesDocument is null ? null : RulesReader.Read(rulesDocument, lexicon?.Concepts, errors);
        var messages = messagesDocument is null ? null : MessagesReader.Read(messagesDocument, errors);
        var afterDisclosure = rulesDocument is null ? null : AfterDisclosureReader.Read(rulesDocument, messages, errors);
        if (rules is not null && messages is not null)
        {
            RuleAnswersCheck.Check(rulesDocument!, rules, messages, errors);
        }

        // The two learned models and the detector are the bulk of a start's reading; they do not depend on each other.
        var secondReading = ReadingAside<SecondReader>.Start(found => SecondReadingFile.Read(dialogsRoot, messages, found));
        var disclosureReading = ReadingAside<DisclosureReader>.Start(found => DisclosureReadingFile.Read(dialogsRoot, messages, found));
        var detector = errors.Count == errorCount && lexicon is not null && rules is not null ? new DangerDetector(lexicon, rules) : null;
        var secondReader = secondReading.Join(errors);
        var disclosureReader = disclosureReading.Join(errors);
        return errors.Count == errorCount && detector is not null && messages is not null && secondReader is not null && disclosureReader is not null
            ? Content(detector, secondReader, disclosureReader, messages, rules!, afterDisclosure)
            : null;
    }

    private static SafetyContent Content(
        DangerDetector detector,
        SecondReader secondReading,
        DisclosureReader disclosureReading,
        SafetyMessages messages,
        IReadOnlyList<RuleDefinition> rules,
        AfterDisclosureDefinition? afterDisclosure) =>
        new(detector, secondReading, disclosureReading, messages, rules.Select(rule => rule.Id), afterDisclosure is null ? null : new HappeningNowReply(afterDisclosure, detector));
}
