using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using TakeABreak.Bot.Conversation;
using TakeABreak.Bot.Testing;

namespace TakeABreak.Content.Tests;

/// <summary>The real host with the signalering conversation over the repository's dialogs/ folder, or another one.</summary>
internal sealed class ConversationHost : TestBotHost
{
    public ConversationHost(string? dialogsPath = null)
    {
        WithServices(services =>
        {
            services.AddTakeABreakConversation(new ConfigurationBuilder().Build());
            if (dialogsPath is not null)
            {
                services.Configure<ConversationOptions>(options => options.DialogsPath = dialogsPath);
            }
        });
    }
}
