using System.Globalization;
using System.Text;
using TakeABreak.Signalering.Safety.Content;

namespace TakeABreak.Signalering.Safety.SecondReading;

/// <summary>
/// The text form of a learned model file in dialogs/safety (second-reading.tsv, disclosure-reading.tsv): comment lines (#),
/// named settings (the thresholds the file must give, and "answer"), "bias", then one feature and its weight a line,
/// separated by a tab. Errors name the file, the line and what is wrong.
/// </summary>
internal static class LearnedModelFile
{
    private static readonly string[] FeatureKinds = ["w:", "b:", "c:", "k:"];

    /// <summary>What a valid file holds: its thresholds by name, its answer, and the model.</summary>
    public sealed record Contents(IReadOnlyDictionary<string, double> Thresholds, string Answer, int AnswerLine, SecondReadingModel Model);

    /// <summary>Reads the lines; <paramref name="thresholds"/> names each threshold the file must give and says what it is for.</summary>
    public static Contents? Parse(string relativePath, IReadOnlyList<string> lines, IReadOnlyDictionary<string, string> thresholds, ICollection<ContentError> errors)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(errors);
        var errorCount = errors.Count;
        void Error(int line, string message) => errors.Add(new ContentError(relativePath, line, message));

        var found = new Dictionary<string, double>(StringComparer.Ordinal);
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

            if (thresholds.ContainsKey(name))
            {
                if (number is > 0 and < 1)
                {
                    found[name] = number;
                }
                else
                {
                    Error(lineNumber, $"the {name} must be between 0 and 1");
                }
            }
            else if (name == "bias")
            {
                bias = number;
            }
            else if (!FeatureKinds.Any(kind => name.StartsWith(kind, StringComparison.Ordinal) && name.Length > kind.Length))
            {
                Error(lineNumber, $"'{name}' is no feature: a feature starts with w: (a word), b: (two words), c: (a piece of a word) or k: (a part the rules found)");
            }
            else if (!weights.TryAdd(name, number))
            {
                Error(lineNumber, $"the feature '{name}' is given twice");
            }
        }

        foreach (var (name, purpose) in thresholds.Where(threshold => !found.ContainsKey(threshold.Key)))
        {
            Error(0, $"the {purpose} is missing (a line '{name}<TAB>0.9')");
        }

        if (bias is null)
        {
            Error(0, "the bias is missing (a line 'bias<TAB>-1.5')");
        }

        if (answer is null)
        {
            Error(0, "the answer is missing (a line 'answer<TAB>message id in safety/messages.yaml')");
        }

        return errors.Count == errorCount ? new Contents(found, answer!, answerLine, new SecondReadingModel(bias!.Value, weights)) : null;
    }

    /// <summary>The file's text: the comment, the thresholds in the order given, the answer, and the model.</summary>
    public static string Format(IEnumerable<string> comment, IEnumerable<(string Name, double Value)> thresholds, string answer, SecondReadingModel model)
    {
        ArgumentNullException.ThrowIfNull(comment);
        var text = new StringBuilder();
        foreach (var line in comment)
        {
            text.Append("# ").Append(line).Append('\n');
        }

        foreach (var (name, value) in thresholds)
        {
            text.Append(name).Append('\t').Append(SecondReadingModel.Format(value)).Append('\n');
        }

        text.Append("answer\t").Append(answer).Append('\n');
        foreach (var line in model.Lines())
        {
            text.Append(line).Append('\n');
        }

        return text.ToString();
    }
}
