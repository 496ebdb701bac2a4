using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;
using Microsoft.Extensions.DependencyInjection;

namespace TakeABreak.Storage.Protection;

/// <summary>Decrypts key XML written by <see cref="AesGcmXmlEncryptor"/>; Data Protection creates it through this constructor.</summary>
public sealed class AesGcmXmlDecryptor(IServiceProvider services) : IXmlDecryptor
{
    public XElement Decrypt(XElement encryptedElement)
    {
        ArgumentNullException.ThrowIfNull(encryptedElement);
        var key = services.GetRequiredService<StorageProtectionKey>();
        var keyId = (string?)encryptedElement.Attribute("keyId");
        if (encryptedElement.Name != AesGcmXmlEncryptor.ElementName || keyId is null)
        {
            throw new CryptographicException($"Element '{encryptedElement.Name}' is not a key encrypted by {nameof(AesGcmXmlEncryptor)}.");
        }

        if (keyId != key.Id)
        {
            throw new CryptographicException(
                $"This data protection key was encrypted with protection key '{keyId}', but Storage:ProtectionKey is '{key.Id}'. Restore the original Storage:ProtectionKey.");
        }

        var sealedBytes = Convert.FromBase64String(encryptedElement.Value);
        const int header = AesGcmXmlEncryptor.NonceSize + AesGcmXmlEncryptor.TagSize;
        if (sealedBytes.Length < header)
        {
            throw new CryptographicException("The encrypted data protection key is truncated.");
        }

        var plaintext = new byte[sealedBytes.Length - header];
        using (var cipher = key.CreateCipher())
        {
            cipher.Decrypt(
                sealedBytes.AsSpan(0, AesGcmXmlEncryptor.NonceSize),
                sealedBytes.AsSpan(header),
                sealedBytes.AsSpan(AesGcmXmlEncryptor.NonceSize, AesGcmXmlEncryptor.TagSize),
                plaintext,
                AesGcmXmlEncryptor.AssociatedData(keyId));
        }

        try
        {
            return XElement.Parse(Encoding.UTF8.GetString(plaintext));
        }
        finally
        {
            CryptographicOperations.ZeroMemory(plaintext);
        }
    }
}
