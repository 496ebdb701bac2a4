using System.ComponentModel.DataAnnotations;

namespace TakeABreak.BotFramework.DirectLine;

/// <summary>The local Direct Line 3.0 server: the embedded default, switched off when Azure's Direct Line is used.</summary>
public sealed class DirectLineOptions
{
    public const string SectionName = "DirectLine";

    /// <summary>Serve <c>/v3/directline</c> from this host. Default true.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// The secret a website's backend uses for <c>tokens/generate</c>. Empty: a random secret per process, so only
    /// this host (in-process) can issue tokens. Never logged. At least 32 characters when set.
    /// </summary>
    [MinLength(32)]
    public string? Secret { get; set; }

    /// <summary>How long a token is valid; Web Chat refreshes it every 15 minutes. Default 1 hour.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "24:00:00")]
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>A conversation the client has written in and nobody touched for this long is forgotten (it lives only in memory). Default 2 hours.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "7.00:00:00")]
    public TimeSpan ConversationIdleTimeout { get; set; } = TimeSpan.FromHours(2);

    /// <summary>An opened conversation the client has not written in, with no stream open, is forgotten after this long. Default 5 minutes.</summary>
    [Range(typeof(TimeSpan), "00:00:10", "01:00:00")]
    public TimeSpan UnusedConversationTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Upper bound on conversations held in memory. When it is reached, the address holding the most conversations
    /// gives one up to a newcomer; only when no address holds more than the newcomer would does opening get 503. Default 10 000.
    /// </summary>
    [Range(1, 1_000_000)]
    public int MaxConversations { get; set; } = 10_000;

    /// <summary>Conversations one client address may open per minute (tokens themselves take no slot). Default 10.</summary>
    [Range(1, 100_000)]
    public int ConversationOpensPerMinutePerAddress { get; set; } = 10;

    /// <summary>Upper bound on activities kept per conversation; posting beyond it gets 429. Default 1 000.</summary>
    [Range(10, 100_000)]
    public int MaxActivitiesPerConversation { get; set; } = 1_000;

    /// <summary>Largest accepted activity body in bytes. Default 32 KiB.</summary>
    [Range(1_024, 4 * 1024 * 1024)]
    public int MaxActivityBytes { get; set; } = 32 * 1024;

    /// <summary>Requests per minute from one client address, over all Direct Line routes. Default 300.</summary>
    [Range(1, 1_000_000)]
    public int RequestsPerMinutePerAddress { get; set; } = 300;

    /// <summary>Requests per minute made with one token. Default 120.</summary>
    [Range(1, 1_000_000)]
    public int RequestsPerMinutePerToken { get; set; } = 120;

    /// <summary>Origins allowed to call Direct Line from a browser. Empty: any origin (tokens travel as bearer headers, never cookies).</summary>
    public IList<string> AllowedOrigins { get; set; } = [];

    /// <summary>The channel id the bot sees. Default "directline".</summary>
    [Required]
    public string ChannelId { get; set; } = "directline";

    /// <summary>The bot's account id in the conversation. Default "bot".</summary>
    [Required]
    public string BotId { get; set; } = "bot";

    /// <summary>The bot's display name. Default "TakeABreak".</summary>
    public string BotName { get; set; } = "TakeABreak";
}
