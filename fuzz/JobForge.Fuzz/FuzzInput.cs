using System.Text;
using System.Text.Json;

namespace JobForge.Fuzz;

/// <summary>Decodes fuzz bytes the way the HTTP layer does before a parser sees them.</summary>
public static class FuzzInput
{
    /// <summary>The bytes as text; invalid UTF-8 becomes U+FFFD, as ASP.NET Core's string binding does.</summary>
    public static string Text(ReadOnlySpan<byte> data) => Encoding.UTF8.GetString(data);

    /// <summary>
    /// The bytes as a JSON document, or null where <c>JsonRequestBody</c> answers 400 (empty, invalid UTF-8, malformed,
    /// deeper than 64) before any parser runs. The caller disposes the document.
    /// </summary>
    public static JsonDocument? Json(ReadOnlyMemory<byte> data)
    {
        if (data.IsEmpty || !System.Text.Unicode.Utf8.IsValid(data.Span))
        {
            return null;
        }

        try
        {
            return JsonDocument.Parse(data, new JsonDocumentOptions { MaxDepth = Application.Json.JsonRequestBody.MaxDocumentDepth });
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Splits <paramref name="data"/> at its first NUL byte: (before, after), or (empty, all) without one.</summary>
    public static (byte[] Head, byte[] Tail) SplitAtNul(byte[] data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var nul = Array.IndexOf(data, (byte)0);
        return nul < 0 ? ([], data) : (data[..nul], data[(nul + 1)..]);
    }

    /// <summary>Throws when an invariant of a parser's result does not hold (the fuzzer records it as a crash).</summary>
    public static void Check(bool condition, string invariant)
    {
        if (!condition)
        {
            throw new FuzzInvariantException(invariant);
        }
    }
}
