using System.Text.Json.Nodes;
using TakeABreak.BotFramework.Schema;
using TakeABreak.BotFramework.Turns;
using TakeABreak.Dialogs.Content;
using TakeABreak.Dialogs.Runtime;
using TakeABreak.Dialogs.State;
using TakeABreak.Dialogs.Tests.Fixtures;
using TakeABreak.Dialogs.Turns;

namespace TakeABreak.Dialogs.Tests.Turns;

public sealed class DialogEngineTests : IDisposable
{
    private readonly TestContentFolder _folder = new();
    private readonly InMemoryDialogStateStore _store = new();
    private readonly DialogEngine _engine;

    public DialogEngineTests()
    {
        var content = DialogContentLoader.Load(_folder.Path, RegisteredExtensions.None);
        _engine = new DialogEngine(new DialogMachine(content, new DialogExtensionRegistry([], [], [])), _store, DialogTurnActions.None);
    }

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task A_member_joining_gets_the_welcome_with_suggested_actions()
    {
        var replies = await TurnAsync(new Activity
        {
            Type = ActivityTypes.ConversationUpdate,
            MembersAdded = [new ChannelAccount { Id = "bot" }, new ChannelAccount { Id = "user1" }],
        });

        Assert.Equal(["Hallo.", "Welke kleur?"], replies.Select(r => r.Text));
        Assert.Equal(InputHints.ExpectingInput, replies[1].InputHint);
        Assert.Equal(["Rood", "Blauw", "Groen"], replies[1].SuggestedActions!.Actions.Select(a => a.Title));
        Assert.All(replies[1].SuggestedActions!.Actions, action => Assert.Equal(ActionTypes.ImBack, action.Type));
    }

    [Fact]
    public async Task Only_the_bot_joining_or_other_activity_types_get_no_reply()
    {
        Assert.Empty(await TurnAsync(new Activity { Type = ActivityTypes.ConversationUpdate, MembersAdded = [new ChannelAccount { Id = "bot" }] }));
        Assert.Empty(await TurnAsync(new Activity { Type = ActivityTypes.Typing }));
        Assert.Empty(await TurnAsync(new Activity { Type = ActivityTypes.Event, Name = "something/else" }));
    }

    [Fact]
    public async Task A_checklist_becomes_an_adaptive_card_with_submit_actions_and_a_numbered_fallback()
    {
        await TurnAsync(new Activity { Type = ActivityTypes.Event, Name = "webchat/join" });

        var reply = (await TurnAsync(Message("rood"))).Single();

        Assert.Equal("Welk fruit?\n\nOf typ de nummers.", reply.Text);
        var card = reply.Attachments!.Single();
        Assert.Equal(Attachment.AdaptiveCardContentType, card.ContentType);
        var content = card.Content!.AsObject();
        Assert.Equal("Welk fruit?\n1. Appel\n2. Peer\n3. Pruim", content["fallbackText"]!.ToString());
        Assert.Equal("Input.ChoiceSet", content["body"]![0]!["type"]!.ToString());
        Assert.True(content["body"]![0]!["isMultiSelect"]!.GetValue<bool>());
        Assert.Equal("Action.Submit", content["actions"]![0]!["type"]!.ToString());
        Assert.Equal("main/ask_fruit", content["actions"]![0]!["data"]!["checklist"]!.ToString());
    }

    [Fact]
    public async Task A_card_submit_arrives_as_a_message_with_a_value_and_is_the_answer()
    {
        await TurnAsync(new Activity { Type = ActivityTypes.Event, Name = "webchat/join" });
        await TurnAsync(Message("rood"));

        var replies = await TurnAsync(new Activity
        {
            Type = ActivityTypes.Message,
            Value = new JsonObject { ["checklist"] = "main/ask_fruit", ["selection"] = "apple,pear" },
        });

        Assert.Equal("Hoe oud?", replies.Single().Text);
        var stored = await _store.LoadAsync("test:c1", CancellationToken.None);
        Assert.Equal(["apple", "pear"], stored!.State.Values["fruit"]);
    }

    [Fact]
    public async Task Replies_carry_the_conversation_language()
    {
        var replies = await TurnAsync(new Activity { Type = ActivityTypes.Event, Name = "webchat/join", Locale = "en-GB" });

        Assert.All(replies, reply => Assert.Equal("en", reply.Locale));
        Assert.Equal("en", await _engine.LocaleAsync(Context(Message("x"), new CollectedReplies()), CancellationToken.None));
    }

    [Fact]
    public async Task Reset_forgets_the_conversation()
    {
        await TurnAsync(new Activity { Type = ActivityTypes.Event, Name = "webchat/join" });

        await _engine.ResetAsync(Context(Message("x"), new CollectedReplies()), CancellationToken.None);

        Assert.Null(await _store.LoadAsync("test:c1", CancellationToken.None));
    }

    [Fact]
    public async Task The_state_store_refuses_a_save_based_on_an_old_etag()
    {
        var first = await _store.SaveAsync("k", new DialogState(), null, CancellationToken.None);
        await _store.SaveAsync("k", new DialogState(), first, CancellationToken.None);

        await Assert.ThrowsAsync<DialogStateConflictException>(() => _store.SaveAsync("k", new DialogState(), first, CancellationToken.None));
        await Assert.ThrowsAsync<DialogStateConflictException>(() => _store.SaveAsync("k", new DialogState(), null, CancellationToken.None));
    }

    [Fact]
    public async Task What_middleware_remembers_on_a_first_message_outlives_the_start_of_the_conversation()
    {
        var replies = new CollectedReplies();
        var context = Context(Message("mijn man heeft me vorige week gewurgd"), replies);

        await _engine.RememberAsync(context, "safety_flags", ["strangulation_past"], CancellationToken.None);
        await _engine.OnTurnAsync(context, CancellationToken.None);
        await new DialogStateSaving().OnTurnSucceededAsync(context, CancellationToken.None);

        Assert.Contains("Hallo.", replies.Activities.Select(reply => reply.Text));
        var stored = await _store.LoadAsync("test:c1", CancellationToken.None);
        Assert.Equal(["strangulation_past"], stored!.State.Values["safety_flags"]);
    }

    private static Activity Message(string text) => new() { Type = ActivityTypes.Message, Text = text };

    private async Task<IReadOnlyList<Activity>> TurnAsync(Activity activity)
    {
        var replies = new CollectedReplies();
        var context = Context(activity, replies);
        await _engine.OnTurnAsync(context, CancellationToken.None);
        await new DialogStateSaving().OnTurnSucceededAsync(context, CancellationToken.None);
        return replies.Activities;
    }

    private static TurnContext Context(Activity activity, CollectedReplies replies)
    {
        activity.Id ??= Guid.NewGuid().ToString("N");
        activity.ChannelId = "test";
        activity.Conversation = new ConversationAccount { Id = "c1" };
        activity.From = new ChannelAccount { Id = "user1", Role = RoleTypes.User };
        activity.Recipient = new ChannelAccount { Id = "bot", Role = RoleTypes.Bot };
        return new TurnContext(activity, replies, new EmptyServiceProvider(), TimeProvider.System);
    }
}
