using TakeABreak.Dialogs.Runtime;

namespace TakeABreak.Dialogs.State;

/// <summary>
/// One conversation's dialog state for the length of one turn: loaded at most once, however many parts of the turn
/// (a guard, the dialogs, an error handler) read or change it, and saved at most once, only when it changed.
/// Not thread-safe: the parts of one turn run one after another.
/// </summary>
public sealed class DialogSession(IDialogStateStore store, string conversationKey)
{
    private DialogState? _state;
    private string? _etag;
    private string? _savedJson;
    private bool _loaded;
    private bool _unconfirmed;
    private bool _changed;
    private bool _savedThisTurn;
    private bool _beforeKnown;
    private string? _jsonBefore;

    public string ConversationKey { get; } = conversationKey;

    /// <summary>The state, loaded on first use; a new, empty state when the conversation has none stored.</summary>
    public async Task<DialogState> StateAsync(CancellationToken cancellationToken)
    {
        if (!_loaded)
        {
            var stored = await store.LoadAsync(ConversationKey, cancellationToken);
            _state = stored?.State ?? new DialogState();
            _etag = stored?.ETag;
            _unconfirmed = stored?.Remembered == true;
            _savedJson = stored is null ? null : stored.Json ?? DialogStateSerializer.Serialize(stored.State);
            _loaded = true;
            if (!_beforeKnown)
            {
                (_jsonBefore, _beforeKnown) = (_savedJson, true);
            }
        }

        return _state!;
    }

    /// <summary>Says that the state may have changed, so <see cref="SaveChangesAsync"/> compares and saves it.</summary>
    public void MarkChanged() => _changed = true;

    /// <summary>
    /// Saves the state when it was marked changed and differs from what was stored; otherwise makes sure the state the
    /// turn used is still the stored one (<see cref="EnsureCurrentAsync"/>), as its replies depend on it.
    /// </summary>
    public async Task SaveChangesAsync(CancellationToken cancellationToken)
    {
        if (_state is null)
        {
            return;
        }

        var json = _changed ? DialogStateSerializer.Serialize(_state) : _savedJson;
        if (json != _savedJson)
        {
            _etag = await store.SaveAsync(ConversationKey, _state, _etag, cancellationToken);
            _savedJson = json;
            _savedThisTurn = true;
            _unconfirmed = false;
        }
        else
        {
            await EnsureCurrentAsync(cancellationToken);
        }

        _changed = false;
    }

    /// <summary>
    /// When the state came from the store's memory, asks the store once whether it is still the stored one; throws
    /// <see cref="DialogStateConflictException"/> when another host saved since, so the turn runs again from a fresh read.
    /// Call it before the turn does anything that its save would not undo.
    /// </summary>
    public async Task EnsureCurrentAsync(CancellationToken cancellationToken)
    {
        if (_loaded && _unconfirmed && _etag is not null)
        {
            await store.ConfirmCurrentAsync(ConversationKey, _etag, cancellationToken);
            _unconfirmed = false;
        }
    }

    /// <summary>
    /// Puts back the state the turn started with, after <see cref="SaveChangesAsync"/> saved but the turn's replies
    /// never reached the user: their next message then answers the question they last saw. Nothing to undo, nothing done.
    /// </summary>
    public async Task UndoSaveAsync(CancellationToken cancellationToken)
    {
        if (!_savedThisTurn)
        {
            return;
        }

        if (_beforeKnown && _jsonBefore is not null)
        {
            _etag = await store.SaveAsync(ConversationKey, DialogStateSerializer.Deserialize(_jsonBefore), _etag, cancellationToken);
        }
        else
        {
            await store.DeleteAsync(ConversationKey, cancellationToken);
            _etag = null;
        }

        _savedThisTurn = false;
        DiscardChanges();
    }

    /// <summary>Forgets what this turn changed without saving it (the turn failed); a later read loads the stored state again.</summary>
    public void DiscardChanges()
    {
        _loaded = false;
        _changed = false;
        _state = null;
    }

    /// <summary>Deletes the stored state, if the conversation may have one, and starts this session afresh.</summary>
    public async Task ResetAsync(CancellationToken cancellationToken)
    {
        var mayBeStored = !_loaded || _etag is not null;
        DiscardChanges();
        if (mayBeStored)
        {
            await store.DeleteAsync(ConversationKey, cancellationToken);
        }

        _state = new DialogState();
        _etag = null;
        _savedJson = null;
        _unconfirmed = false;
        _loaded = true;
    }
}
