using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using TakeABreak.BotFramework.Hosting;
using TakeABreak.BotFramework.Schema;

namespace TakeABreak.BotFramework.DirectLine;

/// <summary>The routes of Direct Line 3.0 that Web Chat's <c>createDirectLine({ domain, token })</c> uses.</summary>
public static class DirectLineEndpoints
{
    public const string BasePath = "/v3/directline";

    private static readonly HashSet<string> ClientActivityTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        ActivityTypes.Message, ActivityTypes.Event, ActivityTypes.Typing, ActivityTypes.MessageReaction,
    };

    /// <summary>Maps <c>/v3/directline/*</c> unless <see cref="DirectLineOptions.Enabled"/> is false.</summary>
    public static IEndpointRouteBuilder MapLocalDirectLine(this IEndpointRouteBuilder endpoints)
    {
        var options = endpoints.ServiceProvider.GetRequiredService<IOptions<DirectLineOptions>>().Value;
        if (!options.Enabled)
        {
            return endpoints;
        }

        var group = endpoints.MapGroup(BasePath).AddEndpointFilter(DirectLineCors.AddHeaders);
        group.MapMethods("/{**path}", [HttpMethods.Options], DirectLineCors.Preflight);
        group.MapPost("/tokens/generate", GenerateToken);
        group.MapPost("/tokens/refresh", RefreshToken);
        group.MapPost("/conversations", StartConversation);
        group.MapGet("/conversations/{conversationId}", Reconnect);
        group.MapGet("/conversations/{conversationId}/activities", GetActivities);
        group.MapPost("/conversations/{conversationId}/activities", PostActivity);
        group.MapGet("/conversations/{conversationId}/stream", DirectLineStream.RunAsync);
        return endpoints;
    }

    private static async Task<IResult> GenerateToken(HttpContext http, DirectLineAccess access, DirectLineConversations conversations, DirectLineTokens tokens)
    {
        var caller = access.AuthenticateSecret(http);
        if (caller.Failure is not null)
        {
            return caller.Failure;
        }

        if (!caller.IsSecret)
        {
            return DirectLineResults.Forbidden("tokens/generate needs the Direct Line secret.");
        }

        var (parameters, invalid) = await ReadTokenParametersAsync(http);
        if (invalid is not null)
        {
            return invalid;
        }

        // the token names a conversation; its slot is taken only when a client opens it
        var grant = conversations.NewGrant(parameters?.User?.Id);
        var issued = tokens.Issue(grant.ConversationId, grant.UserId);
        return Results.Json(new DirectLineConversationResponse(grant.ConversationId, issued.Token, issued.ExpiresInSeconds), ProtocolJson.Options);
    }

    private static IResult RefreshToken(HttpContext http, DirectLineAccess access, DirectLineTokens tokens)
    {
        var caller = access.AuthenticateToken(http, conversationId: null);
        if (caller.Failure is not null)
        {
            return caller.Failure;
        }

        var issued = tokens.Issue(caller.Conversation!.Id, caller.UserId!);
        return Results.Json(new DirectLineConversationResponse(caller.Conversation.Id, issued.Token, issued.ExpiresInSeconds), ProtocolJson.Options);
    }

    private static async Task<IResult> StartConversation(
        HttpContext http, DirectLineAccess access, DirectLineConversations conversations, DirectLineTokens tokens, DirectLineTurns turns,
        DirectLineStreamTickets streamTickets, PublicBaseUrl baseUrl, IHostApplicationLifetime lifetime)
    {
        var caller = access.AuthenticateToOpen(http);
        if (caller.Failure is not null)
        {
            return caller.Failure;
        }

        DirectLineConversation conversation;
        string token;
        int expiresIn;
        if (caller.IsSecret)
        {
            var (parameters, invalid) = await ReadTokenParametersAsync(http);
            if (invalid is not null)
            {
                return invalid;
            }

            var opened = access.OpenForSecret(http, conversations.NewGrant(parameters?.User?.Id));
            if (opened.Failure is not null)
            {
                return opened.Failure;
            }

            conversation = opened.Conversation!;
            var issued = tokens.Issue(conversation.Id, conversation.UserId);
            (token, expiresIn) = (issued.Token, issued.ExpiresInSeconds);
        }
        else
        {
            conversation = caller.Conversation!;
            (token, expiresIn) = (caller.Token!, caller.ExpiresInSeconds);
        }

        var started = conversation.TryStart();
        if (started)
        {
            await turns.StartAsync(conversation, baseUrl.Value.AbsoluteUri, lifetime.ApplicationStopping);
        }

        var body = new DirectLineConversationResponse(conversation.Id, token, expiresIn, StreamUrl(baseUrl, conversation.Id, streamTickets.Issue(token), watermark: null));
        return Results.Json(body, ProtocolJson.Options, statusCode: started ? StatusCodes.Status201Created : StatusCodes.Status200OK);
    }

    private static IResult Reconnect(HttpContext http, string conversationId, string? watermark, DirectLineAccess access, DirectLineStreamTickets streamTickets, PublicBaseUrl baseUrl)
    {
        var caller = access.AuthenticateToken(http, conversationId);
        if (caller.Failure is not null)
        {
            return caller.Failure;
        }

        if (watermark is not null && !TryParseWatermark(watermark, out _))
        {
            return DirectLineResults.BadArgument("watermark must be a non-negative number.");
        }

        var body = new DirectLineConversationResponse(conversationId, caller.Token!, caller.ExpiresInSeconds, StreamUrl(baseUrl, conversationId, streamTickets.Issue(caller.Token!), watermark));
        return Results.Json(body, ProtocolJson.Options);
    }

    private static IResult GetActivities(HttpContext http, string conversationId, string? watermark, DirectLineAccess access)
    {
        var caller = access.AuthenticateToken(http, conversationId);
        if (caller.Failure is not null)
        {
            return caller.Failure;
        }

        if (!TryParseWatermark(watermark, out var after))
        {
            return DirectLineResults.BadArgument("watermark must be a non-negative number.");
        }

        return Results.Json(caller.Conversation!.Read(after), ProtocolJson.Options);
    }

    private static async Task<IResult> PostActivity(
        HttpContext http, string conversationId, DirectLineAccess access, DirectLineTurns turns, IOptions<DirectLineOptions> options, PublicBaseUrl baseUrl,
        IHostApplicationLifetime lifetime)
    {
        var caller = access.AuthenticateToken(http, conversationId);
        if (caller.Failure is not null)
        {
            return caller.Failure;
        }

        var conversation = caller.Conversation!;
        if (conversation.Count >= options.Value.MaxActivitiesPerConversation)
        {
            return DirectLineResults.Forbidden("This conversation has reached its length limit; start a new conversation.");
        }

        var (body, tooLarge) = await DirectLineBody.ReadAsync(http.Request, options.Value.MaxActivityBytes, http.RequestAborted);
        if (tooLarge is not null)
        {
            return tooLarge;
        }

        var (activity, problem) = InboundActivity.Read(body.Span);
        if (activity is null)
        {
            return DirectLineResults.BadArgument(problem!);
        }

        if (!ClientActivityTypes.Contains(activity.Type!))
        {
            return DirectLineResults.BadArgument($"An activity of type {string.Join(", ", ClientActivityTypes)} is expected.");
        }

        var id = await turns.PostAsync(conversation, activity, caller.UserId!, baseUrl.Value.AbsoluteUri, lifetime.ApplicationStopping);
        return Results.Json(new ResourceResponse(id), ProtocolJson.Options);
    }

    private static async Task<(DirectLineTokenParameters? Parameters, IResult? Invalid)> ReadTokenParametersAsync(HttpContext http)
    {
        var (body, tooLarge) = await DirectLineBody.ReadAsync(http.Request, 4_096, http.RequestAborted);
        if (tooLarge is not null)
        {
            return (null, tooLarge);
        }

        if (body.Length == 0)
        {
            return (null, null);
        }

        try
        {
            var parameters = JsonSerializer.Deserialize<DirectLineTokenParameters>(body.Span, ProtocolJson.Options);
            var userId = parameters?.User?.Id;
            if (userId is not null && (!userId.StartsWith("dl_", StringComparison.Ordinal) || userId.Length > 64 || !userId.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-')))
            {
                return (null, DirectLineResults.BadArgument("user.id must start with 'dl_' and hold at most 64 letters, digits, '_' or '-'."));
            }

            return (parameters, null);
        }
        catch (JsonException)
        {
            return (null, DirectLineResults.BadArgument("The body is not valid JSON."));
        }
    }

    internal static bool TryParseWatermark(string? watermark, out long value)
    {
        value = 0;
        return string.IsNullOrEmpty(watermark) || watermark == "-"
            || (long.TryParse(watermark, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value >= 0);
    }

    /// <summary>The stream's address on the configured public base URL (never the request's Host header).</summary>
    private static string StreamUrl(PublicBaseUrl baseUrl, string conversationId, string ticket, string? watermark)
    {
        var query = QueryString.Create([new KeyValuePair<string, string?>("watermark", watermark ?? "-"), new KeyValuePair<string, string?>("t", ticket)]);
        return baseUrl.WebSocket($"{BasePath}/conversations/{Uri.EscapeDataString(conversationId)}/stream") + query;
    }
}
