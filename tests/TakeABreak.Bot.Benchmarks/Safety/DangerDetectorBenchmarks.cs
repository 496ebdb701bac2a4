using BenchmarkDotNet.Attributes;
using TakeABreak.Signalering.Safety;

namespace TakeABreak.Bot.Benchmarks.Safety;

/// <summary>Time the acute-danger guard adds to every incoming message. Must stay well under a millisecond.</summary>
[MemoryDiagnoser]
public class DangerDetectorBenchmarks
{
    private const string LongMessage =
        "Ik weet niet goed hoe ik dit moet vertellen. Mijn buurvrouw woont sinds een jaar naast ons en ik hoor vaak " +
        "geschreeuw. Vorige week zag ik blauwe plekken op haar arm en ze zei dat ze gevallen was. Haar man controleert " +
        "haar telefoon en ze mag niet alleen naar buiten. De kinderen zijn stil en durven niet naar huis. Ik maak me " +
        "zorgen en wil weten wat ik kan doen, maar ik wil niet dat zij in de problemen komt. Wat raad je me aan?";

    private DangerDetector _detector = null!;

    [GlobalSetup]
    public void LoadContent() => _detector = SafetyContentLoader.Load(DialogsFolder()).Detector;

    [Benchmark(Description = "acute, short (nl)")]
    public SafetyVerdict AcuteShort() => _detector.Assess("hij slaat haar nu");

    [Benchmark(Description = "acute with typos (en)")]
    public SafetyVerdict AcuteWithTypos() => _detector.Assess("HELP he is stranglign her rite now");

    [Benchmark(Description = "no danger, short")]
    public SafetyVerdict NoDangerShort() => _detector.Assess("ik maak me zorgen om mijn buurvrouw");

    [Benchmark(Description = "no danger, 80 words")]
    public SafetyVerdict NoDangerLong() => _detector.Assess(LongMessage);

    private static string DialogsFolder()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var dialogs = Path.Combine(folder.FullName, "dialogs");
            if (File.Exists(Path.Combine(folder.FullName, "TakeABreak.Bot.sln")) && Directory.Exists(dialogs))
            {
                return dialogs;
            }
        }

        throw new InvalidOperationException("The dialogs folder was not found above " + AppContext.BaseDirectory);
    }
}
