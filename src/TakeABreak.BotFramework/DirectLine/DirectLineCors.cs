using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace TakeABreak.BotFramework.DirectLine;

/// <summary>CORS for the headers Web Chat sends (Authorization, Content-Type, x-ms-bot-agent); no credentials (cookies) ever.</summary>
internal static class DirectLineCors
{
    private const string AllowedHeaders = "Authorization, Content-Type, x-ms-bot-agent";

    public static async ValueTask<object?> AddHeaders(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        Apply(context.HttpContext);
        return await next(context);
    }

    public static IResult Preflight(HttpContext http)
    {
        Apply(http);
        http.Response.Headers.AccessControlAllowMethods = "GET, POST, OPTIONS";
        http.Response.Headers.AccessControlAllowHeaders = AllowedHeaders;
        http.Response.Headers.AccessControlMaxAge = "600";
        return Results.NoContent();
    }

    private static void Apply(HttpContext http)
    {
        var origin = http.Request.Headers.Origin.ToString();
        if (string.IsNullOrEmpty(origin))
        {
            return;
        }

        var allowed = http.RequestServices.GetRequiredService<IOptions<DirectLineOptions>>().Value.AllowedOrigins;
        if (allowed.Count == 0)
        {
            http.Response.Headers.AccessControlAllowOrigin = "*";
        }
        else if (allowed.Contains(origin, StringComparer.OrdinalIgnoreCase))
        {
            http.Response.Headers.AccessControlAllowOrigin = origin;
            http.Response.Headers.Vary = "Origin";
        }
    }
}
