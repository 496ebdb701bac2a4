using System.Text.RegularExpressions;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace TakeABreak.EndToEnd.Tests.Widget;

[Collection(WidgetCollection.Name)]
public sealed partial class WidgetBrowserTests(ProductHost host, ChromiumBrowser chromium)
{
    [Fact]
    public async Task Snel_weg_replaces_the_page_with_the_neutral_site_and_leaves_nothing_behind()
    {
        await using var chat = await ChatPage.OpenAsync(chromium.Browser, host, SurroundingPages.StartPath);
        await chat.Page.GotoAsync(host.BaseUrl + "/");
        await chat.WaitForTextAsync(ChatPage.Welcome);

        await chat.Page.GetByRole(AriaRole.Button, new() { Name = "Snel weg: verlaat deze pagina meteen" }).ClickAsync();

        await AssertLeftWithoutTracesAsync(chat);
    }

    [Fact]
    public async Task Opening_the_chat_and_the_safe_use_page_gives_no_console_error_and_no_failed_request()
    {
        var context = await chromium.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var problems = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                problems.Add("console: " + message.Text);
            }
        };
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                problems.Add($"{response.Status} {response.Url}");
            }
        };
        try
        {
            await page.GotoAsync(host.BaseUrl + "/");
            await page.Locator(".webchat__basic-transcript").GetByText(ChatPage.Welcome).First.WaitForAsync(new() { Timeout = ChatPage.Timeout });
            await page.GotoAsync(host.BaseUrl + "/veilig-gebruik");
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

            Assert.Empty(problems);
        }
        finally
        {
            await context.CloseAsync();
        }
    }

    [Fact]
    public async Task Pressing_Shift_three_times_leaves_just_like_the_button()
    {
        await using var chat = await ChatPage.OpenAsync(chromium.Browser, host, SurroundingPages.StartPath);
        await chat.Page.GotoAsync(host.BaseUrl + "/");
        await chat.WaitForTextAsync(ChatPage.Welcome);
        await chat.SendBox.FocusAsync();

        for (var i = 0; i < 3; i++)
        {
            await chat.Page.Keyboard.PressAsync("Shift");
        }

        await AssertLeftWithoutTracesAsync(chat);
    }

    [Fact]
    public async Task Typing_capitals_does_not_trigger_quick_exit()
    {
        await using var chat = await ChatPage.OpenAsync(chromium.Browser, host);
        await chat.WaitForTextAsync(ChatPage.Welcome);

        await chat.SendBox.PressSequentiallyAsync("Ik Ben Hier");
        await chat.SendBox.PressAsync("Enter");
        await chat.WaitForTextAsync("Dank je dat je dat vertelt.");

        Assert.EndsWith("/", chat.Page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_hidden_skip_link_is_the_first_stop_for_the_keyboard_and_leaves_too()
    {
        await using var chat = await ChatPage.OpenAsync(chromium.Browser, host, SurroundingPages.StartPath);
        await chat.Page.GotoAsync(host.BaseUrl + "/");
        await chat.WaitForTextAsync(ChatPage.Welcome);
        await chat.Page.EvaluateAsync("() => document.activeElement && document.activeElement.blur()");

        await chat.Page.Keyboard.PressAsync("Tab");
        var focused = await chat.Page.EvaluateAsync<string>("() => document.activeElement.textContent");
        await chat.Page.Keyboard.PressAsync("Enter");

        Assert.Equal("Snel weg: verlaat deze pagina meteen", focused);
        await AssertLeftWithoutTracesAsync(chat);
    }

    [Fact]
    public async Task A_visitor_can_use_the_conversation_with_the_keyboard_only()
    {
        await using var chat = await ChatPage.OpenAsync(chromium.Browser, host);
        await chat.WaitForTextAsync(ChatPage.Welcome);
        await chat.Page.EvaluateAsync("() => document.activeElement && document.activeElement.blur()");

        var reachedAction = false;
        for (var i = 0; i < 40 && !reachedAction; i++)
        {
            await chat.Page.Keyboard.PressAsync("Tab");
            reachedAction = await chat.Page.EvaluateAsync<bool>("() => (document.activeElement.textContent || '').trim() === 'Buur'");
        }

        Assert.True(reachedAction, "Tab never reached the suggested action.");
        await chat.Page.Keyboard.PressAsync("Enter");
        await chat.WaitForTextAsync("Over wie maak je je zorgen?");

        var reachedSendBox = false;
        for (var i = 0; i < 40 && !reachedSendBox; i++)
        {
            reachedSendBox = await chat.Page.EvaluateAsync<bool>("() => document.activeElement.getAttribute('data-id') === 'webchat-sendbox-input'");
            if (!reachedSendBox)
            {
                await chat.Page.Keyboard.PressAsync("Tab");
            }
        }

        Assert.True(reachedSendBox, "Tab never reached the send box.");
        await chat.Page.Keyboard.TypeAsync("een partner");
        await chat.Page.Keyboard.PressAsync("Enter");
        await chat.WaitForTextAsync("Wat heb je gemerkt?");
    }

    [Fact]
    public async Task Axe_finds_no_serious_or_critical_violation_with_a_conversation_in_progress()
    {
        await using var chat = await ChatPage.OpenAsync(chromium.Browser, host);
        await chat.WaitForTextAsync(ChatPage.Welcome);
        await chat.SendAsync("hij slaat haar nu");
        await chat.Alert.WaitForAsync(new() { State = WaitForSelectorState.Visible });
        await chat.WaitForTextAsync("Bel nu 112.");

        var results = await chat.Page.RunAxe();
        var serious = results.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} ({v.Impact}): {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}")
            .ToList();

        Assert.True(serious.Count == 0, string.Join(Environment.NewLine, serious));
    }

    [Fact]
    public async Task The_safe_use_page_says_what_quick_exit_cannot_hide_in_Dutch_and_English()
    {
        await using var chat = await ChatPage.OpenAsync(chromium.Browser, host, "/veilig-gebruik");
        var dutch = await chat.Page.Locator("main").InnerTextAsync();
        await chat.Page.GotoAsync(host.BaseUrl + "/veilig-gebruik?lang=en");
        var english = await chat.Page.Locator("main").InnerTextAsync();

        Assert.Contains("geschiedenis van je browser", dutch, StringComparison.Ordinal);
        Assert.Contains("Spyware", dutch, StringComparison.Ordinal);
        Assert.Contains("browser history", english, StringComparison.Ordinal);
        Assert.Empty(await chat.CspViolationsAsync());
    }

    [Fact]
    public async Task The_page_loads_nothing_from_elsewhere_sets_no_cookie_and_stays_within_its_byte_budget()
    {
        var context = await chromium.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var requests = new List<IRequest>();
        var firstVisit = new List<IRequest>(); // later visits take the fingerprinted scripts from the cache: nothing is sent for them
        page.RequestFinished += (_, request) => requests.Add(request);
        var timings = new List<double>();
        var shellTimings = new List<double>();
        try
        {
            for (var run = 0; run < 5; run++)
            {
                requests.Clear();
                var started = System.Diagnostics.Stopwatch.GetTimestamp();
                await page.GotoAsync(host.BaseUrl + "/");
                await page.Locator(".webchat__basic-transcript").WaitForAsync(new() { Timeout = ChatPage.Timeout });
                shellTimings.Add(System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                await page.Locator(".webchat__basic-transcript").GetByText(ChatPage.Welcome).First.WaitForAsync(new() { Timeout = ChatPage.Timeout });
                timings.Add(System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                if (run == 0)
                {
                    firstVisit.AddRange(requests);
                }
            }

            long bytes = 0;
            foreach (var request in requests)
            {
                // A file the browser took from its cache reports its header size subtracted from nothing (the kept icon: -608).
                bytes += Math.Max(0, (await request.SizesAsync()).ResponseBodySize);
            }

            timings.Sort();
            shellTimings.Sort();
            Directory.CreateDirectory(TestArtifacts.Directory);
            await File.WriteAllTextAsync(
                Path.Combine(TestArtifacts.Directory, "widget-measurements.txt"),
                $"load to welcome, median of 5 (ms): {timings[2]:F0}; all: {string.Join(", ", timings.Select(t => t.ToString("F0", System.Globalization.CultureInfo.InvariantCulture)))}\n" +
                $"load to Web Chat rendered (no bot message yet), median of 5 (ms): {shellTimings[2]:F0}\n" +
                $"bytes transferred (response bodies, last load): {bytes}\nrequests: {requests.Count}\n" +
                string.Join("\n", requests.Select(r => r.Url)));

            Assert.All(requests, request => Assert.Matches($"^(blob:)?{Regex.Escape(host.BaseUrl)}/", request.Url));
            foreach (var request in firstVisit.Where(r => r.Url.StartsWith("http", StringComparison.Ordinal)))
            {
                Assert.False((await request.AllHeadersAsync()).ContainsKey("referer"), $"{request.Url} was sent a Referer");
            }

            Assert.Empty(await context.CookiesAsync());
            Assert.InRange(bytes, 1, 5 * 1024 * 1024);
        }
        finally
        {
            await context.CloseAsync();
        }
    }

    [Fact]
    public async Task Another_website_embeds_the_widget_with_one_script_and_one_element_and_quick_exit_leaves_that_site()
    {
        await using var chat = await ChatPage.OpenAsync(chromium.Browser, host, SurroundingPages.StartPath);
        await chat.Page.GotoAsync(host.EmbeddingSiteUrl + SurroundingPages.EmbeddingPath);
        var frame = chat.Page.FrameLocator("#takeabreak-chat iframe");
        await frame.Locator(".webchat__basic-transcript").GetByText(ChatPage.Welcome).First.WaitForAsync();
        var title = await chat.Page.Locator("#takeabreak-chat iframe").GetAttributeAsync("title");

        await frame.Locator(".exit-button").ClickAsync();
        await Assertions.Expect(chat.Page).ToHaveURLAsync(NeutralPage(), new() { Timeout = 20_000 });
        await chat.Page.GoBackAsync();

        Assert.Equal("Chat met TakeABreak", title);
        Assert.EndsWith(SurroundingPages.StartPath, chat.Page.Url, StringComparison.Ordinal);
    }

    private static async Task AssertLeftWithoutTracesAsync(ChatPage chat)
    {
        // Polls the page's URL rather than waiting for a navigation event: the quick exit may already have replaced
        // the page before a navigation waiter would be listening, and then it would wait for one that never comes.
        try
        {
            await Assertions.Expect(chat.Page).ToHaveURLAsync(NeutralPage(), new() { Timeout = 20_000 });
        }
        catch (PlaywrightException timeout)
        {
            var leaving = await chat.Page.EvaluateAsync<string>("() => document.documentElement.className + ' | ' + document.body.innerText.slice(0, 80)");
            throw new TimeoutException($"Quick exit did not reach the neutral page; still at {chat.Page.Url} ({leaving}).", timeout);
        }

        var storedItems = await chat.Page.EvaluateAsync<int>("() => sessionStorage.length");
        var cookies = await chat.Context.CookiesAsync();

        await chat.Page.GoBackAsync();
        var urlAfterBack = chat.Page.Url;
        var chatVisibleAfterBack = await chat.Page.Locator(".webchat__basic-transcript").CountAsync();

        Assert.Equal(0, storedItems);
        Assert.Empty(cookies);
        Assert.EndsWith(SurroundingPages.StartPath, urlAfterBack, StringComparison.Ordinal);
        Assert.Equal(0, chatVisibleAfterBack);
    }

    [GeneratedRegex(@"/neutraal$")]
    private static partial Regex NeutralPage();
}
