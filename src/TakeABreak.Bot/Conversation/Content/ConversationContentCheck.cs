using TakeABreak.Dialogs.Content;
using TakeABreak.Signalering.Assessment;

namespace TakeABreak.Bot.Conversation.Content;

/// <summary>Loads and checks all of dialogs/ when the host starts: a broken file stops the host with file, line and what is wrong.</summary>
internal sealed class ConversationContentCheck(IServiceProvider services) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        services.GetRequiredService<AssessmentContent>();
        services.GetRequiredService<DialogContent>();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
