using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;

namespace TakeABreak.Storage.Protection;

/// <summary>Encrypts Data Protection key XML with AES-GCM under the configured <see cref="StorageProtectionKey"/>.</summary>
public sealed class AesGcmXmlEncryptor(StorageProtectionKey key) : IXmlEncryptor
{
    internal static readonly XNamespace Namespace = "urn:takeabreak:storage:protection";
    internal static readonly XName ElementName = Namespace + "encryptedKey";
    internal const int NonceSize = 12;
    internal const int TagSize = 16;

    public EncryptedXmlInfo Encrypt(XElement plaintextElement)
    {
        ArgumentNullException.ThrowIfNull(plaintextElement);
        var plaintext = Encoding.UTF8.GetBytes(plaintextElement.ToString(SaveOptions.DisableFormatting));
        var sealedBytes = new byte[NonceSize + TagSize + plaintext.Length];
        var nonce = sealedBytes.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using (var cipher = key.CreateCipher())
        {
            cipher.Encrypt(nonce, plaintext, sealedBytes.AsSpan(NonceSize + TagSize), sealedBytes.AsSpan(NonceSize, TagSize), AssociatedData(key.Id));
        }

        CryptographicOperations.ZeroMemory(plaintext);
        var element = new XElement(
            ElementName,
            new XAttribute("keyId", key.Id),
            new XAttribute("algorithm", "AES-256-GCM"),
            Convert.ToBase64String(sealedBytes));
        return new EncryptedXmlInfo(element, typeof(AesGcmXmlDecryptor));
    }

    internal static byte[] AssociatedData(string keyId) => Encoding.UTF8.GetBytes("TakeABreak.Storage.KeyRing/" + keyId);
}
