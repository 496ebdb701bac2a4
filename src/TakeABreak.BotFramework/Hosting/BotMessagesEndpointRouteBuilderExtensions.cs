using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace TakeABreak.BotFramework.Hosting;

public static class BotMessagesEndpointRouteBuilderExtensions
{
    public const string DefaultPattern = "/api/messages";

    /// <summary>Maps <c>POST /api/messages</c>, the endpoint Azure Bot Service delivers activities to.</summary>
    public static RouteHandlerBuilder MapBotMessages(this IEndpointRouteBuilder endpoints, string pattern = DefaultPattern) =>
        endpoints.MapPost(pattern, (HttpContext context, BotMessagesEndpoint endpoint) => endpoint.HandleAsync(context))
            .DisableAntiforgery()
            .WithName("BotMessages");
}
