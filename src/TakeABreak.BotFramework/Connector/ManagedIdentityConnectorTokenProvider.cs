using Azure.Core;
using Azure.Identity;
using Microsoft.Extensions.Options;
using TakeABreak.BotFramework.Authentication;

namespace TakeABreak.BotFramework.Connector;

/// <summary>Token of the user-assigned managed identity whose client id is MicrosoftAppId, for resource https://api.botframework.com.</summary>
public sealed class ManagedIdentityConnectorTokenProvider(IOptions<BotAuthenticationOptions> options, TimeProvider timeProvider) : IConnectorTokenProvider
{
    private static readonly TimeSpan RenewBeforeExpiry = TimeSpan.FromMinutes(5);

    private readonly TokenCredential _credential = new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(options.Value.MicrosoftAppId!));
    private readonly SemaphoreSlim _gate = new(1, 1);
    private AccessToken? _current;

    public async ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        if (IsFresh(_current))
        {
            return _current!.Value.Token;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (!IsFresh(_current))
            {
                _current = await _credential.GetTokenAsync(new TokenRequestContext([MsalConnectorTokenProvider.Scope]), cancellationToken);
            }

            return _current!.Value.Token;
        }
        finally
        {
            _gate.Release();
        }
    }

    private bool IsFresh(AccessToken? token) => token is { } t && t.ExpiresOn - RenewBeforeExpiry > timeProvider.GetUtcNow();
}
