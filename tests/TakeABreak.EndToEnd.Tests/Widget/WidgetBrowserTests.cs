using System.Text.RegularExpressions;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace TakeABreak.EndToEnd.Tests.Widget;

[Collection(WidgetCollection.Name)]
public sealed partial class WidgetBrowserTests(WidgetHost host, ChromiumBrowser chromium)
{
    [Fact]
    public async Task The_page_opens_in_Dutch_with_the_welcome_and_a_suggested_action_leads_on()
    {
        await using var chat = await ChatPage.OpenAsync(chromium.Browser, host);

        await chat.WaitForTextAsync(WidgetRehearsalBot.Welcome);
        await chat.SuggestedAction(WidgetRehearsalBot.Worried).ClickAsync();
        await chat.WaitForTextAsync(WidgetRehearsalBot.WhatYouCanDo);

        Assert.Equal("nl", await chat.Page.EvaluateAsync<string>("() => document.documentElement.lang"));
        Assert.Equal("Snel weg", await chat.Page.Locator(".exit-button").InnerTextAsync());
        Assert.Empty(await chat.CspViolationsAsync());
        Directory.CreateDirectory(ArtifactsDirectory);
        await chat.Page.ScreenshotAsync(new() { Path = Path.Combine(ArtifactsDirectory, "widget-conversation.png"), FullPage = true });
    }

    [Fact]
    public async Task Switching_to_English_changes_the_page_and_the_locale_the_bot_hears()
    {
        await using var chat = await ChatPage.OpenAsync(chromium.Browser, host);
        await chat.WaitForTextAsync(WidgetRehearsalBot.Welcome);

        await chat.Page.Locator("#language-switch").ClickAsync();
        await chat.Page.Locator(".exit-button", new() { HasText = "Leave now" }).WaitForAsync();
        await chat.SendAsync("hello");
        await chat.WaitForTextAsync("gehoord in en-US: hello");

        Assert.Equal("en", await chat.Page.EvaluateAsync<string>("() => document.documentElement.lang"));
        Assert.Equal("Nederlands", await chat.Page.Locator("#language-switch").InnerTextAsync());
    }

    [Fact]
    public async Task An_acute_message_shows_the_red_banner_with_a_tel_112_link_that_stays_until_deliberately_dismissed()
    {
        await using var chat = await ChatPage.OpenAsync(chromium.Browser, host);
        await chat.WaitForTextAsync(WidgetRehearsalBot.Welcome);

        await chat.SendAsync(WidgetRehearsalBot.AcuteKeyword);
        await chat.Alert.WaitForAsync(new() { State = WaitForSelectorState.Visible });
        var callHref = await chat.Alert.GetByRole(AriaRole.Link, new() { Name = "Bel 112" }).GetAttributeAsync("href");
        await chat.Page.Keyboard.PressAsync("Escape");
        await chat.Page.Locator("#safety-alert-dismiss").ClickAsync();
        var stillVisibleAfterFirstClick = await chat.Alert.IsVisibleAsync();
        await chat.Page.Locator("#safety-alert-confirm-yes").ClickAsync();

        Assert.Equal("tel:112", callHref);
        Assert.True(stillVisibleAfterFirstClick);
        Assert.False(await chat.Alert.IsVisibleAsync());
    }

    [Fact]
    public async Task Snel_weg_replaces_the_page_with_the_neutral_site_and_leaves_nothing_behind()
    {
        await using var chat = await ChatPage.OpenAsync(chromium.Browser, host, WidgetHost.StartPath);
        await chat.Page.GotoAsync(host.BaseUrl + "/");
        await chat.WaitForTextAsync(WidgetRehearsalBot.Welcome);

        await chat.Page.GetByRole(AriaRole.Button, new() { Name = "Snel weg: verlaat deze pagina meteen" }).ClickAsync();

        await AssertLeftWithoutTracesAsync(chat);
    }

    [Fact]
    public async Task Pressing_Shift_three_times_leaves_just_like_the_button()
    {
        await using var chat = await ChatPage.OpenAsync(chromium.Browser, host, WidgetHost.StartPath);
        await chat.Page.GotoAsync(host.BaseUrl + "/");
        await chat.WaitForTextAsync(WidgetRehearsalBot.Welcome);
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
        await chat.WaitForTextAsync(WidgetRehearsalBot.Welcome);

        await chat.SendBox.PressSequentiallyAsync("Ik Ben Hier");
        await chat.SendBox.PressAsync("Enter");
        await chat.WaitForTextAsync("gehoord in nl-NL: Ik Ben Hier");

        Assert.EndsWith("/", chat.Page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_hidden_skip_link_is_the_first_stop_for_the_keyboard_and_leaves_too()
    {
        await using var chat = await ChatPage.OpenAsync(chromium.Browser, host, WidgetHost.StartPath);
        await chat.Page.GotoAsync(host.BaseUrl + "/");
        await chat.WaitForTextAsync(WidgetRehearsalBot.Welcome);
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
        await chat.WaitForTextAsync(WidgetRehearsalBot.Welcome);
        await chat.Page.EvaluateAsync("() => document.activeElement && document.activeElement.blur()");

        var reachedAction = false;
        for (var i = 0; i < 40 && !reachedAction; i++)
        {
            await chat.Page.Keyboard.PressAsync("Tab");
            reachedAction = await chat.Page.EvaluateAsync<bool>($"() => (document.activeElement.textContent || '').trim() === '{WidgetRehearsalBot.Worried}'");
        }

        Assert.True(reachedAction, "Tab never reached the suggested action.");
        await chat.Page.Keyboard.PressAsync("Enter");
        await chat.WaitForTextAsync(WidgetRehearsalBot.WhatYouCanDo);

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
        await chat.Page.Keyboard.TypeAsync("met toetsenbord");
        await chat.Page.Keyboard.PressAsync("Enter");
        await chat.WaitForTextAsync("gehoord in nl-NL: met toetsenbord");
    }

    [Fact]
    public async Task Axe_finds_no_serious_or_critical_violation_with_a_conversation_in_progress()
    {
        await using var chat = await ChatPage.OpenAsync(chromium.Browser, host);
        await chat.WaitForTextAsync(WidgetRehearsalBot.Welcome);
        await chat.SendAsync(WidgetRehearsalBot.AcuteKeyword);
        await chat.Alert.WaitForAsync(new() { State = WaitForSelectorState.Visible });
        await chat.WaitForTextAsync("Bel 112.");

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
        page.RequestFinished += (_, request) => requests.Add(request);
        var timings = new List<double>();
        try
        {
            for (var run = 0; run < 5; run++)
            {
                requests.Clear();
                var started = System.Diagnostics.Stopwatch.GetTimestamp();
                await page.GotoAsync(host.BaseUrl + "/");
                await page.Locator(".webchat__basic-transcript").GetByText(WidgetRehearsalBot.Welcome).First.WaitForAsync(new() { Timeout = ChatPage.Timeout });
                timings.Add(System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }

            long bytes = 0;
            foreach (var request in requests)
            {
                bytes += (await request.SizesAsync()).ResponseBodySize;
            }

            timings.Sort();
            Directory.CreateDirectory(ArtifactsDirectory);
            await File.WriteAllTextAsync(
                Path.Combine(ArtifactsDirectory, "widget-measurements.txt"),
                $"load to welcome, median of 5 (ms): {timings[2]:F0}; all: {string.Join(", ", timings.Select(t => t.ToString("F0", System.Globalization.CultureInfo.InvariantCulture)))}\n" +
                $"bytes transferred (response bodies, last load): {bytes}\nrequests: {requests.Count}\n" +
                string.Join("\n", requests.Select(r => r.Url)));

            Assert.All(requests, request => Assert.Matches($"^(blob:)?{Regex.Escape(host.BaseUrl)}/", request.Url));
            foreach (var request in requests.Where(r => r.Url.StartsWith("http", StringComparison.Ordinal)))
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
        await using var chat = await ChatPage.OpenAsync(chromium.Browser, host, WidgetHost.StartPath);
        await chat.Page.GotoAsync(host.EmbeddingSiteUrl + WidgetHost.EmbeddingPath);
        var frame = chat.Page.FrameLocator("#takeabreak-chat iframe");
        await frame.Locator(".webchat__basic-transcript").GetByText(WidgetRehearsalBot.Welcome).First.WaitForAsync();
        var title = await chat.Page.Locator("#takeabreak-chat iframe").GetAttributeAsync("title");

        await frame.Locator(".exit-button").ClickAsync();
        await chat.Page.WaitForURLAsync(NeutralPage());
        await chat.Page.GoBackAsync();

        Assert.Equal("Chat met TakeABreak", title);
        Assert.EndsWith(WidgetHost.StartPath, chat.Page.Url, StringComparison.Ordinal);
    }

    private static string ArtifactsDirectory => Path.Combine(AppContext.BaseDirectory, "TestResults");

    private static async Task AssertLeftWithoutTracesAsync(ChatPage chat)
    {
        await chat.Page.WaitForURLAsync(NeutralPage());
        var storedItems = await chat.Page.EvaluateAsync<int>("() => sessionStorage.length");
        var cookies = await chat.Context.CookiesAsync();

        await chat.Page.GoBackAsync();
        var urlAfterBack = chat.Page.Url;
        var chatVisibleAfterBack = await chat.Page.Locator(".webchat__basic-transcript").CountAsync();

        Assert.Equal(0, storedItems);
        Assert.Empty(cookies);
        Assert.EndsWith(WidgetHost.StartPath, urlAfterBack, StringComparison.Ordinal);
        Assert.Equal(0, chatVisibleAfterBack);
    }

    [GeneratedRegex(@"/neutraal$")]
    private static partial Regex NeutralPage();
}
