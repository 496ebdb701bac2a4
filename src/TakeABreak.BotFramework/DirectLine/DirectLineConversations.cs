using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace TakeABreak.BotFramework.DirectLine;

/// <summary>
/// The conversations of this process, in memory only. A token names a conversation but takes no slot: the slot is
/// taken when a client opens the conversation (<c>POST /conversations</c>). A conversation nobody has written in
/// expires after <see cref="DirectLineOptions.UnusedConversationTimeout"/> unless a stream is open; one in use after
/// <see cref="DirectLineOptions.ConversationIdleTimeout"/>. When all <see cref="DirectLineOptions.MaxConversations"/>
/// slots are taken, the client address holding the most conversations gives one up (an unused one first, else its
/// least recently touched), so a flood from many addresses cannot lock out a newcomer.
/// </summary>
public sealed class DirectLineConversations(IOptions<DirectLineOptions> options, TimeProvider timeProvider)
{
    private static readonly TimeSpan SweepInterval = TimeSpan.FromSeconds(30);
    private readonly ConcurrentDictionary<string, DirectLineConversation> _conversations = new(StringComparer.Ordinal);
    private readonly Lock _opening = new();
    private long _nextSweep;

    public int Count => _conversations.Count;

    /// <summary>A fresh conversation id and user id for a token; nothing is held until the conversation is opened.</summary>
    public DirectLineGrant NewGrant(string? userId = null) => new(NewId(), userId ?? $"dl_{NewId()}");

    /// <summary>
    /// The conversation a token names, opened now if it is not held (again): null when all slots are taken by
    /// addresses that hold no more conversations than <paramref name="clientAddress"/> would after opening.
    /// </summary>
    public DirectLineConversation? Open(DirectLineGrant grant, string clientAddress)
    {
        ArgumentNullException.ThrowIfNull(grant);
        if (Find(grant.ConversationId) is { } held)
        {
            return held;
        }

        lock (_opening)
        {
            var now = timeProvider.GetUtcNow();
            SweepExpired(now, force: _conversations.Count >= options.Value.MaxConversations);
            if (_conversations.TryGetValue(grant.ConversationId, out var raced))
            {
                return raced;
            }

            if (_conversations.Count >= options.Value.MaxConversations && !TryEvictForNewcomer(clientAddress))
            {
                return null;
            }

            var conversation = new DirectLineConversation(grant.ConversationId, grant.UserId, clientAddress, now);
            _conversations[conversation.Id] = conversation;
            return conversation;
        }
    }

    public DirectLineConversation? Find(string conversationId)
    {
        if (!_conversations.TryGetValue(conversationId, out var conversation))
        {
            return null;
        }

        var now = timeProvider.GetUtcNow();
        if (IsExpired(conversation, now))
        {
            Forget(conversation);
            return null;
        }

        conversation.Touch(now);
        return conversation;
    }

    private bool TryEvictForNewcomer(string clientAddress)
    {
        var heaviest = _conversations.Values
            .GroupBy(c => c.OpenedFrom, StringComparer.Ordinal)
            .Select(g => (Address: g.Key, Conversations: g.ToList()))
            .MaxBy(g => g.Conversations.Count);
        var newcomerHolds = _conversations.Values.Count(c => string.Equals(c.OpenedFrom, clientAddress, StringComparison.Ordinal));
        if (heaviest.Conversations is null || heaviest.Conversations.Count <= newcomerHolds + 1)
        {
            return false;
        }

        var victim = heaviest.Conversations
            .OrderBy(c => c.IsUsed || c.IsStreaming)
            .ThenBy(c => c.LastTouched)
            .First();
        Forget(victim);
        return true;
    }

    private void SweepExpired(DateTimeOffset now, bool force)
    {
        var due = Interlocked.Read(ref _nextSweep);
        if (!force && now.UtcTicks < due)
        {
            return;
        }

        Interlocked.Exchange(ref _nextSweep, (now + SweepInterval).UtcTicks);
        foreach (var conversation in _conversations.Values.Where(c => IsExpired(c, now)))
        {
            Forget(conversation);
        }
    }

    private bool IsExpired(DirectLineConversation conversation, DateTimeOffset now)
    {
        if (conversation.IsStreaming)
        {
            return false;
        }

        var timeout = conversation.IsUsed ? options.Value.ConversationIdleTimeout : options.Value.UnusedConversationTimeout;
        return now - conversation.LastTouched > timeout;
    }

    private void Forget(DirectLineConversation conversation)
    {
        if (_conversations.TryRemove(new KeyValuePair<string, DirectLineConversation>(conversation.Id, conversation)))
        {
            conversation.Close();
        }
    }

    private static string NewId() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
}

/// <summary>What a new token names: a conversation id (not yet opened) and the user id.</summary>
public sealed record DirectLineGrant(string ConversationId, string UserId);
