using System.Net;
using Polly;
using Polly.Timeout;

namespace TakeABreak.BotFramework.Connector;

/// <summary>What the Connector may retry: throttling (429), Teams' 412, 408, server errors and timeouts.</summary>
public static class ConnectorRetryPolicy
{
    public static bool IsTransient(Outcome<HttpResponseMessage> outcome) => outcome switch
    {
        { Exception: HttpRequestException or TimeoutRejectedException } => true,
        { Result: { } response } => IsTransient(response.StatusCode),
        _ => false,
    };

    public static bool IsTransient(HttpStatusCode status) => status switch
    {
        HttpStatusCode.TooManyRequests or HttpStatusCode.PreconditionFailed or HttpStatusCode.RequestTimeout => true,
        HttpStatusCode.NotImplemented or HttpStatusCode.HttpVersionNotSupported => false,
        _ => (int)status >= 500,
    };
}
