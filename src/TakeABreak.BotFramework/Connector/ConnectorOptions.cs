namespace TakeABreak.BotFramework.Connector;

/// <summary>How hard the Connector client tries (section <c>BotFramework:Connector</c>).</summary>
public sealed class ConnectorOptions
{
    public const string SectionName = "BotFramework:Connector";

    /// <summary>Retries after the first attempt for 408, 412, 429, 5xx and timeouts. Default 3.</summary>
    public int MaxRetryAttempts { get; set; } = 3;

    /// <summary>First backoff delay, doubled per retry with jitter; a Retry-After header wins. Default 1 second.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Timeout of one attempt. Default 10 seconds.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);
}
