using System.Text.Encodings.Web;
using System.Text.Json;

namespace JobForge.Domain.Artifacts;

/// <summary>
/// JSON for manifests and replay bundles: snake_case names (declared on each property), two-space indentation, UTF-8,
/// HTML-sensitive characters escaped. Reading never throws on untrusted text: it returns null and a reason.
/// </summary>
public static class EvidenceJson
{
    private static readonly JsonSerializerOptions s_write = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.Default,
    };

    private static readonly JsonSerializerOptions s_read = new()
    {
        MaxDepth = 64,
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Skip,
    };

    /// <summary>The indented JSON text of <paramref name="value"/>, with a trailing newline.</summary>
    public static string Write<T>(T value) => JsonSerializer.Serialize(value, s_write) + "\n";

    /// <summary>The UTF-8 bytes of <see cref="Write{T}"/>.</summary>
    public static byte[] WriteUtf8<T>(T value) => System.Text.Encoding.UTF8.GetBytes(Write(value));

    /// <summary>Reads a <typeparamref name="T"/> from <paramref name="json"/>; null with <paramref name="problem"/> when it does not fit.</summary>
    public static T? TryRead<T>(ReadOnlySpan<byte> json, out string? problem)
        where T : class
    {
        try
        {
            var value = JsonSerializer.Deserialize<T>(json, s_read);
            problem = value is null ? "the document is null" : null;
            return value;
        }
        catch (JsonException ex)
        {
            problem = "the document does not fit at " + (ex.Path ?? "$");
            return null;
        }
    }

    /// <summary>Reads a <typeparamref name="T"/> from a parsed element; null with <paramref name="problem"/> when it does not fit.</summary>
    public static T? TryRead<T>(JsonElement json, out string? problem)
        where T : class
    {
        try
        {
            var value = json.Deserialize<T>(s_read);
            problem = value is null ? "the document is null" : null;
            return value;
        }
        catch (JsonException ex)
        {
            problem = "the document does not fit at " + (ex.Path ?? "$");
            return null;
        }
    }
}
