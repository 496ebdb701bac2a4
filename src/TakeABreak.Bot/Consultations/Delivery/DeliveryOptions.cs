using System.ComponentModel.DataAnnotations;

namespace TakeABreak.Bot.Consultations.Delivery;

/// <summary>How staff notifications are delivered to the Teams staff channel (section <c>Consultations:Delivery</c>).</summary>
public sealed class DeliveryOptions
{
    public const string SectionName = "Consultations:Delivery";

    /// <summary>How often the outbox is looked at. Default 10 seconds.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "1.00:00:00")]
    public TimeSpan Interval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Wait after the first failed delivery of an entry; doubled per failure up to <see cref="MaxRetryDelay"/>. Default 10 seconds.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "01:00:00")]
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The longest wait between two attempts. Default 10 minutes.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "1.00:00:00")]
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// How long a host owns an entry it is delivering; another host takes it over only after this (a host that stopped
    /// mid-delivery). Longer than the Connector's retries. Default 2 minutes.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "01:00:00")]
    public TimeSpan LeaseTime { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// How long the mark that an entry was delivered (or is being tried) is kept after its last change; it only guards
    /// against sending an entry twice while hosts still see it in the outbox. Swept every <c>Storage:ExpirySweepInterval</c>.
    /// Default 1 day.
    /// </summary>
    [Range(typeof(TimeSpan), "00:01:00", "30.00:00:00")]
    public TimeSpan MarkerTimeToLive { get; set; } = TimeSpan.FromDays(1);
}
