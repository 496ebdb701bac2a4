using Microsoft.Playwright;

namespace TakeABreak.EndToEnd.Tests.Widget;

/// <summary>The widget page as a visitor sees it, in a fresh browser context (no shared storage or cookies).</summary>
internal sealed class ChatPage : IAsyncDisposable
{
    public static readonly float Timeout = 20_000;

    private readonly IBrowserContext _context;

    private ChatPage(IBrowserContext context, IPage page)
    {
        _context = context;
        Page = page;
    }

    public IPage Page { get; }

    public IBrowserContext Context => _context;

    public ILocator Alert => Page.Locator("#safety-alert");

    public ILocator SendBox => Page.Locator("[data-id='webchat-sendbox-input']");

    public ILocator SuggestedAction(string title) =>
        Page.Locator(".webchat__suggested-actions").GetByRole(AriaRole.Button, new() { Name = title }).First;

    public static async Task<ChatPage> OpenAsync(IBrowser browser, WidgetHost host, string path = "/")
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { Locale = "nl-NL" });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(Timeout);
        await page.AddInitScriptAsync(
            "window.__csp = []; document.addEventListener('securitypolicyviolation', e => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + (e.sample || '')));");
        await page.GotoAsync(host.BaseUrl + path);
        return new ChatPage(context, page);
    }

    public Task WaitForTextAsync(string text) =>
        Page.Locator(".webchat__basic-transcript").GetByText(text, new() { Exact = false }).First.WaitForAsync(new() { Timeout = Timeout });

    public async Task SendAsync(string text)
    {
        await SendBox.FillAsync(text);
        await SendBox.PressAsync("Enter");
    }

    public Task<string[]> CspViolationsAsync() => Page.EvaluateAsync<string[]>("() => window.__csp || []");

    public async ValueTask DisposeAsync() => await _context.CloseAsync();
}
