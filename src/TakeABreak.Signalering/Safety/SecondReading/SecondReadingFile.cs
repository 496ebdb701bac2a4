using System.Text;
using TakeABreak.Signalering.Safety.Content;

namespace TakeABreak.Signalering.Safety.SecondReading;

/// <summary>
/// Reads and writes dialogs/safety/second-reading.tsv (<see cref="LearnedModelFile"/>): "threshold", "threshold_disclosure",
/// "threshold_doubt", "answer" and "bias", then the features. Errors name the file, the line and what is wrong.
/// </summary>
public static class SecondReadingFile
{
    public const string RelativePath = SafetyContentLoader.FolderName + "/second-reading.tsv";

    private static readonly Dictionary<string, string> Thresholds = new(StringComparer.Ordinal)
    {
        ["threshold"] = "threshold",
        ["threshold_disclosure"] = "threshold after a serious disclosure",
        ["threshold_doubt"] = "threshold below which danger now is doubted",
    };

    public static SecondReader? Read(string dialogsRoot, SafetyMessages? messages, ICollection<ContentError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var path = Path.Combine(dialogsRoot, RelativePath);
        if (!File.Exists(path))
        {
            errors.Add(new ContentError(RelativePath, 0, "the file does not exist (the guard's second reading; see safety/README.md to make it)"));
            return null;
        }

        return Parse(File.ReadAllLines(path, Encoding.UTF8), messages, errors);
    }

    public static SecondReader? Parse(IReadOnlyList<string> lines, SafetyMessages? messages, ICollection<ContentError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var errorCount = errors.Count;
        var contents = LearnedModelFile.Parse(RelativePath, lines, Thresholds, errors);
        if (contents is not null && messages is not null)
        {
            foreach (var problem in RuleAnswersCheck.AnswerProblems(contents.Answer, messages, "it raises to acute"))
            {
                errors.Add(new ContentError(RelativePath, contents.AnswerLine, problem));
            }
        }

        return contents is not null && errors.Count == errorCount
            ? new SecondReader(contents.Model, contents.Thresholds["threshold"], contents.Thresholds["threshold_disclosure"], contents.Answer, contents.Thresholds["threshold_doubt"])
            : null;
    }

    /// <summary>The file's text: the comment, the thresholds and answer, and the model.</summary>
    public static string Format(IEnumerable<string> comment, SecondReader reading)
    {
        ArgumentNullException.ThrowIfNull(reading);
        return LearnedModelFile.Format(comment, [("threshold", reading.Threshold), ("threshold_disclosure", reading.DisclosureThreshold), ("threshold_doubt", reading.DoubtThreshold)], reading.AnswerId, reading.Model);
    }
}
