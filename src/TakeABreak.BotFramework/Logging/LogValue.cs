using System.Globalization;
using System.Text;

namespace TakeABreak.BotFramework.Logging;

/// <summary>
/// The one sanitiser for values from the wire that go into logs, traces and metrics (activity type, ids, channel):
/// control characters, line and paragraph separators and bidirectional overrides are escaped as <c>\uXXXX</c>, so
/// no value can forge a log line or reorder what an operator reads; long values are cut at <see cref="MaxLength"/>.
/// </summary>
public static class LogValue
{
    public const int MaxLength = 128;

    public static string? Of(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var cut = value.Length > MaxLength;
        var text = cut ? value[..MaxLength] : value;
        if (!cut && !ContainsUnsafe(text))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16);
        for (var i = 0; i < text.Length; i++)
        {
            if (IsPair(text, i))
            {
                builder.Append(text, i++, 2);
            }
            else if (IsUnsafe(text[i]))
            {
                builder.Append("\\u").Append(((int)text[i]).ToString("x4", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(text[i]);
            }
        }

        return cut ? builder.Append('…').ToString() : builder.ToString();
    }

    /// <summary>True when <paramref name="value"/> holds a character that may not appear raw in a log line.</summary>
    public static bool ContainsUnsafe(string? value)
    {
        if (value is null)
        {
            return false;
        }

        for (var i = 0; i < value.Length; i++)
        {
            if (IsPair(value, i))
            {
                i++;
            }
            else if (IsUnsafe(value[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>C0/C1 controls, DEL, line/paragraph separators, bidi controls, and surrogates that are not part of a pair.</summary>
    private static bool IsUnsafe(char character) =>
        char.IsControl(character)
        || character is '\u2028' or '\u2029'
        || character is >= '\u202a' and <= '\u202e'
        || character is >= '\u2066' and <= '\u2069'
        || char.IsSurrogate(character);

    private static bool IsPair(string text, int index) =>
        char.IsHighSurrogate(text[index]) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]);
}
