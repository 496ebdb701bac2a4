namespace TakeABreak.Bot.Benchmarks.Load;

/// <summary>
/// What every simulated visitor does: open the chat, then type the first turns of a worried neighbour's conversation.
/// The harness checks that each turn gets an answer, not what the answer says, so content changes do not break it.
/// </summary>
public sealed record ConversationScript(string Name, IReadOnlyList<string> Messages)
{
    public static ConversationScript Neighbour { get; } = new(
        "neighbour",
        [
            "hoi",
            "ik ben de buurvrouw",
            "ik maak me zorgen om mijn buurvrouw, ik hoor haar man vaak schreeuwen",
            "het gebeurt elke week",
            "ja er wonen ook kinderen",
            "help",
        ]);

    /// <summary>Turns per conversation: the conversationUpdate that opens the chat, then each message.</summary>
    public int Turns => Messages.Count + 1;
}
