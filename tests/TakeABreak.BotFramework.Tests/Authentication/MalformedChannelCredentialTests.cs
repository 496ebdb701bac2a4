using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using TakeABreak.Bot.Testing.Fakes;
using TakeABreak.BotFramework.Schema;
using TakeABreak.BotFramework.Tests.Support;

namespace TakeABreak.BotFramework.Tests.Authentication;

/// <summary>Whatever arrives in the Authorization header, /api/messages answers 401 — never 500 — and 503 when the keys cannot be fetched.</summary>
public sealed class MalformedChannelCredentialTests(ChannelFixture fixture) : IClassFixture<ChannelFixture>
{
    private const string ServiceUrl = "https://smba.example.test/emea/";
    private static readonly DateTimeOffset Now = new(2030, 3, 4, 10, 0, 0, TimeSpan.Zero);

    public static TheoryData<string> MalformedHeaders => new()
    {
        "Bearer garbage.token.value",
        "Bearer " + Segment("not json") + "." + Segment("""{"iss":"x"}""") + ".c2ln",
        "Bearer " + Segment("""{"alg":"RS256","kid":"channel-key-1"}""") + "." + Segment("not json either") + ".c2ln",
        "Bearer " + Segment("""{"alg":"RS256","kid":12345}""") + "." + Segment("""{"iss":"https://api.botframework.com"}""") + ".c2ln",
        "Bearer " + Segment("""{"alg":"RS256","kid":["a"]}""") + "." + Segment("""{"iss":"https://api.botframework.com"}""") + ".c2ln",
        "Bearer a.b.c.d.e",
        "Bearer " + Segment("""{"alg":"RSA-OAEP","enc":"A256GCM","kid":"channel-key-1"}""") + ".AAAA.AAAA.AAAA.AAAA",
        "Bearer ...",
        "Bearer " + new string('a', 10_000) + ".b.c",
        "Bearer",
        "Bearer \u00e9\u00e9.\u00e9.\u00e9",
    };

    [Theory]
    [MemberData(nameof(MalformedHeaders))]
    public async Task A_malformed_bearer_token_gets_401_with_an_empty_body(string header)
    {
        await using var host = await ChannelTestHost.StartAsync("Production", fixture.SingleTenantSettings(), services => services.AddSingleton<TimeProvider>(new FakeTimeProvider(Now)));
        using var request = Request();
        request.Headers.TryAddWithoutValidation("Authorization", header);

        using var response = await host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        Assert.Empty(host.Bot.Received);
    }

    [Fact]
    public async Task Unreachable_OpenID_metadata_gets_503_with_Retry_After_and_a_log_line()
    {
        var settings = fixture.SingleTenantSettings();
        settings["BotFramework:OpenIdMetadataUrl"] = $"https://127.0.0.1:{ClosedPort()}/v1/.well-known/openidconfiguration";
        await using var host = await ChannelTestHost.StartAsync("Production", settings, services => services.AddSingleton<TimeProvider>(new FakeTimeProvider(Now)));
        using var request = Request();
        request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + FakeBotFrameworkOpenIdServer.CreateToken(new ChannelTokenDescription(fixture.OpenId.DefaultKey, ChannelFixture.AppId, ServiceUrl, Now)));

        using var response = await host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.NotNull(response.Headers.RetryAfter);
        Assert.DoesNotContain("Exception", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains(host.Logs.GetSnapshot(), record => record.Message.Contains("signing keys", StringComparison.OrdinalIgnoreCase));
        Assert.Empty(host.Bot.Received);
    }

    private static HttpRequestMessage Request()
    {
        var activity = ActivityRequests.Message(ServiceUrl, channelId: "msteams");
        activity.DeliveryMode = DeliveryModes.ExpectReplies;
        return ActivityRequests.Post(activity);
    }

    private static string Segment(string json) => Convert.ToBase64String(Encoding.UTF8.GetBytes(json)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
