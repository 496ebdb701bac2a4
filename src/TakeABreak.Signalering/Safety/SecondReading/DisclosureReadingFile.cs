using System.Text;
using TakeABreak.Signalering.Safety.Content;

namespace TakeABreak.Signalering.Safety.SecondReading;

/// <summary>
/// Reads and writes dialogs/safety/disclosure-reading.tsv (<see cref="LearnedModelFile"/>): "threshold", "answer" and
/// "bias", then the features. Errors name the file, the line and what is wrong.
/// </summary>
public static class DisclosureReadingFile
{
    public const string RelativePath = SafetyContentLoader.FolderName + "/disclosure-reading.tsv";

    private static readonly Dictionary<string, string> Thresholds = new(StringComparer.Ordinal) { ["threshold"] = "threshold" };

    public static DisclosureReader? Read(string dialogsRoot, SafetyMessages? messages, ICollection<ContentError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var path = Path.Combine(dialogsRoot, RelativePath);
        if (!File.Exists(path))
        {
            errors.Add(new ContentError(RelativePath, 0, "the file does not exist (the guard's reading of serious disclosures; see safety/README.md to make it)"));
            return null;
        }

        return Parse(File.ReadAllLines(path, Encoding.UTF8), messages, errors);
    }

    public static DisclosureReader? Parse(IReadOnlyList<string> lines, SafetyMessages? messages, ICollection<ContentError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var errorCount = errors.Count;
        var contents = LearnedModelFile.Parse(RelativePath, lines, Thresholds, errors);
        if (contents is not null && messages is not null)
        {
            foreach (var problem in RuleAnswersCheck.AnswerProblems(contents.Answer, messages, acuteBecause: null))
            {
                errors.Add(new ContentError(RelativePath, contents.AnswerLine, problem));
            }
        }

        return contents is not null && errors.Count == errorCount
            ? new DisclosureReader(contents.Model, contents.Thresholds["threshold"], contents.Answer)
            : null;
    }

    public static string Format(IEnumerable<string> comment, DisclosureReader reading)
    {
        ArgumentNullException.ThrowIfNull(reading);
        return LearnedModelFile.Format(comment, [("threshold", reading.Threshold)], reading.AnswerId, reading.Model);
    }
}
