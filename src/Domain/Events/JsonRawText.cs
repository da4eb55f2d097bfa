using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;

namespace JobForge.Domain.Events;

/// <summary>
/// Reads JSON strings and property names without throwing. JSON lets a string escape an unpaired UTF-16 surrogate
/// (<c>"\ud800"</c>); the parser accepts it, but <see cref="JsonElement.GetString"/>, <see cref="JsonProperty.Name"/>
/// and <see cref="JsonElement.WriteTo"/> then throw <see cref="InvalidOperationException"/>. These helpers scan the
/// raw escaped text first and, for malformed text, return the escaped form itself (e.g. the six characters
/// <c>\ud800</c>) with <c>wellFormed: false</c>.
/// </summary>
internal static class JsonRawText
{
    public static string Name(JsonProperty property, out bool wellFormed)
    {
        var raw = JsonMarshal.GetRawUtf8PropertyName(property);
        wellFormed = IsWellFormed(raw);
        return wellFormed ? property.Name : Encoding.UTF8.GetString(raw);
    }

    /// <summary>The value of a string element (the caller checks the kind).</summary>
    public static string String(JsonElement value, out bool wellFormed)
    {
        var raw = JsonMarshal.GetRawUtf8Value(value);
        var inner = raw.Length >= 2 ? raw[1..^1] : raw;
        wellFormed = IsWellFormed(inner);
        return wellFormed ? value.GetString() ?? string.Empty : Encoding.UTF8.GetString(inner);
    }

    /// <summary>Whether every <c>\u</c> escape in raw (already syntax-checked) JSON string text pairs its surrogates.</summary>
    public static bool IsWellFormed(ReadOnlySpan<byte> raw)
    {
        if (raw.IndexOf((byte)'\\') < 0)
        {
            return true;
        }

        var expectLow = false;
        for (var i = 0; i < raw.Length; i++)
        {
            var isUnicodeEscape = raw[i] == '\\' && i + 5 < raw.Length && raw[i + 1] == 'u';
            if (raw[i] == '\\' && !isUnicodeEscape)
            {
                i++;
            }

            if (!isUnicodeEscape)
            {
                if (expectLow)
                {
                    return false;
                }

                continue;
            }

            var unit = HexValue(raw.Slice(i + 2, 4));
            i += 5;
            var high = unit is >= 0xD800 and <= 0xDBFF;
            var low = unit is >= 0xDC00 and <= 0xDFFF;
            if (expectLow != low)
            {
                return false;
            }

            expectLow = high;
        }

        return !expectLow;
    }

    private static int HexValue(ReadOnlySpan<byte> hex)
    {
        var value = 0;
        foreach (var b in hex)
        {
            value = (value << 4) | (b <= '9' ? b - '0' : (b | 0x20) - 'a' + 10);
        }

        return value;
    }
}
