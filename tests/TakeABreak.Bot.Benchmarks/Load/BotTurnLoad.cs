using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using TakeABreak.Bot.Testing.Processes;

namespace TakeABreak.Bot.Benchmarks.Load;

/// <summary>
/// N concurrent loops, each playing the script over <c>POST /api/messages</c> with <c>deliveryMode: expectReplies</c>
/// in a new conversation each time, until the duration is over, so a turn's latency includes everything the bot does
/// before it answers. A turn counts as failed when the status is not 2xx or no reply comes back.
/// </summary>
public sealed class BotTurnLoad(Uri baseAddress, ConversationScript script)
{
    public async Task<LoadResult> RunAsync(string name, int conversations, TimeSpan duration, CancellationToken cancellationToken)
    {
        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = conversations }) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
        var recorder = new LatencyRecorder();
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, conversations).Select(index => PlayAsync(client, recorder, $"load-{Guid.NewGuid():N}-{index}", clock, duration, cancellationToken)));
        return recorder.Summarise(name, clock.Elapsed);
    }

    private async Task PlayAsync(HttpClient client, LatencyRecorder recorder, string loopId, Stopwatch clock, TimeSpan duration, CancellationToken cancellationToken)
    {
        for (var round = 0; clock.Elapsed < duration; round++)
        {
            var conversation = $"{loopId}-{round}";
            var sequence = 0;
            await TurnAsync(client, recorder, Activity(conversation, ++sequence, "conversationUpdate", text: null), cancellationToken);
            foreach (var message in script.Messages)
            {
                if (clock.Elapsed >= duration)
                {
                    return;
                }

                await TurnAsync(client, recorder, Activity(conversation, ++sequence, "message", message), cancellationToken);
            }
        }
    }

    private static async Task TurnAsync(HttpClient client, LatencyRecorder recorder, JsonObject activity, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            using var response = await client.PostAsJsonAsync("api/messages", activity, cancellationToken);
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            if (!response.IsSuccessStatusCode || !HasReplies(body))
            {
                recorder.Fail();
                return;
            }

            recorder.Record(Stopwatch.GetElapsedTime(started));
        }
        catch (HttpRequestException)
        {
            recorder.Fail();
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            recorder.Fail();
        }
    }

    private static bool HasReplies(string body)
    {
        if (body.Length == 0)
        {
            return false;
        }

        using var document = JsonDocument.Parse(body);
        return document.RootElement.TryGetProperty("activities", out var activities) && activities.GetArrayLength() > 0;
    }

    private static JsonObject Activity(string conversationId, int sequence, string type, string? text) =>
        ExpectRepliesClient.Activity(conversationId, sequence, type, text, channelId: "loadtest");
}
