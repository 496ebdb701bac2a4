using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using TakeABreak.Bot.Testing;
using TakeABreak.Language.Tests.LocalModel;
using TakeABreak.Signalering.Understanding;

namespace TakeABreak.Language.Tests;

public sealed class LoggingTests
{
    [Fact]
    public async Task Prompts_and_completions_are_never_logged_only_outcomes_and_ids()
    {
        const string secretWords = "zwaardvis-kathedraal";
        await using var model = await LocalModelServer.StartAsync();
        using var host = new TestBotHost()
            .WithSetting("Language:Endpoint", model.Endpoint.ToString())
            .WithSetting("Language:Deployment", "d")
            .WithSetting("Language:ApiKey", "k")
            .WithServices(services => services.AddLogging(logging => logging.AddFakeLogging().SetMinimumLevel(LogLevel.Trace)));
        var suggester = host.Services.GetRequiredService<ISignalSuggester>();
        var logs = host.Services.GetFakeLogCollector();

        model.Response = CannedResponse.Completion($$"""{"signals":["made_up_signal","hij zegt {{secretWords}}"],"context_factors":[],"level":"none"}""");
        await suggester.SuggestAsync(SuggestionRequest.Of($"Hij schreeuwt {secretWords} elke nacht.", "nl"), CancellationToken.None);
        model.Response = CannedResponse.ContentFilterError();
        await suggester.SuggestAsync(SuggestionRequest.Of($"Hij schreeuwt {secretWords} elke nacht.", "nl"), CancellationToken.None);

        var records = logs.GetSnapshot();
        Assert.Contains(records, record => record.Message.Contains("made_up_signal", StringComparison.Ordinal));
        Assert.Contains(records, record => record.Message.Contains("(not an id)", StringComparison.Ordinal));
        Assert.Contains(records, record => record.Message.Contains("content_filter", StringComparison.Ordinal));
        Assert.DoesNotContain(records, record => record.Message.Contains("kathedraal", StringComparison.Ordinal) || (record.Exception?.ToString().Contains("kathedraal", StringComparison.Ordinal) ?? false));
    }
}
