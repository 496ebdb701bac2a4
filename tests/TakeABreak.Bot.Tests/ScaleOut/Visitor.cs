using TakeABreak.Bot.Testing.Processes;

namespace TakeABreak.Bot.Tests.ScaleOut;

/// <summary>
/// One simulated visitor: opens the chat, then types the first turns of a worried neighbour's conversation, one turn
/// after the other (each waits for the answer to the one before). Turn 0 is the opening, turn i the i-th message.
/// </summary>
public sealed class Visitor(string conversationId)
{
    public static IReadOnlyList<string> Messages { get; } =
    [
        "hoi",
        "ik ben de buurvrouw",
        "ik maak me zorgen om mijn buurvrouw, ik hoor haar man vaak schreeuwen",
        "het gebeurt elke week",
        "ja er wonen ook kinderen",
        "help",
    ];

    public static int Turns => Messages.Count + 1;

    public string ConversationId { get; } = conversationId;

    /// <summary>Turns answered so far (their state is saved: a host answers only when the turn is done).</summary>
    public int Answered { get; private set; }

    /// <summary>True when the last turn was sent but no answer came (the host died under it): it may or may not have happened.</summary>
    public bool Unanswered { get; private set; }

    public List<IReadOnlyList<string>> Replies { get; } = [];

    /// <summary>Plays turn <paramref name="turn"/> at <paramref name="host"/>.</summary>
    public Task<IReadOnlyList<string>> TurnAsync(ExpectRepliesClient client, Uri host, int turn) =>
        turn == 0 ? client.OpenAsync(host, ConversationId, turn) : client.SayAsync(host, ConversationId, turn, Messages[turn - 1]);

    /// <summary>Plays the remaining turns, turn i at <c>hosts[i % hosts.Count]</c>, and records the answers.</summary>
    public async Task PlayAsync(ExpectRepliesClient client, IReadOnlyList<Uri> hosts)
    {
        while (Answered < Turns)
        {
            Replies.Add(await TurnAsync(client, hosts[Answered % hosts.Count], Answered));
            Answered++;
        }
    }

    /// <summary>Plays at one host until the script ends or the host stops answering.</summary>
    public async Task PlayUntilTheHostDiesAsync(ExpectRepliesClient client, Uri host)
    {
        while (Answered < Turns)
        {
            Unanswered = true;
            try
            {
                Replies.Add(await TurnAsync(client, host, Answered));
            }
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
            {
                return;
            }

            Unanswered = false;
            Answered++;
        }
    }
}
