namespace TakeABreak.Storage.Protection;

internal static class ProtectionKeyFormat
{
    public const int KeySizeInBytes = 32;

    public static bool TryDecode(string? base64, out byte[] key)
    {
        key = [];
        if (string.IsNullOrWhiteSpace(base64))
        {
            return false;
        }

        var buffer = new byte[(base64.Length * 3 / 4) + 3];
        if (!Convert.TryFromBase64String(base64.Trim(), buffer, out var written) || written != KeySizeInBytes)
        {
            return false;
        }

        key = buffer[..KeySizeInBytes];
        return true;
    }
}
