using TakeABreak.BotFramework.DirectLine;

namespace TakeABreak.Bot.Widget;

/// <summary>Tokens from this host's own Direct Line, issued in-process.</summary>
public sealed class LocalDirectLineTokenSource(DirectLineConversations conversations, DirectLineTokens tokens) : IWidgetTokenSource
{
    public Task<WidgetToken> GetTokenAsync(HttpContext http, CancellationToken cancellationToken)
    {
        var conversation = conversations.Create()
            ?? throw new WidgetTokenUnavailableException("The local Direct Line holds its maximum number of conversations.");
        var issued = tokens.Issue(conversation.Id, conversation.UserId);
        var domain = $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}{DirectLineEndpoints.BasePath}";
        return Task.FromResult(new WidgetToken(issued.Token, conversation.Id, issued.ExpiresInSeconds, domain));
    }
}
