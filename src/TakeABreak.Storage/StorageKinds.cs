using System.Text.RegularExpressions;

namespace TakeABreak.Storage;

/// <summary>The kinds the bot stores, and the rules every kind and key must follow.</summary>
public static partial class StorageKinds
{
    public const string ConversationState = "conversation_state";
    public const string UserState = "user_state";
    public const string Consultation = "consultation";
    public const string Outbox = "outbox";
    public const string Audit = "audit";
    public const string Statistics = "statistics";
    public const string DataProtectionKeys = "data_protection_keys";

    public const int MaxKindLength = 40;
    public const int MaxKeyLength = 300;

    public static IReadOnlyList<string> All { get; } =
        [ConversationState, UserState, Consultation, Outbox, Audit, Statistics, DataProtectionKeys];

    /// <summary>Kinds that expire after <see cref="StorageOptions.StateTimeToLive"/> of inactivity.</summary>
    public static IReadOnlyList<string> Expiring { get; } = [ConversationState, UserState];

    public static void EnsureValidKind(string kind)
    {
        ArgumentNullException.ThrowIfNull(kind);
        if (kind.Length > MaxKindLength || !KindPattern().IsMatch(kind))
        {
            throw new ArgumentException(
                $"Storage kind '{kind}' is invalid: use 1 to {MaxKindLength} characters of lower_snake_case (a-z, 0-9, single underscores, starting with a letter).",
                nameof(kind));
        }
    }

    public static void EnsureValidKey(string key, string parameterName = "key")
    {
        ArgumentNullException.ThrowIfNull(key, parameterName);
        if (key.Length is 0 or > MaxKeyLength)
        {
            throw new ArgumentException($"Storage key must be 1 to {MaxKeyLength} characters long (was {key.Length}).", parameterName);
        }

        EnsurePrintableAscii(key, parameterName);
    }

    public static void EnsureValidKeyPrefix(string keyPrefix)
    {
        ArgumentNullException.ThrowIfNull(keyPrefix);
        if (keyPrefix.Length > MaxKeyLength)
        {
            throw new ArgumentException($"Storage key prefix must be at most {MaxKeyLength} characters long.", nameof(keyPrefix));
        }

        EnsurePrintableAscii(keyPrefix, nameof(keyPrefix));
    }

    private static void EnsurePrintableAscii(string value, string parameterName)
    {
        foreach (var c in value)
        {
            if (c is < ' ' or > '~')
            {
                throw new ArgumentException(
                    $"Storage keys may contain only printable ASCII characters; found U+{(int)c:X4}.", parameterName);
            }
        }
    }

    [GeneratedRegex("^[a-z][a-z0-9]*(_[a-z0-9]+)*$")]
    private static partial Regex KindPattern();
}
