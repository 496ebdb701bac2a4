using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using TakeABreak.Bot.Conversation;
using TakeABreak.Bot.Testing;

namespace TakeABreak.Bot.Tests.Conversation;

/// <summary>The real host with the signalering conversation added (as Program.cs does once the lead wires it).</summary>
public sealed class ConversationTestHost : TestBotHost
{
    public ConversationTestHost(string? dialogsPath = null, Action<IServiceCollection>? configure = null)
    {
        WithServices(services =>
        {
            services.AddTakeABreakConversation(new ConfigurationBuilder().Build());
            if (dialogsPath is not null)
            {
                services.Configure<ConversationOptions>(options => options.DialogsPath = dialogsPath);
            }

            configure?.Invoke(services);
        });
    }
}
