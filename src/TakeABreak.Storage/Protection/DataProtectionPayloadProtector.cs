using Microsoft.AspNetCore.DataProtection;

namespace TakeABreak.Storage.Protection;

/// <summary><see cref="IPayloadProtector"/> on ASP.NET Core Data Protection (keys rotate; old payloads stay readable).</summary>
public sealed class DataProtectionPayloadProtector(IDataProtectionProvider provider) : IPayloadProtector
{
    private readonly IDataProtector _protector = provider.CreateProtector("TakeABreak.Storage.Payload.v1");

    public byte[] Protect(byte[] plaintext) => _protector.Protect(plaintext);

    public byte[] Unprotect(byte[] protectedPayload) => _protector.Unprotect(protectedPayload);
}
