using Microsoft.Extensions.Configuration;
using TakeABreak.Bot.Conversation;
using TakeABreak.Bot.Testing;

namespace TakeABreak.Content.Tests;

/// <summary>The real host with the signalering conversation over the repository's dialogs/ folder.</summary>
internal sealed class ConversationHost : TestBotHost
{
    public ConversationHost()
    {
        WithServices(services => services.AddTakeABreakConversation(new ConfigurationBuilder().Build()));
    }
}
