using System.Text;
using TakeABreak.Dialogs.Runtime;
using TakeABreak.Dialogs.State;
using TakeABreak.Storage;
using TakeABreak.Storage.Protection;

namespace TakeABreak.Bot.State;

/// <summary>
/// Dialog state in the configured storage (kind <c>conversation_state</c>): encrypted at rest (it may hold free text),
/// saved only with the ETag it was loaded with, and expired by the storage sweep after inactivity. The state this host
/// saved last is given from memory (<see cref="RecentDialogStates"/>): a turn that changes the state then costs one write,
/// which fails when another host saved in between; a turn that changes nothing confirms the ETag without the data.
/// </summary>
internal sealed class StoredDialogStateStore(IStore store, IPayloadProtector protector, RecentDialogStates recent) : IDialogStateStore
{
    public async Task<StoredDialogState?> LoadAsync(string conversationKey, CancellationToken cancellationToken)
    {
        if (recent.TryRecall(conversationKey, out var rememberedJson, out var rememberedETag))
        {
            return new StoredDialogState(DialogStateSerializer.Deserialize(rememberedJson), rememberedETag, rememberedJson, Remembered: true);
        }

        var item = await store.ReadAsync(StorageKinds.ConversationState, KeyOf(conversationKey), cancellationToken);
        if (item is null)
        {
            return null;
        }

        if (item.Data.IsEmpty)
        {
            // an empty placeholder left by hosts that leased the state blob: no state yet, written over with its ETag
            return new StoredDialogState(new DialogState(), item.ETag);
        }

        var json = Encoding.UTF8.GetString(protector.Unprotect(item.Data.ToArray()));
        recent.Remember(conversationKey, json, item.ETag);
        return new StoredDialogState(DialogStateSerializer.Deserialize(json), item.ETag, json);
    }

    public async Task<string> SaveAsync(string conversationKey, DialogState state, string? expectedETag, CancellationToken cancellationToken)
    {
        var json = DialogStateSerializer.Serialize(state);
        var data = protector.Protect(Encoding.UTF8.GetBytes(json));
        var key = KeyOf(conversationKey);
        try
        {
            var etag = expectedETag is null
                ? await store.CreateAsync(StorageKinds.ConversationState, key, data, cancellationToken)
                : await store.WriteAsync(StorageKinds.ConversationState, key, data, expectedETag, cancellationToken);
            recent.Remember(conversationKey, json, etag);
            return etag;
        }
        catch (StorageConflictException)
        {
            recent.MarkMoving(conversationKey);
            throw new DialogStateConflictException(conversationKey);
        }
        catch
        {
            recent.Forget(conversationKey);
            throw;
        }
    }

    public async Task DeleteAsync(string conversationKey, CancellationToken cancellationToken)
    {
        recent.Forget(conversationKey);
        await store.DeleteAsync(StorageKinds.ConversationState, KeyOf(conversationKey), null, cancellationToken);
    }

    public async Task ConfirmCurrentAsync(string conversationKey, string etag, CancellationToken cancellationToken)
    {
        if (await store.CurrentETagAsync(StorageKinds.ConversationState, KeyOf(conversationKey), cancellationToken) != etag)
        {
            recent.MarkMoving(conversationKey);
            throw new DialogStateConflictException(conversationKey);
        }
    }

    /// <summary>The key of a conversation's dialog state in storage (kind <c>conversation_state</c>).</summary>
    public static string StorageKeyOf(string conversationKey) => "dialog/" + ConversationStorageKey.For(conversationKey);

    private static string KeyOf(string conversationKey) => StorageKeyOf(conversationKey);
}
