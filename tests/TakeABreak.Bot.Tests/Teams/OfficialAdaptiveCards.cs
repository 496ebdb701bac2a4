using System.Diagnostics;
using System.Text.Json.Nodes;
using TakeABreak.Bot.Testing;

namespace TakeABreak.Bot.Tests.Teams;

/// <summary>
/// Checks a card with Microsoft's own Adaptive Cards library (npm package <c>adaptivecards</c>, installed in tests/ by
/// <c>npm ci</c>, never committed): it parses the card as the version the card declares and serialises it back. A card
/// is valid when the parser reports nothing (unknown element or action types, unsupported versions, bad values) and
/// every property survives the round trip (a misspelt or unknown property is dropped by the parser).
/// </summary>
internal static class OfficialAdaptiveCards
{
    private const string Script = """
        const AC = require(process.argv[1] + "/node_modules/adaptivecards/dist/adaptivecards.js");
        const input = JSON.parse(require("fs").readFileSync(0, "utf8"));
        const card = new AC.AdaptiveCard();
        const context = new AC.SerializationContext();
        card.parse(input, context);
        const events = [];
        for (let i = 0; i < context.eventCount; i++) events.push(context.getEventAt(i).message);
        process.stdout.write(JSON.stringify({ events, json: card.toJSON() }));
        """;

    private static readonly SemaphoreSlim InstallGate = new(1, 1);

    public static async Task<IReadOnlyList<string>> ProblemsAsync(JsonNode card)
    {
        var tests = RepositoryRoot.Combine("tests");
        await EnsureInstalledAsync(tests);
        var node = Process.Start(new ProcessStartInfo("node")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            ArgumentList = { "-e", Script, tests },
        }) ?? throw new InvalidOperationException("Could not start node.");
        await node.StandardInput.WriteAsync(card.ToJsonString());
        node.StandardInput.Close();
        var output = await node.StandardOutput.ReadToEndAsync();
        var error = await node.StandardError.ReadToEndAsync();
        await node.WaitForExitAsync();
        if (node.ExitCode != 0)
        {
            throw new InvalidOperationException($"The Adaptive Cards library failed: {error}");
        }

        var result = JsonNode.Parse(output)!;
        var problems = result["events"]!.AsArray().Select(e => e!.GetValue<string>()).ToList();
        problems.AddRange(Lost(card, result["json"], "card"));
        return problems;
    }

    /// <summary>Every property of <paramref name="expected"/> with the same value in <paramref name="actual"/>.</summary>
    private static IEnumerable<string> Lost(JsonNode? expected, JsonNode? actual, string path)
    {
        switch (expected)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj)
                {
                    if (actual is not JsonObject other || !other.ContainsKey(key))
                    {
                        yield return $"{path}.{key} is not part of the Adaptive Card schema (the parser dropped it)";
                        continue;
                    }

                    foreach (var problem in Lost(value, other[key], $"{path}.{key}"))
                    {
                        yield return problem;
                    }
                }

                break;
            case JsonArray array:
                if (actual is not JsonArray otherArray || otherArray.Count != array.Count)
                {
                    yield return $"{path} lost items in the parser";
                    yield break;
                }

                for (var i = 0; i < array.Count; i++)
                {
                    foreach (var problem in Lost(array[i], otherArray[i], $"{path}[{i}]"))
                    {
                        yield return problem;
                    }
                }

                break;
            default:
                if (!JsonNode.DeepEquals(expected, actual) && !string.Equals(expected?.ToString(), actual?.ToString(), StringComparison.OrdinalIgnoreCase))
                {
                    yield return $"{path} became {actual?.ToJsonString() ?? "nothing"} instead of {expected?.ToJsonString()}";
                }

                break;
        }
    }

    private static async Task EnsureInstalledAsync(string tests)
    {
        await InstallGate.WaitAsync();
        try
        {
            if (File.Exists(Path.Combine(tests, "node_modules", "adaptivecards", "dist", "adaptivecards.js")))
            {
                return;
            }

            using var npm = Process.Start(new ProcessStartInfo("npm")
            {
                WorkingDirectory = tests,
                UseShellExecute = false,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                ArgumentList = { "ci", "--no-audit", "--no-fund" },
            }) ?? throw new InvalidOperationException("Could not start npm to install the Adaptive Cards library.");
            var output = npm.StandardOutput.ReadToEndAsync();
            var error = await npm.StandardError.ReadToEndAsync();
            await npm.WaitForExitAsync();
            if (npm.ExitCode != 0)
            {
                throw new InvalidOperationException($"npm ci failed in {tests}: {await output} {error}");
            }
        }
        finally
        {
            InstallGate.Release();
        }
    }
}
