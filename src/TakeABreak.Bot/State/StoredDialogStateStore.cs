using System.Text;
using TakeABreak.Dialogs.Runtime;
using TakeABreak.Dialogs.State;
using TakeABreak.Storage;
using TakeABreak.Storage.Protection;

namespace TakeABreak.Bot.State;

/// <summary>
/// Dialog state in the configured storage (kind <c>conversation_state</c>): encrypted at rest (it may hold free text),
/// saved only with the ETag it was loaded with, and expired by the storage sweep after inactivity.
/// </summary>
internal sealed class StoredDialogStateStore(IStore store, IPayloadProtector protector) : IDialogStateStore
{
    public async Task<StoredDialogState?> LoadAsync(string conversationKey, CancellationToken cancellationToken)
    {
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
        return new StoredDialogState(DialogStateSerializer.Deserialize(json), item.ETag, json);
    }

    public async Task<string> SaveAsync(string conversationKey, DialogState state, string? expectedETag, CancellationToken cancellationToken)
    {
        var data = protector.Protect(Encoding.UTF8.GetBytes(DialogStateSerializer.Serialize(state)));
        var key = KeyOf(conversationKey);
        try
        {
            return expectedETag is null
                ? await store.CreateAsync(StorageKinds.ConversationState, key, data, cancellationToken)
                : await store.WriteAsync(StorageKinds.ConversationState, key, data, expectedETag, cancellationToken);
        }
        catch (StorageConflictException)
        {
            throw new DialogStateConflictException(conversationKey);
        }
    }

    public Task DeleteAsync(string conversationKey, CancellationToken cancellationToken) =>
        store.DeleteAsync(StorageKinds.ConversationState, KeyOf(conversationKey), null, cancellationToken);

    /// <summary>The key of a conversation's dialog state in storage (kind <c>conversation_state</c>).</summary>
    public static string StorageKeyOf(string conversationKey) => "dialog/" + ConversationStorageKey.For(conversationKey);

    private static string KeyOf(string conversationKey) => StorageKeyOf(conversationKey);
}
