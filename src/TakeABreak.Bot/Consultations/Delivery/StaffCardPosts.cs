using System.Text.Json;
using TakeABreak.Storage.Records;

namespace TakeABreak.Bot.Consultations.Delivery;

/// <summary>Where a request's card was posted (which staff channel, which thread and post), so later changes update that card in place.</summary>
internal sealed record StaffCardPost(string ServiceUrl, string ChannelId, string ConversationId, string ActivityId);

/// <summary>The posted cards per consultation id, in the durable record store (every host updates the same card).</summary>
internal sealed class StaffCardPosts(IDurableStore store)
{
    public const string Kind = "teams_staff_card";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<StaffCardPost?> GetAsync(string consultationId, CancellationToken cancellationToken) =>
        await store.ReadAsync(Kind, consultationId, cancellationToken) is { } item
            ? JsonSerializer.Deserialize<StaffCardPost>(item.Data.Span, Json)
            : null;

    public Task SaveAsync(string consultationId, StaffCardPost post, CancellationToken cancellationToken) =>
        store.WriteAsync(Kind, consultationId, JsonSerializer.SerializeToUtf8Bytes(post, Json), null, cancellationToken);
}
