using System.Buffers.Text;
using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace TakeABreak.BotFramework.DirectLine;

/// <summary>
/// A browser cannot set headers on a WebSocket, so the stream's address must carry its credential, and addresses end up
/// in request logs. The address therefore carries a ticket instead of the token: random, good for one connection and
/// for <see cref="Lifetime"/>, and worthless once used. A client that needs the stream again asks for a new address
/// (Web Chat reconnects with <c>GET /conversations/{id}</c>, which issues a new ticket).
/// </summary>
public sealed class DirectLineStreamTickets(TimeProvider timeProvider)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(2);
    private const int PruneAbove = 10_000;
    private readonly ConcurrentDictionary<string, Ticket> _tickets = new(StringComparer.Ordinal);

    /// <summary>A ticket that stands for <paramref name="token"/> on one stream connection.</summary>
    public string Issue(string token)
    {
        var now = timeProvider.GetUtcNow();
        if (_tickets.Count > PruneAbove)
        {
            foreach (var stale in _tickets.Where(entry => entry.Value.ExpiresAt <= now))
            {
                _tickets.TryRemove(stale);
            }
        }

        var ticket = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(24));
        _tickets[ticket] = new Ticket(token, now + Lifetime);
        return ticket;
    }

    /// <summary>The token the ticket stands for, once; null for an unknown, used or expired ticket.</summary>
    public string? Redeem(string? ticket) =>
        !string.IsNullOrEmpty(ticket) && _tickets.TryRemove(ticket, out var issued) && issued.ExpiresAt > timeProvider.GetUtcNow()
            ? issued.Token
            : null;

    private sealed record Ticket(string Token, DateTimeOffset ExpiresAt);
}
