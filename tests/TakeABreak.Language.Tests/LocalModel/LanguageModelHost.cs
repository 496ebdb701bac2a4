using Microsoft.Extensions.DependencyInjection;
using TakeABreak.Bot.Testing;
using TakeABreak.Signalering.Understanding;

namespace TakeABreak.Language.Tests.LocalModel;

/// <summary>The real bot host with the language model on, pointed at a <see cref="LocalModelServer"/>.</summary>
public sealed class LanguageModelHost : IAsyncLifetime
{
    public const string Deployment = "takeabreak-test-deployment";
    public const string ApiKey = "local-test-key";

    public LocalModelServer Model { get; private set; } = null!;

    public TestBotHost Host { get; private set; } = null!;

    public ISignalSuggester Suggester => Host.Services.GetRequiredService<ISignalSuggester>();

    public IStaffSummaryWriter SummaryWriter => Host.Services.GetRequiredService<IStaffSummaryWriter>();

    public async Task InitializeAsync()
    {
        Model = await LocalModelServer.StartAsync();
        Host = new TestBotHost()
            .WithSetting("Language:Endpoint", Model.Endpoint.ToString())
            .WithSetting("Language:Deployment", Deployment)
            .WithSetting("Language:ApiKey", ApiKey)
            .WithSetting("Language:Timeout", "00:00:02");
        // The first call pays for loading and connecting; the tests measure the calls after it.
        await Suggester.SuggestAsync(SuggestionRequest.Of("warm up", "nl"), CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await Model.DisposeAsync();
    }
}
