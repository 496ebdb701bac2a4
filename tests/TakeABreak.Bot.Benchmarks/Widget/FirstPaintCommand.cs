using System.Globalization;
using Microsoft.Playwright;
using TakeABreak.Bot.Benchmarks.Load;
using TakeABreak.Bot.Testing.Processes;

namespace TakeABreak.Bot.Benchmarks.Widget;

/// <summary>
/// <c>dotnet run -c Release --project tests/TakeABreak.Bot.Benchmarks -- first-paint [--runs 5]</c>: the real host in
/// its own process and Debian's headless Chromium on localhost. Each run is a first visit in a fresh browser context
/// (empty cache), then a second visit in the same context; it measures from the start of navigation to the load event
/// and to the bot's welcome in the transcript, and the bytes that came over the wire. Prints each run and the medians.
/// Target: the welcome within 1.2 s (median of 5 first visits).
/// </summary>
public static class FirstPaintCommand
{
    public const string Verb = "first-paint";

    private const string ChromiumPath = "/usr/bin/chromium";

    /// <summary>The first thing the real bot says (dialogs/strings/conversation.yaml, welcome_intro).</summary>
    private const string Welcome = "Ik ben de digitale assistent van Moviera";

    private const string WelcomeWatcher = """
        window.__welcomeAt = null;
        new MutationObserver(function (changes, observer) {
          var transcript = document.querySelector('.webchat__basic-transcript');
          if (transcript && transcript.textContent.indexOf('WELCOME') >= 0) {
            window.__welcomeAt = performance.now();
            observer.disconnect();
          }
        }).observe(document, { childList: true, subtree: true, characterData: true });
        """;

    public static async Task<int> RunAsync(string[] args)
    {
        var runs = args.Length >= 3 && args[1] == "--runs" ? int.Parse(args[2], CultureInfo.InvariantCulture) : 5;
        if (!File.Exists(ChromiumPath))
        {
            Console.Error.WriteLine($"{ChromiumPath} is missing: apt-get install -y chromium.");
            return 2;
        }

        var dataFolder = Path.Combine(Path.GetTempPath(), "takeabreak-first-paint", Guid.NewGuid().ToString("N"));
        await using var host = await ProductHost.StartAsync(new Dictionary<string, string>
        {
            ["Storage__Sqlite__DataFolder"] = dataFolder,
            ["Widget__TokenRequestsPerMinutePerAddress"] = "1000",
            ["DirectLine__ConversationOpensPerMinutePerAddress"] = "1000",
        });
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });

        var url = new Uri(host.BaseAddress, "/").ToString();
        await VisitAsync(browser, url); // warm the host (JIT) and the browser once, not counted
        var first = new List<Visit>();
        var second = new List<Visit>();
        Console.WriteLine("run  visit   load ms  welcome ms  welcome after load ms  bytes over the wire");
        for (var run = 1; run <= runs; run++)
        {
            var (fresh, again) = await VisitAsync(browser, url);
            first.Add(fresh);
            second.Add(again);
            Console.WriteLine($"{run,3}  first  {fresh.LoadMs,8:0}  {fresh.WelcomeMs,10:0}  {fresh.WelcomeMs - fresh.LoadMs,21:0}  {fresh.Bytes,10:N0}");
            Console.WriteLine($"{run,3}  again  {again.LoadMs,8:0}  {again.WelcomeMs,10:0}  {again.WelcomeMs - again.LoadMs,21:0}  {again.Bytes,10:N0}");
        }

        Console.WriteLine($"median first visit: load {Median(first, v => v.LoadMs):0} ms, welcome {Median(first, v => v.WelcomeMs):0} ms ({Median(first, v => v.WelcomeMs - v.LoadMs):0} ms after load), {Median(first, v => v.Bytes):N0} bytes");
        Console.WriteLine($"median second visit: load {Median(second, v => v.LoadMs):0} ms, welcome {Median(second, v => v.WelcomeMs):0} ms ({Median(second, v => v.WelcomeMs - v.LoadMs):0} ms after load), {Median(second, v => v.Bytes):N0} bytes");
        try
        {
            Directory.Delete(dataFolder, recursive: true);
        }
        catch (IOException)
        {
        }

        return 0;
    }

    private static async Task<(Visit First, Visit Again)> VisitAsync(IBrowser browser, string url)
    {
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { Locale = "nl-NL" });
        await context.AddInitScriptAsync(WelcomeWatcher.Replace("WELCOME", Welcome, StringComparison.Ordinal));
        var first = await LoadAsync(context, url);
        var again = await LoadAsync(context, url);
        return (first, again);
    }

    private static async Task<Visit> LoadAsync(IBrowserContext context, string url)
    {
        var page = await context.NewPageAsync();
        page.PageError += (_, error) => Console.Error.WriteLine($"page error: {error}");
        page.Console += (_, message) => Console.Error.WriteLine($"console {message.Type}: {message.Text} ({message.Location})");
        var client = await context.NewCDPSessionAsync(page);
        long bytes = 0;
        client.Event("Network.loadingFinished").OnEvent += (_, e) =>
        {
            if (e is { } json && json.TryGetProperty("encodedDataLength", out var length))
            {
                Interlocked.Add(ref bytes, (long)length.GetDouble());
            }
        };
        await client.SendAsync("Network.enable");
        await page.GotoAsync(url, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        await page.WaitForFunctionAsync("() => window.__welcomeAt !== null", null, new PageWaitForFunctionOptions { Timeout = 20_000 });
        var load = await page.EvaluateAsync<double>("() => performance.getEntriesByType('navigation')[0].loadEventEnd");
        var welcome = await page.EvaluateAsync<double>("() => window.__welcomeAt");
        await page.CloseAsync();
        return new Visit(load, welcome, Interlocked.Read(ref bytes));
    }

    private static double Median(List<Visit> visits, Func<Visit, double> value)
    {
        var sorted = visits.Select(value).Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private sealed record Visit(double LoadMs, double WelcomeMs, long Bytes);
}
