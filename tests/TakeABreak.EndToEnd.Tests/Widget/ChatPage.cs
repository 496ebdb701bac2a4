using Microsoft.Playwright;

namespace TakeABreak.EndToEnd.Tests.Widget;

/// <summary>The widget page as a visitor sees it, in a fresh browser context (no shared storage or cookies).</summary>
internal sealed class ChatPage : IAsyncDisposable
{
    public const float Timeout = 20_000;

    /// <summary>The first thing the real bot says (dialogs/strings/conversation.yaml, welcome_intro).</summary>
    public const string Welcome = "Hallo. Ik ben de digitale assistent van Moviera.";

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

    public ILocator Transcript => Page.Locator(".webchat__basic-transcript");

    public ILocator SuggestedAction(string title) =>
        Page.Locator(".webchat__suggested-actions").GetByRole(AriaRole.Button, new() { Name = title, Exact = true }).First;

    public static async Task<ChatPage> OpenAsync(IBrowser browser, ProductHost host, string path = "/")
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
        Transcript.GetByText(text, new() { Exact = false }).First.WaitForAsync(new() { Timeout = Timeout });

    public async Task SendAsync(string text)
    {
        await SendBox.FillAsync(text);
        await SendBox.PressAsync("Enter");
    }

    /// <summary>Waits for the bot to ask <paramref name="question"/> and answers with the suggested action <paramref name="answer"/>.</summary>
    public async Task AnswerWithButtonAsync(string question, string answer)
    {
        await WaitForTextAsync(question);
        await SuggestedAction(answer).ClickAsync();
    }

    /// <summary>Waits for the checklist card that comes with <paramref name="question"/>, ticks the options and presses its submit button.</summary>
    public async Task AnswerChecklistAsync(string question, string submit, params string[] options)
    {
        await WaitForTextAsync(question);
        var card = Transcript.Locator(".webchat__basic-transcript__activity", new() { HasText = question }).Last.Locator(".ac-adaptiveCard");
        foreach (var option in options)
        {
            await card.GetByRole(AriaRole.Checkbox, new() { Name = option }).CheckAsync();
        }

        await card.GetByRole(AriaRole.Button, new() { Name = submit, Exact = true }).ClickAsync();
    }

    /// <summary>The text a visitor sees on the checklist card that comes with <paramref name="question"/>.</summary>
    public async Task<string> ChecklistTextAsync(string question)
    {
        await WaitForTextAsync(question);
        return await Transcript.Locator(".webchat__basic-transcript__activity", new() { HasText = question }).Last.Locator(".ac-adaptiveCard").InnerTextAsync();
    }

    public Task<string[]> CspViolationsAsync() => Page.EvaluateAsync<string[]>("() => window.__csp || []");

    public async ValueTask DisposeAsync() => await _context.CloseAsync();
}
