using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Logging;
using TakeABreak.Bot.Conversation.Feedback;
using TakeABreak.Bot.State;
using TakeABreak.Bot.Testing.Conversations;
using TakeABreak.Bot.Tests.Conversation;
using TakeABreak.BotFramework.Schema;
using TakeABreak.Dialogs.State;
using TakeABreak.Storage.Consultations;
using TakeABreak.Storage.Protection;
using TakeABreak.Storage.Records;

namespace TakeABreak.Bot.Tests.Consultations;

public sealed class ConsultationFailureTests : IDisposable
{
    private const string Consent = "Vind je het goed dat we dit naar Moviera sturen?";
    private readonly ConsultationHost _hosts = new();

    [Fact]
    public async Task When_storing_fails_the_person_is_told_honestly_with_the_numbers_and_a_retry_stores_one_request()
    {
        var host = _hosts.Start(services => UseFlakyStore(services, failures: 1));

        await new TestFlow(host, "nl-NL", conversationId: "store-fails")
            .Start()
            .Expect("ik wil een mens spreken", Consent)
            .Expect("ja", "Hoe wil je dat Moviera contact met je opneemt?")
            .Expect("zelf", "Hoe mag Moviera je noemen?")
            .Expect("overslaan", "Klopt dit?")
            .Expect("versturen", "Het is niet gelukt je vraag op te slaan. Er is niets naar Moviera gegaan.")
            .AssertReply(r => Assert.Contains("0800-2000", r.Text, StringComparison.Ordinal), "Veilig Thuis")
            .AssertReplyEventually(r => r.Text!.StartsWith("Klopt dit?", StringComparison.Ordinal), "the summary question again")
            .Expect("versturen", "Je referentie is TAB-")
            .StartTestAsync();

        Assert.Single(await ConsultationHost.RecordsAsync(host));
    }

    [Fact]
    public async Task A_failure_to_store_never_gives_a_confirmation()
    {
        var host = _hosts.Start(services => UseFlakyStore(services, failures: int.MaxValue));
        var replies = new List<string>();

        await new TestFlow(host, "nl-NL", conversationId: "store-down")
            .Start()
            .Expect("ik wil een mens spreken", Consent)
            .Expect("ja", "Hoe wil je dat Moviera contact met je opneemt?")
            .Expect("zelf", "Hoe mag Moviera je noemen?")
            .Expect("overslaan", "Klopt dit?")
            .SkipReplies()
            .Send("versturen")
            .AssertReplyEventually(r => Collect(replies, r).StartsWith("Klopt dit?", StringComparison.Ordinal), "the summary question again")
            .StartTestAsync();

        Assert.DoesNotContain(replies, text => text.Contains("referentie", StringComparison.Ordinal));
        Assert.Empty(await ConsultationHost.RecordsAsync(host));
    }

    [Fact]
    public async Task When_the_host_dies_after_storing_the_person_is_told_the_outcome_when_they_come_back_and_nothing_is_stored_twice()
    {
        var dying = _hosts.Start(services =>
        {
            services.AddSingleton<DyingBeforeConfirmingMiddleware>();
            services.AddScoped<TakeABreak.BotFramework.Turns.IMiddleware>(sp => sp.GetRequiredService<DyingBeforeConfirmingMiddleware>());
        });
        var firstReplies = new List<string>();
        await new TestFlow(dying, "nl-NL", conversationId: "dies")
            .Start()
            .Expect("ik wil een mens spreken", Consent)
            .Expect("ja", "Hoe wil je dat Moviera contact met je opneemt?")
            .Expect("bellen", "Wat is je telefoonnummer?")
            .Expect("0612345678", "Wanneer is het veilig")
            .Expect("overslaan", "Hoe mag Moviera je noemen?")
            .Expect("overslaan", "Klopt dit?")
            .SkipReplies()
            .Send("versturen")
            .AssertReplyEventually(r => Collect(firstReplies, r).Contains("er ging bij mij iets mis", StringComparison.Ordinal), "the calm error message")
            .StartTestAsync();
        Assert.DoesNotContain(firstReplies, text => text.Contains("Je referentie is", StringComparison.Ordinal));
        var stored = Assert.Single(await ConsultationHost.RecordsAsync(dying));
        dying.Dispose();

        var restarted = _hosts.Start();
        await new TestFlow(restarted, "nl-NL", conversationId: "dies")
            .Send("hallo")
            .AssertReply($"Over je vraag aan Moviera van eerder: die is goed opgeslagen. Je referentie is {stored.Reference}.")
            .AssertReplyContains("0800-2000")
            .SkipReplies()
            .Send("hallo")
            .AssertNoReplyMatching(r => r.Text!.Contains(stored.Reference, StringComparison.Ordinal), "the outcome told only once")
            .StartTestAsync();

        Assert.Single(await ConsultationHost.RecordsAsync(restarted));
    }

    [Fact]
    public async Task Contact_details_and_own_words_never_appear_in_the_logs()
    {
        const string phone = "0687654321";
        const string firstName = "Gerbrichje";
        const string safeTime = "dinsdagochtend-na-tienen";
        var host = _hosts.Start(services =>
        {
            services.AddLogging(logging => logging.AddFakeLogging(options => options.CollectRecordsForDisabledLogLevels = true).SetMinimumLevel(LogLevel.Trace));
            UseFlakyStore(services, failures: 1);
        });

        await new TestFlow(host, "nl-NL", conversationId: "logs")
            .Start()
            .Expect("ik wil een mens spreken", Consent)
            .Expect("ja", "Hoe wil je dat Moviera contact met je opneemt?")
            .Expect("bellen", "Wat is je telefoonnummer?")
            .Expect("06-8765", "Dat lijkt geen Nederlands telefoonnummer.")
            .Expect(phone, "Wanneer is het veilig")
            .Expect(safeTime, "Hoe mag Moviera je noemen?")
            .Expect(firstName, "Klopt dit?")
            .Expect("versturen", "Het is niet gelukt")
            .Expect("versturen", "Je referentie is TAB-")
            .StartTestAsync();

        var logs = host.Services.GetFakeLogCollector().GetSnapshot();
        Assert.NotEmpty(logs);
        var written = string.Join('\n', logs.Select(record =>
            $"{record.Category} {record.Message} {record.Exception} {string.Join(' ', record.StructuredState?.Select(pair => pair.Value) ?? [])}"));
        foreach (var seeded in new[] { phone, "687654321", "06-8765", firstName, safeTime })
        {
            Assert.DoesNotContain(seeded, written, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task Feedback_marks_survive_a_restart()
    {
        var first = _hosts.Start();
        await first.Services.GetRequiredService<IFeedbackCounter>().AddAsync(4, CancellationToken.None);
        await first.Services.GetRequiredService<IFeedbackCounter>().AddAsync(4, CancellationToken.None);
        first.Dispose();

        var restarted = _hosts.Start();

        Assert.Equal([0L, 0L, 0L, 2L, 0L], await restarted.Services.GetRequiredService<IFeedbackCounter>().CountsAsync(CancellationToken.None));
    }

    public void Dispose() => _hosts.Dispose();

    private static void UseFlakyStore(IServiceCollection services, int failures) =>
        services.AddSingleton<IConsultationStore>(sp => new FlakyConsultationStore(
            new StoredConsultations(sp.GetRequiredService<IDurableStore>(), sp.GetRequiredService<IPayloadProtector>(), sp.GetRequiredService<TimeProvider>()),
            failures));

    private static string Collect(List<string> replies, Activity reply)
    {
        replies.Add(reply.Text ?? string.Empty);
        return reply.Text ?? string.Empty;
    }
}
