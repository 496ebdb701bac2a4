using Microsoft.Extensions.Options;
using TakeABreak.BotFramework.Hosting;

namespace TakeABreak.Bot.Widget;

/// <summary>
/// Who may ask for a widget token: a browser page of this host (the chat page and the embedded frame both come from
/// here) or of a site in <see cref="WidgetOptions.EmbedOrigins"/>. Browsers always send <c>Origin</c> on a POST, and
/// another site cannot forge it, so a page elsewhere cannot make its visitors' browsers use up conversations.
/// </summary>
public sealed class WidgetTokenOrigins(PublicBaseUrl baseUrl, IOptions<WidgetOptions> options)
{
    public bool IsAllowed(HttpRequest request)
    {
        var origin = request.Headers.Origin.ToString();
        return origin.Length > 0
            && (string.Equals(origin, baseUrl.Origin, StringComparison.OrdinalIgnoreCase)
                || options.Value.EmbedOrigins.Contains(origin, StringComparer.OrdinalIgnoreCase));
    }
}
