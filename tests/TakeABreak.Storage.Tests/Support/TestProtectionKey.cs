namespace TakeABreak.Storage.Tests.Support;

internal static class TestProtectionKey
{
    /// <summary>A fixed key for tests only (32 bytes of 0x2A).</summary>
    public static readonly string Base64 = Convert.ToBase64String(Enumerable.Repeat((byte)42, 32).ToArray());
}
