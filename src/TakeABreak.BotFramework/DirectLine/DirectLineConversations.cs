using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace TakeABreak.BotFramework.DirectLine;

/// <summary>The conversations of this process. Idle ones are forgotten; nothing is written to disk.</summary>
public sealed class DirectLineConversations(IOptions<DirectLineOptions> options, TimeProvider timeProvider)
{
    private static readonly TimeSpan SweepInterval = TimeSpan.FromMinutes(1);
    private readonly ConcurrentDictionary<string, DirectLineConversation> _conversations = new(StringComparer.Ordinal);
    private long _nextSweep;

    public int Count => _conversations.Count;

    /// <summary>A new conversation, or null when <see cref="DirectLineOptions.MaxConversations"/> is reached.</summary>
    public DirectLineConversation? Create(string? userId = null)
    {
        var now = timeProvider.GetUtcNow();
        SweepIdle(now);
        if (_conversations.Count >= options.Value.MaxConversations)
        {
            return null;
        }

        var conversation = new DirectLineConversation(NewId(), userId ?? $"dl_{NewId()}", now);
        _conversations[conversation.Id] = conversation;
        return conversation;
    }

    public DirectLineConversation? Find(string conversationId)
    {
        if (!_conversations.TryGetValue(conversationId, out var conversation))
        {
            return null;
        }

        var now = timeProvider.GetUtcNow();
        if (IsIdle(conversation, now))
        {
            Forget(conversation);
            return null;
        }

        conversation.Touch(now);
        return conversation;
    }

    private void SweepIdle(DateTimeOffset now)
    {
        var due = Interlocked.Read(ref _nextSweep);
        if (now.UtcTicks < due || Interlocked.CompareExchange(ref _nextSweep, (now + SweepInterval).UtcTicks, due) != due)
        {
            return;
        }

        foreach (var conversation in _conversations.Values.Where(c => IsIdle(c, now)))
        {
            Forget(conversation);
        }
    }

    private bool IsIdle(DirectLineConversation conversation, DateTimeOffset now) =>
        now - conversation.LastTouched > options.Value.ConversationIdleTimeout;

    private void Forget(DirectLineConversation conversation)
    {
        if (_conversations.TryRemove(new KeyValuePair<string, DirectLineConversation>(conversation.Id, conversation)))
        {
            conversation.Close();
        }
    }

    private static string NewId() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
}
