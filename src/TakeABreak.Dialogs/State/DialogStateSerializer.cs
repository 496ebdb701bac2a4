using System.Text.Json;
using TakeABreak.Dialogs.Runtime;

namespace TakeABreak.Dialogs.State;

/// <summary>The stored form of a <see cref="DialogState"/>: compact JSON, for any store.</summary>
public static class DialogStateSerializer
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static string Serialize(DialogState state) => JsonSerializer.Serialize(state, Options);

    /// <exception cref="JsonException">The text is not a dialog state.</exception>
    public static DialogState Deserialize(string json) =>
        JsonSerializer.Deserialize<DialogState>(json, Options) ?? throw new JsonException("The stored dialog state is empty.");
}
