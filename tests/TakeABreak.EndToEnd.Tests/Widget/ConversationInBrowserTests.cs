using Microsoft.Playwright;

namespace TakeABreak.EndToEnd.Tests.Widget;

/// <summary>The real conversation (dialogs/) in the widget, as a visitor clicks and types through it.</summary>
[Collection(WidgetCollection.Name)]
public sealed class ConversationInBrowserTests(ProductHost host, ChromiumBrowser chromium)
{
    [Fact]
    public async Task A_neighbour_reaches_what_they_can_do_in_Dutch_with_suggested_actions_and_the_checklist_card()
    {
        await using var chat = await ChatPage.OpenAsync(chromium.Browser, host);
        await chat.WaitForTextAsync(ChatPage.Welcome);

        await chat.AnswerWithButtonAsync("Wat past het best bij jou?", "Buur");
        await chat.AnswerChecklistAsync("Over wie maak je je zorgen?", "Klaar", "Een partner of ex-partner");
        var signs = (await chat.ChecklistTextAsync("Wat heb je gemerkt?")).Replace('\u00A0', ' ');
        Assert.True(signs.Contains("2. ", StringComparison.Ordinal) && signs.Contains("3. ", StringComparison.Ordinal), $"the options are numbered 1, 2, 3 as the hint says, not shown as lists of their own: {signs}");
        await chat.AnswerChecklistAsync("Wat heb je gemerkt?", "Klaar", "Bang of schrikachtig", "Teruggetrokken");
        await chat.AnswerWithButtonAsync("Hoe vaak gebeurt het?", "Een paar keer");
        await chat.AnswerChecklistAsync("Is een van deze dingen gebeurd?", "Geen van deze");
        await chat.WaitForTextAsync("Dit is mijn inschatting");
        await chat.WaitForTextAsync("Wat kun je doen?");

        Assert.Equal("nl", await chat.Page.EvaluateAsync<string>("() => document.documentElement.lang"));
        Assert.False(await chat.Alert.IsVisibleAsync());
        Assert.Empty(await chat.CspViolationsAsync());
        Directory.CreateDirectory(TestArtifacts.Directory);
        await chat.Page.ScreenshotAsync(new() { Path = Path.Combine(TestArtifacts.Directory, "widget-conversation.png"), FullPage = true });
    }

    [Fact]
    public async Task A_resident_who_only_types_gets_an_answer_to_every_message_and_leaves_with_three_shifts()
    {
        await using var chat = await ChatPage.OpenAsync(chromium.Browser, host);
        await chat.WaitForTextAsync(ChatPage.Welcome);
        var activities = chat.Transcript.Locator(".webchat__basic-transcript__activity");
        Directory.CreateDirectory(TestArtifacts.Directory);
        var step = 0;
        foreach (var text in new[] { "buur", "mijn buurvrouw wordt door haar man geslagen", "ik hoor het een paar keer per week", "ik wil een mens spreken", "ja", "bellen", "0612345678", "na 18 uur", "Sanne", "versturen" })
        {
            var before = await activities.CountAsync();
            await chat.SendAsync(text);
            await Assertions.Expect(activities).Not.ToHaveCountAsync(before + 1, new() { Timeout = ChatPage.Timeout });
            await chat.Page.WaitForTimeoutAsync(300);
            Assert.True(await activities.CountAsync() >= before + 2, $"'{text}' got no answer");
            await chat.Page.ScreenshotAsync(new() { Path = Path.Combine(TestArtifacts.Directory, $"typed-{++step:D2}.png"), FullPage = true });
        }

        Assert.Empty(await chat.CspViolationsAsync());
        await chat.SendBox.FocusAsync();
        for (var i = 0; i < 3; i++)
        {
            await chat.Page.Keyboard.PressAsync("Shift");
        }

        await Assertions.Expect(chat.Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(System.Text.RegularExpressions.Regex.Escape(SurroundingPages.NeutralPath)), new() { Timeout = 20_000 });
    }

    [Fact]
    public async Task Switching_to_English_turns_the_page_and_then_the_conversation_to_English()
    {
        await using var chat = await ChatPage.OpenAsync(chromium.Browser, host);
        await chat.WaitForTextAsync(ChatPage.Welcome);

        await chat.Page.Locator("#language-switch").ClickAsync();
        await chat.Page.Locator(".exit-button", new() { HasText = "Leave now" }).WaitForAsync();
        await chat.SendAsync("English");
        await chat.WaitForTextAsync("I will speak English with you now.");
        await chat.AnswerWithButtonAsync("What fits you best?", "Neighbour");
        await chat.WaitForTextAsync("Who are you worried about?");

        Assert.Equal("en", await chat.Page.EvaluateAsync<string>("() => document.documentElement.lang"));
        Assert.Equal("Nederlands", await chat.Page.Locator("#language-switch").InnerTextAsync());
        Assert.Equal("Type your message", await chat.SendBox.GetAttributeAsync("placeholder"));
    }

    /// <summary>
    /// Played in round 32: typed in English, the conversation turned to English but Web Chat's own texts ("Bot zei",
    /// "Verzonden om", the send box) stayed Dutch. They follow the bot's language now, with nothing lost and no second welcome.
    /// </summary>
    [Fact]
    public async Task Typing_in_English_turns_web_chats_own_texts_to_English_without_starting_again()
    {
        await using var chat = await ChatPage.OpenAsync(chromium.Browser, host);
        await chat.WaitForTextAsync(ChatPage.Welcome);
        await Assertions.Expect(chat.SendBox).ToHaveAttributeAsync("placeholder", "Typ je bericht");
        Assert.Contains(" zei:", await chat.Transcript.TextContentAsync() ?? string.Empty, StringComparison.Ordinal);

        await chat.SendAsync("I am worried about my neighbour");
        await chat.WaitForTextAsync("I will speak English with you now.");
        await chat.WaitForTextAsync("Who are you worried about?");

        await Assertions.Expect(chat.SendBox).ToHaveAttributeAsync("placeholder", "Type your message", new() { Timeout = ChatPage.Timeout });
        var transcript = await chat.Transcript.TextContentAsync() ?? string.Empty;
        Assert.Contains(" said:", transcript, StringComparison.Ordinal);
        Assert.DoesNotContain(" zei:", transcript, StringComparison.Ordinal);
        Assert.DoesNotContain("Verzonden om", transcript, StringComparison.Ordinal);
        Assert.Equal("en", await chat.Page.EvaluateAsync<string>("() => document.documentElement.lang"));
        Assert.Equal("Nederlands", await chat.Page.Locator("#language-switch").InnerTextAsync());
        Assert.Equal(1, await Activities(chat, ChatPage.Welcome).CountAsync());
        Assert.Equal(1, await Activities(chat, "I am worried about my neighbour").CountAsync());
        Assert.Empty(await chat.CspViolationsAsync());
    }

    private static ILocator Activities(ChatPage chat, string text) =>
        chat.Transcript.Locator(".webchat__basic-transcript__activity", new() { HasText = text });

    [Fact]
    public async Task A_visitor_who_chose_english_with_the_button_keeps_it_while_the_bot_still_speaks_dutch()
    {
        await using var chat = await ChatPage.OpenAsync(chromium.Browser, host);
        await chat.WaitForTextAsync(ChatPage.Welcome);

        await chat.Page.Locator("#language-switch").ClickAsync();
        await Assertions.Expect(chat.SendBox).ToHaveAttributeAsync("placeholder", "Type your message");
        await chat.AnswerWithButtonAsync("Wat past het best bij jou?", "Buur");
        await chat.WaitForTextAsync("Over wie maak je je zorgen?");

        await Assertions.Expect(chat.SendBox).ToHaveAttributeAsync("placeholder", "Type your message");
        Assert.Equal("en", await chat.Page.EvaluateAsync<string>("() => document.documentElement.lang"));
    }

    [Fact]
    public async Task An_acute_message_in_English_shows_the_banner_with_a_tel_112_link()
    {
        await using var chat = await ChatPage.OpenAsync(chromium.Browser, host);
        await chat.WaitForTextAsync(ChatPage.Welcome);
        await chat.Page.Locator("#language-switch").ClickAsync();
        await chat.SendAsync("English");
        await chat.WaitForTextAsync("I will speak English with you now.");

        await chat.SendAsync("he is hitting her right now");
        await chat.Alert.WaitForAsync(new() { State = WaitForSelectorState.Visible });
        await chat.WaitForTextAsync("Call 112 now.");

        Assert.Equal("tel:112", await chat.Alert.GetByRole(AriaRole.Link, new() { Name = "Call 112" }).GetAttributeAsync("href"));
    }

    [Fact]
    public async Task An_acute_message_shows_the_red_banner_with_a_tel_112_link_that_stays_until_deliberately_dismissed()
    {
        await using var chat = await ChatPage.OpenAsync(chromium.Browser, host);
        await chat.WaitForTextAsync(ChatPage.Welcome);

        await chat.SendAsync("hij slaat haar nu");
        await chat.Alert.WaitForAsync(new() { State = WaitForSelectorState.Visible });
        await chat.WaitForTextAsync("Bel nu 112.");
        var callHref = await chat.Alert.GetByRole(AriaRole.Link, new() { Name = "Bel 112" }).GetAttributeAsync("href");
        await chat.Page.Keyboard.PressAsync("Escape");
        await chat.Page.Locator("#safety-alert-dismiss").ClickAsync();
        var stillVisibleAfterFirstClick = await chat.Alert.IsVisibleAsync();
        await chat.Page.Locator("#safety-alert-confirm-yes").ClickAsync();

        Assert.Equal("tel:112", callHref);
        Assert.True(stillVisibleAfterFirstClick);
        Assert.False(await chat.Alert.IsVisibleAsync());
    }
    /// <summary>
    /// Played in round 49 on the published host: a visitor who opened "Veilig gebruik van deze pagina" in the middle of the
    /// conversation left the page, and its "Terug naar het gesprek" (or the browser's Back) started a new conversation: what
    /// was told was gone. The text now opens next to the chat, and closing it goes on with the same conversation.
    /// </summary>
    [Fact]
    public async Task Reading_how_to_use_the_page_safely_keeps_the_conversation()
    {
        await using var chat = await ChatPage.OpenAsync(chromium.Browser, host);
        await chat.WaitForTextAsync(ChatPage.Welcome);
        await chat.SendAsync("mijn buurvrouw wordt geslagen door haar man");
        await chat.WaitForTextAsync("Goed dat je het vertelt");
        var address = chat.Page.Url;
        var panel = chat.Page.Locator("#safe-use");
        await Assertions.Expect(panel).ToBeHiddenAsync();

        await chat.Page.Locator("#safe-use-link").ClickAsync();
        await Assertions.Expect(panel).ToBeVisibleAsync();
        await Assertions.Expect(panel).ToContainTextAsync("Deze pagina veilig gebruiken");
        await Assertions.Expect(panel).ToContainTextAsync("Gebruik een privévenster");
        Assert.Equal(address, chat.Page.Url);
        await panel.GetByRole(AriaRole.Button, new() { Name = "Terug naar het gesprek" }).ClickAsync();
        await Assertions.Expect(panel).ToBeHiddenAsync();
        await chat.SendAsync("ze heeft vaak blauwe plekken");
        await chat.WaitForTextAsync("Is er nog meer?");

        Assert.Equal(1, await Activities(chat, "mijn buurvrouw wordt geslagen door haar man").CountAsync());
        Assert.Equal(1, await Activities(chat, ChatPage.Welcome).CountAsync());
        Assert.Empty(await chat.CspViolationsAsync());
    }
}
