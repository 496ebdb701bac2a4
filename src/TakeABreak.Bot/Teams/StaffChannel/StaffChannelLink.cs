namespace TakeABreak.Bot.Teams.StaffChannel;

/// <summary>The Teams channel Moviera staff linked as the consultation inbox: where new requests are posted as cards.</summary>
/// <param name="ChannelId">The Teams channel id (channelData.channel.id, "19:…@thread.tacv2").</param>
/// <param name="ServiceUrl">The Connector address Teams gave with the linking message.</param>
public sealed record StaffChannelLink(string ChannelId, string? TeamId, string ServiceUrl, string? TenantId, string LinkedBy, DateTimeOffset LinkedAt);
