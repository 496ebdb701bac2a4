using Xunit.Abstractions;

namespace TakeABreak.Signalering.Tests.Safety;

public sealed class ZzProbe(SafetyContentFixture fixture, ITestOutputHelper output) : IClassFixture<SafetyContentFixture>
{
    [Fact]
    public void Probe()
    {
        foreach (var line in File.ReadAllLines("/tmp/g3/probe.txt"))
        {
            if (line.Trim().Length > 0)
            {
                output.WriteLine($"{fixture.Detector.Assess(line)}  <= {line}");
            }
        }
    }
}
