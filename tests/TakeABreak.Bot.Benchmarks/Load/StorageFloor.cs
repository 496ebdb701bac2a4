using System.Diagnostics;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;

namespace TakeABreak.Bot.Benchmarks.Load;

/// <summary>
/// The storage floor: N loops that each read a 2 KB blob and write it back with If-Match against the same Azurite,
/// with no bot at all. One operation is one read-write pair, the least a turn on Blob storage must do.
/// </summary>
public sealed class StorageFloor(string connectionString)
{
    private static readonly byte[] State = new byte[2048];

    public async Task<LoadResult> RunAsync(int loops, TimeSpan duration, CancellationToken cancellationToken)
    {
        var container = new BlobServiceClient(connectionString).GetBlobContainerClient("floor-" + Guid.NewGuid().ToString("N"));
        await container.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        try
        {
            var blobs = Enumerable.Range(0, loops).Select(index => container.GetBlobClient($"state-{index}")).ToList();
            await Task.WhenAll(blobs.Select(blob => blob.UploadAsync(new BinaryData(State), overwrite: true, cancellationToken)));

            var recorder = new LatencyRecorder();
            var clock = Stopwatch.StartNew();
            await Task.WhenAll(blobs.Select(blob => LoopAsync(blob, recorder, clock, duration, cancellationToken)));
            return recorder.Summarise("storage floor (Blob read + If-Match write)", clock.Elapsed);
        }
        finally
        {
            await container.DeleteIfExistsAsync(cancellationToken: CancellationToken.None);
        }
    }

    private static async Task LoopAsync(BlobClient blob, LatencyRecorder recorder, Stopwatch clock, TimeSpan duration, CancellationToken cancellationToken)
    {
        while (clock.Elapsed < duration)
        {
            var started = Stopwatch.GetTimestamp();
            try
            {
                var current = await blob.DownloadContentAsync(cancellationToken);
                await blob.UploadAsync(
                    current.Value.Content,
                    new BlobUploadOptions { Conditions = new BlobRequestConditions { IfMatch = current.Value.Details.ETag } },
                    cancellationToken);
                recorder.Record(Stopwatch.GetElapsedTime(started));
            }
            catch (RequestFailedException)
            {
                recorder.Fail();
            }
        }
    }
}
