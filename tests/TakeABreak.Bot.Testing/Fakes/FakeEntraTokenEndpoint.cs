using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace TakeABreak.Bot.Testing.Fakes;

/// <summary>
/// Stands in for login.microsoftonline.com: answers client-credentials requests at
/// <c>/{tenant}/oauth2/v2.0/token</c> with a fresh access token. Point <c>BotFramework:AuthorityHost</c> at <see cref="AuthorityHost"/>.
/// </summary>
public sealed class FakeEntraTokenEndpoint : IAsyncDisposable
{
    private readonly ConcurrentQueue<TokenRequest> _requests = new();
    private LoopbackHttpsServer? _server;
    private int _issued;

    private FakeEntraTokenEndpoint()
    {
    }

    public string AuthorityHost => (_server ?? throw new InvalidOperationException("The server has not started.")).BaseAddress.ToString().TrimEnd('/');

    public IReadOnlyList<TokenRequest> Requests => [.. _requests];

    /// <summary>The access token handed out last; tokens are "access-token-1", "access-token-2", ...</summary>
    public string? LastIssuedToken => _issued == 0 ? null : $"access-token-{_issued}";

    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromHours(1);

    public static async Task<FakeEntraTokenEndpoint> StartAsync()
    {
        var fake = new FakeEntraTokenEndpoint();
        fake._server = await LoopbackHttpsServer.StartAsync(app => app.MapPost("/{tenant}/oauth2/v2.0/token", fake.IssueAsync));
        return fake;
    }

    public ValueTask DisposeAsync() => _server?.DisposeAsync() ?? ValueTask.CompletedTask;

    private async Task<IResult> IssueAsync(string tenant, HttpRequest request)
    {
        var form = await request.ReadFormAsync();
        _requests.Enqueue(new TokenRequest(tenant, form["client_id"].ToString(), form["scope"].ToString(), form["grant_type"].ToString()));
        var number = Interlocked.Increment(ref _issued);
        return Results.Json(new Dictionary<string, object>
        {
            ["token_type"] = "Bearer",
            ["expires_in"] = (int)TokenLifetime.TotalSeconds,
            ["ext_expires_in"] = (int)TokenLifetime.TotalSeconds,
            ["access_token"] = $"access-token-{number}",
        });
    }
}

public sealed record TokenRequest(string Tenant, string ClientId, string Scope, string GrantType);
