using System.Text.Json;
using Microsoft.AspNetCore.Http;
using TakeABreak.BotFramework.Schema;

namespace TakeABreak.BotFramework.Hosting;

/// <summary>A response body written with the protocol's JSON conventions; no body when <c>value</c> is null.</summary>
internal sealed class ProtocolJsonResult(int statusCode, object? value) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.StatusCode = statusCode;
        if (value is not null)
        {
            httpContext.Response.ContentType = "application/json; charset=utf-8";
            await JsonSerializer.SerializeAsync(httpContext.Response.Body, value, value.GetType(), ProtocolJson.Options, httpContext.RequestAborted);
        }
    }
}
