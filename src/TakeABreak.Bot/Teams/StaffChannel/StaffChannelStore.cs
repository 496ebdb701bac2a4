using System.Text.Json;
using TakeABreak.Storage.Records;

namespace TakeABreak.Bot.Teams.StaffChannel;

/// <summary>The one linked staff channel, in the durable record store, so every host delivers to the same place.</summary>
public sealed class StaffChannelStore(IDurableStore store)
{
    public const string Kind = "teams_staff_channel";
    private const string Key = "inbox";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<StaffChannelLink?> GetAsync(CancellationToken cancellationToken) =>
        await store.ReadAsync(Kind, Key, cancellationToken) is { } item
            ? JsonSerializer.Deserialize<StaffChannelLink>(item.Data.Span, Json)
            : null;

    /// <summary>Links this channel; a channel linked before is replaced.</summary>
    public Task SetAsync(StaffChannelLink link, CancellationToken cancellationToken) =>
        store.WriteAsync(Kind, Key, JsonSerializer.SerializeToUtf8Bytes(link, Json), null, cancellationToken);

    public Task RemoveAsync(CancellationToken cancellationToken) => store.DeleteAsync(Kind, Key, null, cancellationToken);
}
