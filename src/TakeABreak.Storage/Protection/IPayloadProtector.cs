namespace TakeABreak.Storage.Protection;

/// <summary>Encrypts payloads that hold contact details or free text before they are stored.</summary>
public interface IPayloadProtector
{
    byte[] Protect(byte[] plaintext);

    /// <summary>Decrypts a payload made by <see cref="Protect"/>; throws a CryptographicException when it was tampered with.</summary>
    byte[] Unprotect(byte[] protectedPayload);
}
