using Azure;
using Azure.Identity;

namespace TakeABreak.Storage.Blob;

/// <summary>Which Azure failures mean "storage is unavailable" rather than a conflict or a caller error.</summary>
internal static class BlobFailures
{
    public static bool IsOutage(Exception exception, CancellationToken cancellationToken) => exception switch
    {
        RequestFailedException failed => failed.Status is 0 or 401 or 403 or 408 or 429 or >= 500,
        HttpRequestException or IOException or TimeoutException or AggregateException or AuthenticationFailedException => true,
        OperationCanceledException => !cancellationToken.IsCancellationRequested,
        _ => false,
    };

    public static StorageUnavailableException Unavailable(Exception exception) =>
        new($"Blob storage failed: {exception.Message}", exception);
}
