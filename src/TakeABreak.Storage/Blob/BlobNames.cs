using System.Text;

namespace TakeABreak.Storage.Blob;

/// <summary>
/// Maps kinds to container names and keys to blob names. Keys are escaped character by character
/// ("%XX" for anything but letters, digits and - _ : @ ; =), so a key prefix maps to a blob name prefix.
/// </summary>
internal static class BlobNames
{
    public static string Container(string containerPrefix, string kind) => $"{containerPrefix}-{kind.Replace('_', '-')}";

    public static string Blob(string key)
    {
        var builder = new StringBuilder(key.Length + 8);
        foreach (var c in key)
        {
            if (char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or ':' or '@' or ';' or '=')
            {
                builder.Append(c);
            }
            else
            {
                builder.Append('%').Append(((int)c).ToString("X2"));
            }
        }

        return builder.ToString();
    }

    public static string Key(string blobName)
    {
        var builder = new StringBuilder(blobName.Length);
        for (var i = 0; i < blobName.Length; i++)
        {
            if (blobName[i] == '%' && i + 2 < blobName.Length)
            {
                builder.Append((char)Convert.ToInt32(blobName.Substring(i + 1, 2), 16));
                i += 2;
            }
            else
            {
                builder.Append(blobName[i]);
            }
        }

        return builder.ToString();
    }
}
