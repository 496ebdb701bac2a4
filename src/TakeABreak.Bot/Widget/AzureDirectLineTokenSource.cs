using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using TakeABreak.BotFramework.Hosting;
using TakeABreak.BotFramework.DirectLine;

namespace TakeABreak.Bot.Widget;

/// <summary>Tokens from Azure's Direct Line (<c>tokens/generate</c> with the secret), for when the local one is off.</summary>
/// <remarks>
/// The request names a fresh <c>dl_</c> user and this host's origin as the only trusted origin, as Direct Line's
/// enhanced authentication (a secure site with trusted origins, as the Bicep templates configure it) expects.
/// </remarks>
public sealed class AzureDirectLineTokenSource(HttpClient client, IOptions<WidgetOptions> options, PublicBaseUrl baseUrl) : IWidgetTokenSource
{
    public const string HttpClientName = "TakeABreak.Widget.DirectLine";

    public async Task<WidgetToken> GetTokenAsync(HttpContext http, CancellationToken cancellationToken)
    {
        var domain = options.Value.DirectLineDomain!.TrimEnd('/');
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{domain}/tokens/generate");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", options.Value.DirectLineSecret);
        request.Content = JsonContent.Create(new
        {
            user = new { id = $"dl_{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16))}" },
            trustedOrigins = new[] { baseUrl.Origin },
        });
        try
        {
            using var response = await client.SendAsync(request, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                throw new WidgetTokenUnavailableException($"Direct Line tokens/generate answered {(int)response.StatusCode}.");
            }

            var body = await response.Content.ReadFromJsonAsync<DirectLineConversationResponse>(cancellationToken)
                ?? throw new WidgetTokenUnavailableException("Direct Line tokens/generate answered without a body.");
            return new WidgetToken(body.Token, body.ConversationId, body.ExpiresIn, domain);
        }
        catch (HttpRequestException exception)
        {
            throw new WidgetTokenUnavailableException("Direct Line could not be reached.", exception);
        }
    }
}
