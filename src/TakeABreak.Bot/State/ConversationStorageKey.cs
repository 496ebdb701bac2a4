using System.Security.Cryptography;
using System.Text;

namespace TakeABreak.Bot.State;

/// <summary>
/// Turns a conversation key (channel and conversation id, which may hold any character and be long in Teams) into a
/// storage key: printable ASCII and well under the storage limit. Long keys are replaced by their SHA-256.
/// </summary>
internal static class ConversationStorageKey
{
    private const int MaxLength = 200;

    public static string For(string conversationKey)
    {
        var escaped = Uri.EscapeDataString(conversationKey);
        return escaped.Length <= MaxLength
            ? escaped
            : "sha256-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(conversationKey)));
    }
}
