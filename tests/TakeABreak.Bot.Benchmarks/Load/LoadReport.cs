using System.Globalization;

namespace TakeABreak.Bot.Benchmarks.Load;

/// <summary>Prints load results as a table and the ratios the targets are stated in.</summary>
public static class LoadReport
{
    public static void PrintTable(IReadOnlyList<LoadResult> results)
    {
        Console.WriteLine($"   {"target",-44} {"ops",8} {"failed",7} {"ops/s",9} {"p50 ms",8} {"p95 ms",8} {"p99 ms",8} {"CPU ms/op",10}");
        foreach (var result in results)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"   {result.Name,-44} {result.Operations,8} {result.Failures,7} {result.PerSecond,9:0.0} {result.P50,8:0.0} {result.P95,8:0.0} {result.P99,8:0.0} {result.CpuMsPerOperation,10:0.00}"));
        }
    }

    public static IReadOnlyList<LoadResult> Medians(IReadOnlyList<IReadOnlyList<LoadResult>> runs) =>
        runs[0].Select((first, index) =>
        {
            var same = runs.Select(run => run[index]).ToList();
            return new LoadResult(
                first.Name,
                (int)Median(same.Select(result => (double)result.Operations)),
                same.Max(result => result.Failures),
                Median(same.Select(result => result.PerSecond)),
                Median(same.Select(result => result.P50)),
                Median(same.Select(result => result.P95)),
                Median(same.Select(result => result.P99)),
                Median(same.Select(result => result.CpuMsPerOperation)));
        }).ToList();

    public static void PrintRatios(IReadOnlyList<LoadResult> medians)
    {
        var floor = medians.Single(result => result.Name.StartsWith("floor", StringComparison.Ordinal));
        foreach (var bot in medians.Where(result => result.Name.StartsWith("bot", StringComparison.Ordinal)))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"   {bot.Name}: {bot.PerSecond / floor.PerSecond:0.000}× the floor's throughput, p99 {bot.P99 / floor.P99:0.0}× the floor's p99"));
        }

        var storageFloor = medians.SingleOrDefault(result => result.Name.StartsWith("storage floor", StringComparison.Ordinal));
        var blob = medians.SingleOrDefault(result => result.Name.Contains("Blob", StringComparison.Ordinal) && result.Name.StartsWith("bot", StringComparison.Ordinal));
        if (storageFloor is not null && blob is not null)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"   bot, Blob: {blob.PerSecond / storageFloor.PerSecond:0.000}× the storage floor's read-write pairs/s"));
        }
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
