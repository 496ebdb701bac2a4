using System.Security.Cryptography;

namespace TakeABreak.Storage.Protection;

/// <summary>The 256-bit key that encrypts the Data Protection key ring at rest, with a short id to tell keys apart.</summary>
public sealed class StorageProtectionKey
{
    private readonly byte[] _key;

    public StorageProtectionKey(byte[] key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key.Length != ProtectionKeyFormat.KeySizeInBytes)
        {
            throw new ArgumentException($"A protection key has {ProtectionKeyFormat.KeySizeInBytes} bytes; this one has {key.Length}.", nameof(key));
        }

        _key = key.ToArray();
        Id = Convert.ToHexStringLower(SHA256.HashData(_key).AsSpan(0, 4));
    }

    /// <summary>First 4 bytes of the key's SHA-256, in hex; safe to store and log.</summary>
    public string Id { get; }

    public static StorageProtectionKey FromBase64(string base64) =>
        ProtectionKeyFormat.TryDecode(base64, out var key)
            ? new StorageProtectionKey(key)
            : throw new ArgumentException("A protection key is base64 of exactly 32 bytes.", nameof(base64));

    public static string GenerateBase64() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(ProtectionKeyFormat.KeySizeInBytes));

    internal AesGcm CreateCipher() => new(_key, AesGcm.TagByteSizes.MaxSize);
}
