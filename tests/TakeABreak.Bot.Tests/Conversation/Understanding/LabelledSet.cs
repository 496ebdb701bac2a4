using System.Runtime.CompilerServices;
using System.Text;

namespace TakeABreak.Bot.Tests.Conversation.Understanding;

/// <summary>One labelled message: where it is typed, in which language, and what the bot should take from it.</summary>
public sealed record LabelledAnswer(string Question, string Locale, string Text, string Expected, int Line)
{
    /// <summary>The fixed split: FNV-1a (32 bit) of "question|text"; even is the tuning half, odd the held-out half.</summary>
    public bool IsHeldOut => (Fnv1a($"{Question}|{Text}") & 1) == 1;

    public override string ToString() => $"{Question} ({Locale}, line {Line}): {Text}";

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

/// <summary>Reads labelled-answers.tsv (see the comment at its top) and the blind set in the same format.</summary>
public static class LabelledSet
{
    public static IReadOnlyList<LabelledAnswer> All { get; } = Read("labelled-answers.tsv");

    /// <summary>labelled-answers-blind.tsv: written by another author while the recognizer was tuned, never seen while tuning.</summary>
    public static IReadOnlyList<LabelledAnswer> Blind { get; } = Read("labelled-answers-blind.tsv");

    /// <summary>The second blind set, written by the lead in the third session while the recognizer was tuned elsewhere; never tuned on.</summary>
    public static IReadOnlyList<LabelledAnswer> SecondBlind { get; } = Read("labelled-answers-blind-2.tsv");

    /// <summary>The third blind set, written by the lead in the fourth session while the recognizer was tuned elsewhere; never tuned on.</summary>
    public static IReadOnlyList<LabelledAnswer> ThirdBlind { get; } = Read("labelled-answers-blind-3.tsv");

    /// <summary>The fourth blind set, written by the lead in the fifth session while the recognizer was tuned elsewhere; never tuned on.</summary>
    public static IReadOnlyList<LabelledAnswer> FourthBlind { get; } = Read("labelled-answers-blind-4.tsv");

    /// <summary>The round-3 check set: new wording per family of answers (professions, kin words, time words, signals by their parts).</summary>
    public static IReadOnlyList<LabelledAnswer> RoundThree { get; } = Read("labelled-answers-round3.tsv");

    public static IReadOnlyList<LabelledAnswer> Tuning => All.Where(answer => !answer.IsHeldOut).ToList();

    public static IReadOnlyList<LabelledAnswer> HeldOut => All.Where(answer => answer.IsHeldOut).ToList();

    private static List<LabelledAnswer> Read(string fileName)
    {
        var path = Path.Combine(Path.GetDirectoryName(SourceFile())!, fileName);
        var lines = File.ReadAllLines(path);
        var answers = new List<LabelledAnswer>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Length == 0 || lines[i].StartsWith('#'))
            {
                continue;
            }

            var columns = lines[i].Split('\t');
            if (columns.Length != 4)
            {
                throw new InvalidDataException($"{fileName} line {i + 1}: expected 4 tab-separated columns, found {columns.Length}.");
            }

            answers.Add(new LabelledAnswer(columns[0], columns[1], columns[2], columns[3], i + 1));
        }

        return answers;
    }

    private static string SourceFile([CallerFilePath] string path = "") => path;
}
