using System.ComponentModel.DataAnnotations;

namespace TakeABreak.BotFramework.Connector;

/// <summary>How hard the Connector client tries (section <c>BotFramework:Connector</c>).</summary>
public sealed class ConnectorOptions
{
    public const string SectionName = "BotFramework:Connector";

    /// <summary>Retries after the first attempt for 408, 412, 429, 5xx and timeouts. Default 3.</summary>
    [Range(0, 10)]
    public int MaxRetryAttempts { get; set; } = 3;

    /// <summary>First backoff delay, doubled per retry with jitter; a Retry-After header wins. Default 1 second.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "00:01:00")]
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Timeout of one attempt. Default 10 seconds.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:02:00")]
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);
}
