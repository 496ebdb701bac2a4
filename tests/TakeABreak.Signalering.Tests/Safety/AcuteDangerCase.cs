using TakeABreak.Signalering.Safety;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace TakeABreak.Signalering.Tests.Safety;

/// <summary>One line of acute-danger-cases.yaml.</summary>
public sealed class AcuteDangerCase
{
    public string Lang { get; set; } = "";

    public string Expect { get; set; } = "";

    public string Text { get; set; } = "";

    public SafetyLevel ExpectedLevel => Expect switch
    {
        "acute" => SafetyLevel.Acute,
        "urgent" => SafetyLevel.Urgent,
        "none" => SafetyLevel.None,
        _ => throw new InvalidDataException($"Case '{Text}': expect must be acute, urgent or none, not '{Expect}'."),
    };

    public static IReadOnlyList<AcuteDangerCase> All { get; } = Read();

    private static List<AcuteDangerCase> Read()
    {
        var yaml = File.ReadAllText(Path.Combine(RepositoryFolders.SafetyTests, "acute-danger-cases.yaml"));
        var file = new DeserializerBuilder().WithNamingConvention(LowerCaseNamingConvention.Instance).Build().Deserialize<CaseFile>(yaml);
        return file.Cases;
    }

    private sealed class CaseFile
    {
        [YamlMember(Alias = "cases")]
        public List<AcuteDangerCase> Cases { get; set; } = [];
    }
}
