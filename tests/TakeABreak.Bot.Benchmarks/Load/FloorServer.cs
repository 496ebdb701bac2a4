using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace TakeABreak.Bot.Benchmarks.Load;

/// <summary>
/// The floor: a bare ASP.NET Core endpoint on the same machine that reads the activity and answers with one canned
/// reply in the expectReplies shape. No authentication, no state, no bot: what any bot costs at least here.
/// Started by the load command as <c>TakeABreak.Bot.Benchmarks floor --urls …</c>.
/// </summary>
public static class FloorServer
{
    public const string Verb = "floor";

    public static void Run(string[] args)
    {
        var builder = WebApplication.CreateSlimBuilder(args);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        var app = builder.Build();
        app.MapGet("/healthz", () => Results.Text("ok"));
        app.MapPost("/api/messages", async (HttpRequest request) =>
        {
            var activity = await JsonNode.ParseAsync(request.Body) as JsonObject;
            if (activity?["conversation"]?["id"] is null)
            {
                return Results.BadRequest();
            }

            var reply = new JsonObject
            {
                ["activities"] = new JsonArray(new JsonObject
                {
                    ["type"] = "message",
                    ["text"] = "Dank je. Wat wil je nu doen?",
                    ["conversation"] = new JsonObject { ["id"] = activity["conversation"]!["id"]!.GetValue<string>() },
                    ["replyToId"] = activity["id"]?.GetValue<string>(),
                }),
            };
            return Results.Text(reply.ToJsonString(), "application/json");
        });
        app.Run();
    }
}
