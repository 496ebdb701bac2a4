using Microsoft.Extensions.DependencyInjection;
using TakeABreak.Dialogs.Content;

namespace TakeABreak.Bot.Tests.Conversation.Understanding;

/// <summary>No sequence of inputs makes the bot say the same not-understood message more than twice in a row.</summary>
public sealed class NoLoopPropertyTests(ConversationHostFixture fixture) : IClassFixture<ConversationHostFixture>
{
    private const int Conversations = 60;
    private const int TurnsPerConversation = 40;

    private static readonly string[] Vocabulary =
    [
        "banaan", "xyzzy", "???", "ja", "nee", "ik", "me", "weet ik niet", "1", "2", "7", "99", "1, 3", "geen van deze", "ok",
        "ik ben de buurvrouw", "buurvrouw en collega", "hij slaat haar", "vaak", "soms", "help", "informatie", "English", "Nederlands",
        "Terug naar het gesprek", "volgende stap", "Overslaan", "nee, ik ben familie", "klopt niet", "asdf qwer", "", "   ", "😀",
        "mijn vriend slaat mij", "de kinderen horen alles", "I live next door", "no", "yes", "none", "something else",
    ];

    [Fact]
    public async Task Random_inputs_never_get_the_same_not_understood_message_three_times_in_a_row()
    {
        var strings = fixture.Host.Services.GetRequiredService<DialogContent>().Strings;
        var notUnderstood = new[] { EngineStrings.NotUnderstood, EngineStrings.NotUnderstoodHelp, EngineStrings.NumberInvalid, EngineStrings.Which }
            .SelectMany(id => new[] { strings.Text(id, "nl"), strings.Text(id, "en") })
            .ToHashSet(StringComparer.Ordinal);
        for (var seed = 0; seed < Conversations; seed++)
        {
            var random = new Random(seed);
            var conversation = new TypedConversation(fixture.Host.Services);
            await conversation.StartAsync();
            var run = (Text: (string?)null, Count: 0);
            for (var turn = 0; turn < TurnsPerConversation; turn++)
            {
                var typed = Vocabulary[random.Next(Vocabulary.Length)];
                var replies = await conversation.SayAsync(typed);
                // A turn counts when the bot's first reply is a not-understood message; a turn that first answered something
                // (what it understood, "Goed, we gaan verder") and then asks its question again is no loop.
                var said = replies.Select(reply => reply.Text).FirstOrDefault() is { } first && notUnderstood.Contains(first) ? first : null;
                run = said is not null && said == run.Text ? (said, run.Count + 1) : (said, 1);
                Assert.True(run.Text is null || run.Count <= 2, $"seed {seed}, turn {turn} ('{typed}'): '{run.Text}' {run.Count} times in a row");
            }
        }
    }
}
