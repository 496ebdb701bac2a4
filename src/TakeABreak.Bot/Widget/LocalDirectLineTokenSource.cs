using TakeABreak.BotFramework.DirectLine;
using TakeABreak.BotFramework.Hosting;

namespace TakeABreak.Bot.Widget;

/// <summary>
/// Tokens from this host's own Direct Line, issued in-process. A token names a new conversation but holds no slot:
/// the slot is taken when the page opens the conversation.
/// </summary>
public sealed class LocalDirectLineTokenSource(DirectLineConversations conversations, DirectLineTokens tokens, PublicBaseUrl baseUrl) : IWidgetTokenSource
{
    public Task<WidgetToken> GetTokenAsync(HttpContext http, CancellationToken cancellationToken)
    {
        var grant = conversations.NewGrant();
        var issued = tokens.Issue(grant.ConversationId, grant.UserId);
        return Task.FromResult(new WidgetToken(issued.Token, grant.ConversationId, issued.ExpiresInSeconds, baseUrl.Combine(DirectLineEndpoints.BasePath)));
    }
}
