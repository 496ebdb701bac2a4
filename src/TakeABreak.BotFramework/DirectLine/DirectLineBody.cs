using System.Buffers;
using Microsoft.AspNetCore.Http;

namespace TakeABreak.BotFramework.DirectLine;

/// <summary>Reads a request body into memory, refusing anything larger than the limit (413).</summary>
internal static class DirectLineBody
{
    public static async Task<(ReadOnlyMemory<byte> Body, IResult? TooLarge)> ReadAsync(HttpRequest request, int limit, CancellationToken cancellationToken)
    {
        if (request.ContentLength > limit)
        {
            return (default, DirectLineResults.TooLarge(limit));
        }

        var buffer = new ArrayBufferWriter<byte>(Math.Min(limit, 4_096));
        while (true)
        {
            var memory = buffer.GetMemory(1_024);
            var read = await request.Body.ReadAsync(memory, cancellationToken);
            if (read == 0)
            {
                return (buffer.WrittenMemory, null);
            }

            buffer.Advance(read);
            if (buffer.WrittenCount > limit)
            {
                return (default, DirectLineResults.TooLarge(limit));
            }
        }
    }
}
