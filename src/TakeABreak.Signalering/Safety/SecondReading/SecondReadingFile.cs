using System.Globalization;
using System.Text;
using TakeABreak.Signalering.Safety.Content;

namespace TakeABreak.Signalering.Safety.SecondReading;

/// <summary>
/// Reads and writes dialogs/safety/second-reading.tsv: comment lines (#), then "threshold", "threshold_disclosure",
/// "answer" and "bias", then one feature and its weight a line, separated by a tab. Errors name the file, the line and what is wrong.
/// </summary>
public static class SecondReadingFile
{
    public const string RelativePath = SafetyContentLoader.FolderName + "/second-reading.tsv";
    private static readonly string[] FeatureKinds = ["w:", "b:", "c:", "k:"];

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
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(errors);
        var errorCount = errors.Count;
        void Error(int line, string message) => errors.Add(new ContentError(RelativePath, line, message));

        double? threshold = null;
        double? disclosureThreshold = null;
        double? bias = null;
        string? answer = null;
        var answerLine = 0;
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        for (var i = 0; i < lines.Count; i++)
        {
            var lineNumber = i + 1;
            var line = lines[i];
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var parts = line.Split('\t');
            if (parts.Length != 2 || parts[0].Length == 0)
            {
                Error(lineNumber, "a line must be a name and a value separated by one tab");
                continue;
            }

            var (name, value) = (parts[0], parts[1]);
            if (name == "answer")
            {
                answer = value;
                answerLine = lineNumber;
                continue;
            }

            if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) || !double.IsFinite(number))
            {
                Error(lineNumber, $"'{value}' is not a number");
                continue;
            }

            switch (name)
            {
                case "threshold" when number is > 0 and < 1:
                    threshold = number;
                    break;
                case "threshold_disclosure" when number is > 0 and < 1:
                    disclosureThreshold = number;
                    break;
                case "threshold" or "threshold_disclosure":
                    Error(lineNumber, $"the {name} must be between 0 and 1");
                    break;
                case "bias":
                    bias = number;
                    break;
                default:
                    if (!FeatureKinds.Any(kind => name.StartsWith(kind, StringComparison.Ordinal) && name.Length > kind.Length))
                    {
                        Error(lineNumber, $"'{name}' is no feature: a feature starts with w: (a word), b: (two words), c: (a piece of a word) or k: (a part the rules found)");
                    }
                    else if (!weights.TryAdd(name, number))
                    {
                        Error(lineNumber, $"the feature '{name}' is given twice");
                    }

                    break;
            }
        }

        if (threshold is null)
        {
            Error(0, "the threshold is missing (a line 'threshold<TAB>0.95')");
        }

        if (disclosureThreshold is null)
        {
            Error(0, "the threshold after a serious disclosure is missing (a line 'threshold_disclosure<TAB>0.9')");
        }

        if (bias is null)
        {
            Error(0, "the bias is missing (a line 'bias<TAB>-1.5')");
        }

        if (answer is null)
        {
            Error(0, "the answer is missing (a line 'answer<TAB>message id in safety/messages.yaml')");
        }
        else if (messages is not null)
        {
            foreach (var problem in RuleAnswersCheck.AnswerProblems(answer, messages, "it raises to acute"))
            {
                Error(answerLine, problem);
            }
        }

        return errors.Count == errorCount ? new SecondReader(new SecondReadingModel(bias!.Value, weights), threshold!.Value, disclosureThreshold!.Value, answer!) : null;
    }

    /// <summary>The file's text: the comment, the threshold and answer, and the model.</summary>
    public static string Format(IEnumerable<string> comment, SecondReader reading)
    {
        ArgumentNullException.ThrowIfNull(comment);
        ArgumentNullException.ThrowIfNull(reading);
        var text = new StringBuilder();
        foreach (var line in comment)
        {
            text.Append("# ").Append(line).Append('\n');
        }

        text.Append("threshold\t").Append(SecondReadingModel.Format(reading.Threshold)).Append('\n');
        text.Append("threshold_disclosure\t").Append(SecondReadingModel.Format(reading.DisclosureThreshold)).Append('\n');
        text.Append("answer\t").Append(reading.AnswerId).Append('\n');
        foreach (var line in reading.Model.Lines())
        {
            text.Append(line).Append('\n');
        }

        return text.ToString();
    }
}
