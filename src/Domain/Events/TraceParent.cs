namespace JobForge.Domain.Events;

/// <summary>
/// Reads the trace id from a W3C Trace Context <c>traceparent</c> header (https://www.w3.org/TR/trace-context/#traceparent-header).
/// Only version <c>00</c> is accepted, in its exact form <c>00-&lt;32 hex&gt;-&lt;16 hex&gt;-&lt;2 hex&gt;</c> with
/// lowercase hex as the specification requires; an all-zero trace id or parent id makes the header invalid.
/// Surrounding spaces and tabs (HTTP optional whitespace) are ignored.
/// </summary>
public static class TraceParent
{
    private const int Length = 55;

    /// <summary>
    /// Returns <see langword="true"/> with the 32-character trace id when <paramref name="header"/> is a valid
    /// version-00 <c>traceparent</c>; otherwise <see langword="false"/>. Never throws.
    /// </summary>
    public static bool TryGetTraceId(string? header, out string traceId)
    {
        traceId = string.Empty;
        var text = header.AsSpan().Trim(" \t");
        if (text.Length != Length || text[2] != '-' || text[35] != '-' || text[52] != '-' || !text.StartsWith("00"))
        {
            return false;
        }

        var id = text.Slice(3, 32);
        var parent = text.Slice(36, 16);
        var flags = text.Slice(53, 2);
        if (!IsLowerHex(id) || !IsLowerHex(parent) || !IsLowerHex(flags) || IsAllZero(id) || IsAllZero(parent))
        {
            return false;
        }

        traceId = id.ToString();
        return true;
    }

    private static bool IsLowerHex(ReadOnlySpan<char> value)
    {
        foreach (var c in value)
        {
            if (!char.IsAsciiDigit(c) && c is not (>= 'a' and <= 'f'))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsAllZero(ReadOnlySpan<char> value) => !value.ContainsAnyExcept('0');
}
