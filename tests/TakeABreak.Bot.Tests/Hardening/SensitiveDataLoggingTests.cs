using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using TakeABreak.Bot.Testing;
using TakeABreak.Bot.Testing.Fakes;
using TakeABreak.Bot.Tests.Consultations;
using TakeABreak.Bot.Tests.Conversation;
using TakeABreak.Bot.Tests.Teams;
using TakeABreak.BotFramework.Connector;
using TakeABreak.BotFramework.Schema;
using TakeABreak.Storage.Consultations;
using TakeABreak.Storage.Protection;
using TakeABreak.Storage.Records;

namespace TakeABreak.Bot.Tests.Hardening;

/// <summary>
/// Whole conversations through the host over HTTP — a resident in the widget (Direct Line, with its stream), a
/// professional in Teams whose replies go out through the Connector, an acute message — with every log category
/// captured at Trace, ASP.NET Core's request logging and HttpClient's logging included, and a consultation store that
/// fails once. Nothing the people typed, none of their contact details and no token may reach the log.
/// </summary>
public sealed class SensitiveDataLoggingTests : IAsyncLifetime, IDisposable
{
    private const string Story = "Mijn buurman Hendrikus slaat zijn vrouw, ik hoor haar elke nacht gillen door de muur";
    private const string Email = "gerbrichje.test@voorbeeld.nl";
    private const string EmailMessage = "Je kunt me mailen op " + Email;
    private const string Phone = "0687654321";
    private const string SafeTime = "dinsdagochtend-na-tienen";
    private const string FirstName = "Gerbrichje";
    private const string Acute = "Hij staat nu met een mes voor mijn deur en schreeuwt dat hij haar vermoordt";
    private const string ProfessionalStory = "A pupil in my class, Lotte Verbeek, came in with bruises on her arms again";
    private const string ProfessionalQuestion = "What are the steps of the reporting code?";

    private readonly ConsultationHost _hosts = new();
    private RecordingConnectorServer _connector = null!;

    public async Task InitializeAsync() => _connector = await RecordingConnectorServer.StartAsync();

    public Task DisposeAsync() => _connector.DisposeAsync().AsTask();

    public void Dispose() => _hosts.Dispose();

    [Fact]
    public async Task No_typed_text_contact_detail_or_token_reaches_the_log_at_trace_level()
    {
        var host = StartHost();
        var client = host.CreateClient();
        var tokens = new List<string>();

        var resident = await OpenWidgetConversationAsync(host, client, tokens);
        await ListenOnTheStreamAsync(host, resident);
        foreach (var text in new[] { Story, EmailMessage, "ik wil een mens spreken", "ja", "bellen", "06-8765", Phone, SafeTime, FirstName, "versturen", "versturen" })
        {
            await SayAsync(client, resident, text);
        }

        var threatened = await OpenWidgetConversationAsync(host, client, tokens);
        await SayAsync(client, threatened, Acute);
        var acuteReplies = await RepliesAsync(client, threatened);

        var chat = "a:1" + Guid.NewGuid().ToString("N");
        var teams = new TeamsActivities(_connector.ServiceUrl);
        foreach (var text in new[] { ProfessionalStory, ProfessionalQuestion })
        {
            var message = teams.PersonalMessage(TeamsActivities.Professional, chat, text);
            message.Locale = "en-US";
            using var posted = await client.PostAsync("/api/messages", new StringContent(JsonSerializer.Serialize(message, ProtocolJson.Options), Encoding.UTF8, "application/json"));
            posted.EnsureSuccessStatusCode();
        }

        var log = Captured(host);
        Assert.Contains(acuteReplies, reply => reply.Contains("112", StringComparison.Ordinal));
        Assert.Single(await host.Services.GetRequiredService<IConsultationStore>().ListAsync(CancellationToken.None).ToListAsync());
        Assert.NotEmpty(_connector.Requests);
        Assert.Contains("Microsoft.AspNetCore.Hosting.Diagnostics", log, StringComparison.Ordinal);
        Assert.Contains("System.Net.Http.HttpClient", log, StringComparison.Ordinal);
        Assert.Contains("StorageUnavailableException", log, StringComparison.Ordinal);
        var typed = new[] { Story, "Hendrikus", EmailMessage, Email, Phone, "687654321", "06-8765", SafeTime, FirstName, Acute, "mes voor mijn deur", ProfessionalStory, "Lotte Verbeek", "bruises", ProfessionalQuestion };
        var found = typed.Concat(tokens).Where(secret => log.Contains(secret, StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.True(found.Count == 0, "The log holds what it must not:\n" + string.Join("\n---\n", found.Select(secret => $"'{secret}': {Excerpt(log, secret)}")));
    }

    private ConversationTestHost StartHost()
    {
        var host = _hosts.Start(services =>
        {
            services.AddLogging(logging =>
            {
                logging.AddFakeLogging(options => options.CollectRecordsForDisabledLogLevels = true).SetMinimumLevel(LogLevel.Trace);
                foreach (var category in new[] { "Microsoft", "Microsoft.AspNetCore", "Microsoft.Extensions.Http", "System", "System.Net.Http", "TakeABreak" })
                {
                    logging.AddFilter(category, LogLevel.Trace);
                }
            });
            services.AddSingleton<IConsultationStore>(sp => new FlakyConsultationStore(
                new StoredConsultations(sp.GetRequiredService<IDurableStore>(), sp.GetRequiredService<IPayloadProtector>(), sp.GetRequiredService<TimeProvider>()),
                failures: 1));
            services.AddHttpClient<ConnectorClient>().ConfigurePrimaryHttpMessageHandler(LoopbackCertificate.CreateTrustingHandler);
        });
        host.WithSetting("Logging:LogLevel:Default", "Trace")
            .WithSetting("Logging:LogLevel:Microsoft.AspNetCore", "Trace")
            .WithSetting("Teams:AllowedTenants:0", TeamsActivities.Moviera)
            .WithSetting("BotFramework:Connector:MaxRetryAttempts", "0");
        return host;
    }

    private static async Task<WidgetConversation> OpenWidgetConversationAsync(ConversationTestHost host, HttpClient client, List<string> tokens)
    {
        using var tokenRequest = new HttpRequestMessage(HttpMethod.Post, "/widget/token");
        tokenRequest.Headers.Add("Origin", client.BaseAddress!.GetLeftPart(UriPartial.Authority));
        using var tokenResponse = await client.SendAsync(tokenRequest);
        tokenResponse.EnsureSuccessStatusCode();
        var widgetToken = (await tokenResponse.Content.ReadFromJsonAsync<JsonObject>())!["token"]!.GetValue<string>();
        using var open = new HttpRequestMessage(HttpMethod.Post, "/v3/directline/conversations");
        open.Headers.Authorization = new AuthenticationHeaderValue("Bearer", widgetToken);
        using var opened = await client.SendAsync(open);
        opened.EnsureSuccessStatusCode();
        var conversation = (await opened.Content.ReadFromJsonAsync<JsonObject>())!;
        var token = conversation["token"]!.GetValue<string>();
        tokens.Add(widgetToken);
        tokens.Add(token);
        return new WidgetConversation(conversation["conversationId"]!.GetValue<string>(), token, conversation["streamUrl"]!.GetValue<string>());
    }

    /// <summary>Opens the conversation's WebSocket stream as Web Chat does: its address carries the token in the query.</summary>
    private static async Task ListenOnTheStreamAsync(ConversationTestHost host, WidgetConversation conversation)
    {
        var streamUrl = new UriBuilder(conversation.StreamUrl) { Scheme = "http" }.Uri;
        using var socket = await host.Server.CreateWebSocketClient().ConnectAsync(streamUrl, CancellationToken.None);
        var buffer = new byte[16 * 1024];
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await socket.ReceiveAsync(buffer, timeout.Token);
        await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
    }

    private static async Task SayAsync(HttpClient client, WidgetConversation conversation, string text)
    {
        using var post = new HttpRequestMessage(HttpMethod.Post, $"/v3/directline/conversations/{Uri.EscapeDataString(conversation.Id)}/activities")
        {
            Content = JsonContent.Create(new { type = "message", from = new { id = "resident" }, text, locale = "nl-NL" }),
        };
        post.Headers.Authorization = new AuthenticationHeaderValue("Bearer", conversation.Token);
        using var response = await client.SendAsync(post);
        response.EnsureSuccessStatusCode();
    }

    private static async Task<IReadOnlyList<string>> RepliesAsync(HttpClient client, WidgetConversation conversation)
    {
        using var get = new HttpRequestMessage(HttpMethod.Get, $"/v3/directline/conversations/{Uri.EscapeDataString(conversation.Id)}/activities");
        get.Headers.Authorization = new AuthenticationHeaderValue("Bearer", conversation.Token);
        using var response = await client.SendAsync(get);
        response.EnsureSuccessStatusCode();
        var set = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        return [.. set["activities"]!.AsArray().Where(a => a!["from"]?["role"]?.GetValue<string>() == "bot").Select(a => a!["text"]?.GetValue<string>() ?? string.Empty)];
    }

    private static string Captured(ConversationTestHost host) =>
        string.Join('\n', host.Services.GetFakeLogCollector().GetSnapshot().Select(record =>
            $"{record.Category} [{record.Level}] {record.Message} {record.Exception} "
            + string.Join(' ', record.StructuredState?.Select(pair => pair.Value) ?? [])
            + " " + string.Join(' ', record.Scopes.Select(scope => scope is IEnumerable<KeyValuePair<string, object?>> pairs ? string.Join(' ', pairs.Select(pair => pair.Value)) : scope?.ToString()))));

    private static string Excerpt(string log, string secret)
    {
        var at = log.IndexOf(secret, StringComparison.OrdinalIgnoreCase);
        var start = Math.Max(0, at - 400);
        return log[start..Math.Min(log.Length, at + secret.Length + 200)];
    }

    private sealed record WidgetConversation(string Id, string Token, string StreamUrl);
}
