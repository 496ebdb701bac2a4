using System.Text.Json.Nodes;
using TakeABreak.Bot.Testing;
using TakeABreak.BotFramework.Schema;

namespace TakeABreak.Bot.Tests.Teams;

/// <summary>
/// One person's personal chat with the bot in Teams, opened the way Teams opens it (the app installed), on a test host.
/// The shared way for Teams tests to type turns and read what the bot said.
/// </summary>
internal sealed class TeamsChat
{
    private readonly TeamsActivities _teams;

    private TeamsChat(TestBotHost host, TeamsActivities teams, TeamsPerson person)
    {
        Host = host;
        _teams = teams;
        Person = person;
    }

    public TestBotHost Host { get; }

    public TeamsPerson Person { get; }

    public string Id { get; } = "a:1" + Guid.NewGuid().ToString("N");

    /// <summary>Installs the app in a new personal chat of <paramref name="person"/> (the professional by default); the welcome is said.</summary>
    public static async Task<TeamsChat> OpenAsync(TestBotHost host, TeamsActivities teams, TeamsPerson? person = null)
    {
        var chat = new TeamsChat(host, teams, person ?? TeamsActivities.Professional);
        await TeamsHost.SendAsync(host, teams.Installed(chat.Person, chat.Id));
        return chat;
    }

    /// <summary>Types the turns one by one; what the bot said to the last one.</summary>
    public async Task<IReadOnlyList<Activity>> SayAsync(params string[] turns)
    {
        IReadOnlyList<Activity> said = [];
        foreach (var turn in turns)
        {
            said = (await TeamsHost.SendAsync(Host, _teams.PersonalMessage(Person, Id, turn))).Replies;
        }

        return said;
    }

    /// <summary>Types the turns one by one; the texts the bot said to the last one.</summary>
    public async Task<List<string>> TextsAsync(params string[] turns) => [.. (await SayAsync(turns)).Select(reply => reply.Text ?? string.Empty)];

    /// <summary>Types the turns one by one; the texts the bot said to all of them.</summary>
    public async Task<List<string>> AllTextsAsync(params string[] turns)
    {
        var said = new List<string>();
        foreach (var turn in turns)
        {
            said.AddRange(await TextsAsync(turn));
        }

        return said;
    }

    /// <summary>Submits a card (a checklist ticked, a button pressed).</summary>
    public Task<TeamsTurn> SubmitAsync(JsonObject value) => TeamsHost.SendAsync(Host, _teams.PersonalSubmit(Person, Id, value));
}
