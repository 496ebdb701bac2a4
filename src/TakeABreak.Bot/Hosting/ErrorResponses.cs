using Microsoft.AspNetCore.Diagnostics;

namespace TakeABreak.Bot.Hosting;

/// <summary>
/// An unhandled exception becomes a bare 500 in every environment: no stack trace, type or message in the body
/// (the developer exception page would show them in Development). The exception itself is logged by ASP.NET Core.
/// </summary>
public static class ErrorResponses
{
    public static IApplicationBuilder UseTakeABreakErrorResponses(this IApplicationBuilder app) =>
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandler = WriteAsync,
            SuppressDiagnosticsCallback = _ => false,
        });

    private static Task WriteAsync(HttpContext http)
    {
        http.Response.StatusCode = StatusCodes.Status500InternalServerError;
        http.Response.Headers.CacheControl = "no-store";
        var feature = http.Features.Get<IExceptionHandlerFeature>();
        return feature is null ? Task.CompletedTask : http.Response.CompleteAsync();
    }
}
