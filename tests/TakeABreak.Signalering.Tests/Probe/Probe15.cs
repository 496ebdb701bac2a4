using System.Reflection;
using System.Text.RegularExpressions;
using TakeABreak.Linguistics.Normalization;
using TakeABreak.Signalering.Tests.Safety;

namespace TakeABreak.Signalering.Tests.Probe;

public sealed class Probe15(SafetyContentFixture fixture) : IClassFixture<SafetyContentFixture>
{
    [Fact]
    public void ProbeFile()
    {
        var ids = File.ReadAllLines(Path.Combine(RepositoryFolders.Dialogs, "safety/lexicon.yaml"))
            .Select(line => Regex.Match(line, @"^  - id: (\S+)")).Where(m => m.Success).Select(m => m.Groups[1].Value).ToList();
        var detector = fixture.Detector;
        var matcher = typeof(TakeABreak.Signalering.Safety.DangerDetector).GetField("_matcher", BindingFlags.NonPublic | BindingFlags.Instance)!.GetValue(detector)!;
        var findAll = matcher.GetType().GetMethod("FindAll")!;
        var lines = File.ReadAllLines("/tmp/g15/probe.txt").Where(l => l.Trim().Length > 0 && !l.StartsWith('#'));
        using var writer = new StreamWriter("/tmp/g15/probe.out");
        foreach (var line in lines)
        {
            var expected = line[..1];
            var text = line[2..];
            var verdict = detector.Assess(text);
            var normalized = TextNormalizer.Normalize(text);
            var matches = (System.Collections.IEnumerable)findAll.Invoke(matcher, [normalized])!;
            var parts = new List<string>();
            foreach (var m in matches)
            {
                var t = m.GetType();
                var c = (int)t.GetProperty("Concept")!.GetValue(m)!;
                parts.Add($"{ids[c]}@{t.GetProperty("Start")!.GetValue(m)}-{t.GetProperty("End")!.GetValue(m)}");
            }
            var got = verdict.Level.ToString()[..1].ToLowerInvariant();
            var ok = got == expected || (expected == "u" && got == "u") ? "  " : "XX";
            writer.WriteLine($"{ok} {expected}->{verdict.Level} [{string.Join(',', verdict.ReasonIds)}] \"{text}\"\n      {string.Join(' ', parts)}");
        }
    }

    [Fact]
    public void FalseAlarms()
    {
        var props = typeof(TakeABreak.Signalering.Tests.Safety.Labelled.LabelledSafetyMessages).GetProperties(BindingFlags.Public | BindingFlags.Static)
            .Where(p => p.PropertyType == typeof(IReadOnlyList<TakeABreak.Signalering.Tests.Safety.Labelled.LabelledMessage>));
        using var writer = new StreamWriter("/tmp/g15/fa.out");
        var seen = new HashSet<string>();
        foreach (var prop in props)
        {
            foreach (var m in (IReadOnlyList<TakeABreak.Signalering.Tests.Safety.Labelled.LabelledMessage>)prop.GetValue(null)!)
            {
                if (!seen.Add(m.Text)) continue;
                var v = fixture.Detector.Assess(m.Text);
                var bad = (m.Expected != TakeABreak.Signalering.Safety.SafetyLevel.Acute && v.IsAcute) || (m.Expected == TakeABreak.Signalering.Safety.SafetyLevel.Acute && !v.IsAcute);
                writer.WriteLine($"{(bad ? "XX" : "  ")} {prop.Name} {m.Half} {m.Expected}->{v.Level} [{string.Join(',', v.ReasonIds)}] \"{m.Text}\"");
            }
        }
    }
}
