using System.Net.WebSockets;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using TakeABreak.BotFramework.Schema;

namespace TakeABreak.BotFramework.DirectLine;

/// <summary>
/// The WebSocket stream: first everything after the watermark, then each new batch as
/// <c>{"activities":[...],"watermark":"N"}</c>, until the client closes or the conversation is forgotten.
/// </summary>
internal static class DirectLineStream
{
    public static async Task<IResult> RunAsync(HttpContext http, string conversationId, string? watermark, DirectLineAccess access, TimeProvider timeProvider)
    {
        var caller = access.AuthenticateStream(http, conversationId);
        if (caller.Failure is not null)
        {
            return caller.Failure;
        }

        if (!http.WebSockets.IsWebSocketRequest)
        {
            return DirectLineResults.BadArgument("The stream needs a WebSocket upgrade.");
        }

        if (!DirectLineEndpoints.TryParseWatermark(watermark, out var seen))
        {
            return DirectLineResults.BadArgument("watermark must be a non-negative number.");
        }

        using var socket = await http.WebSockets.AcceptWebSocketAsync();
        using var closed = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
        var receiving = ReceiveUntilClosedAsync(socket, closed);
        var conversation = caller.Conversation!;
        using var streaming = conversation.OpenStream(timeProvider);
        try
        {
            while (!closed.IsCancellationRequested && !conversation.IsClosed)
            {
                var changed = conversation.Changed;
                var batch = conversation.Read(seen);
                if (batch.Activities.Count > 0)
                {
                    var frame = JsonSerializer.SerializeToUtf8Bytes(batch, ProtocolJson.Options);
                    await socket.SendAsync(frame, WebSocketMessageType.Text, endOfMessage: true, closed.Token);
                    seen = long.Parse(batch.Watermark, System.Globalization.CultureInfo.InvariantCulture);
                }

                await changed.WaitAsync(closed.Token);
            }

            if (socket.State == WebSocketState.Open)
            {
                await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "conversation ended", CancellationToken.None);
            }
        }
        catch (Exception exception) when (exception is OperationCanceledException or WebSocketException)
        {
            // the client went away
        }
        finally
        {
            await closed.CancelAsync();
            await receiving;
        }

        return Results.Empty;
    }

    private static async Task ReceiveUntilClosedAsync(WebSocket socket, CancellationTokenSource closed)
    {
        var buffer = new byte[1_024];
        try
        {
            while (!closed.IsCancellationRequested)
            {
                var result = await socket.ReceiveAsync(buffer, closed.Token);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    if (socket.State == WebSocketState.CloseReceived)
                    {
                        await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
                    }

                    break;
                }
            }
        }
        catch (Exception exception) when (exception is OperationCanceledException or WebSocketException)
        {
            // closed or aborted
        }
        finally
        {
            await closed.CancelAsync();
        }
    }
}
