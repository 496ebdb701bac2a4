using System.Runtime.CompilerServices;
using System.Text;

namespace TakeABreak.Bot.Tests.Conversation.Understanding;

/// <summary>One labelled message: the conversation's language, what was typed, and the interruption it asks for ("-": none).</summary>
public sealed record LabelledIntent(string Locale, string Text, string Expected, int Line)
{
    public const string NoIntent = "-";

    /// <summary>The fixed split: FNV-1a (32 bit) of "locale|text"; even is the tuning half, odd the held-out half.</summary>
    public bool IsHeldOut => (Fnv1a($"{Locale}|{Text}") & 1) == 1;

    public override string ToString() => $"({Locale}, line {Line}) {Text}";

    private static uint Fnv1a(string text)
    {
        var hash = 2166136261u;
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            hash = unchecked((hash ^ b) * 16777619u);
        }

        return hash;
    }
}

/// <summary>Reads labelled-intents.tsv (see the comment at its top).</summary>
public static class LabelledIntents
{
    public static IReadOnlyList<LabelledIntent> All { get; } = Read("labelled-intents.tsv");

    public static IReadOnlyList<LabelledIntent> Tuning => All.Where(message => !message.IsHeldOut).ToList();

    public static IReadOnlyList<LabelledIntent> HeldOut => All.Where(message => message.IsHeldOut).ToList();

    private static List<LabelledIntent> Read(string fileName)
    {
        var path = Path.Combine(Path.GetDirectoryName(SourceFile())!, fileName);
        var lines = File.ReadAllLines(path);
        var messages = new List<LabelledIntent>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Length == 0 || lines[i].StartsWith('#'))
            {
                continue;
            }

            var columns = lines[i].Split('\t');
            if (columns.Length != 3 || columns[0] is not ("nl" or "en") || columns[2].Length == 0)
            {
                throw new InvalidDataException($"{fileName} line {i + 1}: expected 3 tab-separated columns (nl|en, text, interruption id or -).");
            }

            messages.Add(new LabelledIntent(columns[0], columns[1], columns[2], i + 1));
        }

        return messages;
    }

    private static string SourceFile([CallerFilePath] string path = "") => path;
}

/// <summary>Precision and recall per interruption over a set of labelled messages.</summary>
public sealed class IntentScore
{
    private readonly Dictionary<string, (int TruePositives, int FalsePositives, int FalseNegatives)> _counts = new(StringComparer.Ordinal);

    public List<string> Misses { get; } = [];

    public int Messages { get; private set; }

    public int Correct { get; private set; }

    public void Add(LabelledIntent message, string got)
    {
        Messages++;
        if (got == message.Expected)
        {
            Correct++;
            if (got != LabelledIntent.NoIntent)
            {
                Update(got, tp: 1);
            }

            return;
        }

        Misses.Add($"MISS {message} | expected {message.Expected} | got {got}");
        if (got != LabelledIntent.NoIntent)
        {
            Update(got, fp: 1);
        }

        if (message.Expected != LabelledIntent.NoIntent)
        {
            Update(message.Expected, fn: 1);
        }
    }

    /// <summary>Over all intents together (micro average): of the interruptions started, how many were asked for; of those asked for, how many started.</summary>
    public (double Precision, double Recall) Overall
    {
        get
        {
            var tp = _counts.Values.Sum(c => c.TruePositives);
            var fp = _counts.Values.Sum(c => c.FalsePositives);
            var fn = _counts.Values.Sum(c => c.FalseNegatives);
            return (Ratio(tp, tp + fp), Ratio(tp, tp + fn));
        }
    }

    public IEnumerable<string> Table()
    {
        yield return "intent | precision | recall | (tp/fp/fn)";
        foreach (var (intent, c) in _counts.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            yield return $"{intent} | {Ratio(c.TruePositives, c.TruePositives + c.FalsePositives):P0} | {Ratio(c.TruePositives, c.TruePositives + c.FalseNegatives):P0} | ({c.TruePositives}/{c.FalsePositives}/{c.FalseNegatives})";
        }

        var (precision, recall) = Overall;
        yield return $"all (micro) | {precision:P1} | {recall:P1} | exact {Correct}/{Messages}";
    }

    private void Update(string intent, int tp = 0, int fp = 0, int fn = 0)
    {
        var c = _counts.GetValueOrDefault(intent);
        _counts[intent] = (c.TruePositives + tp, c.FalsePositives + fp, c.FalseNegatives + fn);
    }

    private static double Ratio(int part, int whole) => whole == 0 ? 1 : (double)part / whole;
}
