using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Microsoft.IdentityModel.Tokens;
using TakeABreak.Bot.Testing.Fakes;
using TakeABreak.BotFramework.Connector;
using TakeABreak.BotFramework.Schema;
using TakeABreak.BotFramework.Tests.Support;

namespace TakeABreak.BotFramework.Tests.Authentication;

/// <summary>Bot Framework channel authentication on /api/messages, against a local OpenID metadata + JWKS server.</summary>
public sealed class ChannelAuthenticationTests(ChannelFixture fixture) : IClassFixture<ChannelFixture>, IAsyncLifetime
{
    private const string ServiceUrl = "https://smba.example.test/emea/";
    private static readonly DateTimeOffset Now = new(2030, 3, 4, 10, 0, 0, TimeSpan.Zero);

    private readonly FakeTimeProvider _time = new(Now);
    private ChannelTestHost _host = null!;

    public enum Spoiled
    {
        WrongIssuer,
        WrongAudience,
        Expired,
        NotYetValid,
        BadSignature,
        KeyNotEndorsedForChannel,
        KeyNotPublished,
        ServiceUrlMismatch,
        NoServiceUrlClaim,
        MissingHeader,
        NotBearer,
        NotAJwt,
    }

    public async Task InitializeAsync() =>
        _host = await ChannelTestHost.StartAsync("Production", fixture.SingleTenantSettings(), services => services.AddSingleton<TimeProvider>(_time));

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Valid_channel_token_is_accepted()
    {
        using var response = await _host.Client.SendAsync(ExpectRepliesRequest(ValidToken()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(_host.Bot.Received);
    }

    [Theory]
    [InlineData(Spoiled.WrongIssuer)]
    [InlineData(Spoiled.WrongAudience)]
    [InlineData(Spoiled.Expired)]
    [InlineData(Spoiled.NotYetValid)]
    [InlineData(Spoiled.BadSignature)]
    [InlineData(Spoiled.KeyNotEndorsedForChannel)]
    [InlineData(Spoiled.KeyNotPublished)]
    [InlineData(Spoiled.ServiceUrlMismatch)]
    [InlineData(Spoiled.NoServiceUrlClaim)]
    [InlineData(Spoiled.MissingHeader)]
    [InlineData(Spoiled.NotBearer)]
    [InlineData(Spoiled.NotAJwt)]
    public async Task Request_with_a_bad_or_missing_token_gets_401_with_an_empty_body(Spoiled spoiled)
    {
        using var request = ExpectRepliesRequest(token: null);
        var valid = Token();
        request.Headers.TryAddWithoutValidation("Authorization", spoiled switch
        {
            Spoiled.WrongIssuer => "Bearer " + FakeBotFrameworkOpenIdServer.CreateToken(valid with { Issuer = "https://sts.windows.net/someone-else/" }),
            Spoiled.WrongAudience => "Bearer " + FakeBotFrameworkOpenIdServer.CreateToken(valid with { Audience = "another-bot" }),
            Spoiled.Expired => "Bearer " + FakeBotFrameworkOpenIdServer.CreateToken(valid with { IssuedAt = Now.AddHours(-2), Lifetime = TimeSpan.FromMinutes(54) }),
            Spoiled.NotYetValid => "Bearer " + FakeBotFrameworkOpenIdServer.CreateToken(valid with { IssuedAt = Now.AddMinutes(6) }),
            Spoiled.BadSignature => "Bearer " + FakeBotFrameworkOpenIdServer.CreateToken(valid with { SigningKey = FakeBotFrameworkOpenIdServer.CreateKey(FakeBotFrameworkOpenIdServer.DefaultKeyId) }),
            Spoiled.KeyNotEndorsedForChannel => "Bearer " + FakeBotFrameworkOpenIdServer.CreateToken(valid with { SigningKey = fixture.OpenId.PublishKey("skype-only", "skype") }),
            Spoiled.KeyNotPublished => "Bearer " + FakeBotFrameworkOpenIdServer.CreateToken(valid with { SigningKey = FakeBotFrameworkOpenIdServer.CreateKey("never-published") }),
            Spoiled.ServiceUrlMismatch => "Bearer " + FakeBotFrameworkOpenIdServer.CreateToken(valid with { ServiceUrl = "https://attacker.example.test/" }),
            Spoiled.NoServiceUrlClaim => "Bearer " + FakeBotFrameworkOpenIdServer.CreateToken(valid with { ServiceUrl = null }),
            Spoiled.MissingHeader => null,
            Spoiled.NotBearer => "Basic " + Convert.ToBase64String("bot:secret"u8.ToArray()),
            Spoiled.NotAJwt => "Bearer not-a-token",
            _ => throw new ArgumentOutOfRangeException(nameof(spoiled)),
        });

        using var response = await _host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        Assert.Empty(_host.Bot.Received);
    }

    [Fact]
    public async Task Token_that_expired_within_the_five_minute_clock_skew_is_accepted()
    {
        var token = FakeBotFrameworkOpenIdServer.CreateToken(Token() with { IssuedAt = Now.AddHours(-1).AddMinutes(-4) });

        using var response = await _host.Client.SendAsync(ExpectRepliesRequest(token));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Token_is_checked_against_the_time_provider_not_the_wall_clock()
    {
        var token = ValidToken();
        _time.Advance(TimeSpan.FromHours(2));

        using var response = await _host.Client.SendAsync(ExpectRepliesRequest(token));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Signing_key_published_after_the_keys_were_cached_is_found_by_refreshing()
    {
        using (var first = await _host.Client.SendAsync(ExpectRepliesRequest(ValidToken())))
        {
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        }

        var rotated = fixture.OpenId.PublishKey($"rotated-{Guid.NewGuid():N}", "msteams");
        var token = FakeBotFrameworkOpenIdServer.CreateToken(Token() with { SigningKey = rotated });

        using var response = await _host.Client.SendAsync(ExpectRepliesRequest(token));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Made_up_key_ids_cannot_make_the_bot_fetch_the_keys_more_than_once_per_interval()
    {
        var before = fixture.OpenId.JwksRequests;

        for (var attempt = 0; attempt < 6; attempt++)
        {
            var token = FakeBotFrameworkOpenIdServer.CreateToken(Token() with { SigningKey = FakeBotFrameworkOpenIdServer.CreateKey($"made-up-{attempt}") });
            using var response = await _host.Client.SendAsync(ExpectRepliesRequest(token));
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        }

        // the first fetch, one fetch for the unknown key id, and at most one background refresh it requested
        Assert.InRange(fixture.OpenId.JwksRequests - before, 2, 3);
    }

    [Fact]
    public async Task Service_url_of_an_authenticated_activity_becomes_trusted_for_replies()
    {
        var trusted = _host.Services.GetRequiredService<TrustedServiceUrls>();
        Assert.False(trusted.IsTrusted(ServiceUrl));

        using var response = await _host.Client.SendAsync(ExpectRepliesRequest(ValidToken()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(trusted.IsTrusted(ServiceUrl));
    }

    [Fact]
    public async Task Service_url_of_a_rejected_activity_stays_untrusted()
    {
        var token = FakeBotFrameworkOpenIdServer.CreateToken(Token() with { Audience = "another-bot" });

        using var response = await _host.Client.SendAsync(ExpectRepliesRequest(token));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.False(_host.Services.GetRequiredService<TrustedServiceUrls>().IsTrusted(ServiceUrl));
    }

    private ChannelTokenDescription Token() => new(fixture.OpenId.DefaultKey, ChannelFixture.AppId, ServiceUrl, Now);

    private string ValidToken() => FakeBotFrameworkOpenIdServer.CreateToken(Token());

    private static HttpRequestMessage ExpectRepliesRequest(string? token)
    {
        var activity = ActivityRequests.Message(ServiceUrl, channelId: "msteams");
        activity.DeliveryMode = DeliveryModes.ExpectReplies;
        return ActivityRequests.Post(activity, token);
    }
}
