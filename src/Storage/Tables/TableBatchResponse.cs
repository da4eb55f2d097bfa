using System.Globalization;
using System.Text;
using System.Text.Json;

namespace JobForge.Storage.Tables;

/// <summary>
/// Reads the <c>multipart/mixed</c> answer to a <c>$batch</c>: every inner <c>HTTP/1.1 NNN</c> response with its headers
/// and body, in order, whether it sits directly in the batch response (Azurite) or nested in a changeset response
/// (Azure). Never throws on odd input: a part it cannot read is skipped, and the caller checks the count.
/// </summary>
internal static class TableBatchResponse
{
    /// <summary>One inner response.</summary>
    public sealed record Part(int Status, IReadOnlyDictionary<string, string> Headers, string Body)
    {
        /// <summary>The <c>odata.error</c> code and message of a failed part, when its body has them.</summary>
        public (string? Code, string? Message) ReadError()
        {
            if (Body.Length == 0 || Body[0] != '{')
            {
                return (null, null);
            }

            try
            {
                using var document = JsonDocument.Parse(Body);
                if (!document.RootElement.TryGetProperty("odata.error", out var error))
                {
                    return (null, null);
                }

                var code = error.TryGetProperty("code", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString() : null;
                var message = error.TryGetProperty("message", out var m) && m.ValueKind == JsonValueKind.Object
                    && m.TryGetProperty("value", out var v) && v.ValueKind == JsonValueKind.String
                        ? v.GetString()
                        : null;
                return (code, message);
            }
            catch (JsonException)
            {
                return (null, null);
            }
        }
    }

    public static IReadOnlyList<Part> Parse(string body)
    {
        var lines = body.Split('\n');
        var parts = new List<Part>();
        var i = 0;
        while (i < lines.Length)
        {
            var line = lines[i].TrimEnd('\r');
            i++;
            if (!line.StartsWith("HTTP/", StringComparison.Ordinal))
            {
                continue;
            }

            var fields = line.Split(' ', 3);
            if (fields.Length < 2 || !int.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out var status))
            {
                continue;
            }

            var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            for (; i < lines.Length && lines[i].TrimEnd('\r').Length > 0; i++)
            {
                var header = lines[i].TrimEnd('\r');
                var colon = header.IndexOf(':', StringComparison.Ordinal);
                if (colon > 0)
                {
                    headers[header[..colon].Trim()] = header[(colon + 1)..].Trim();
                }
            }

            i++; // The blank line after the headers.
            var content = new StringBuilder();
            for (; i < lines.Length && !lines[i].StartsWith("--", StringComparison.Ordinal); i++)
            {
                content.Append(lines[i].TrimEnd('\r'));
            }

            parts.Add(new Part(status, headers, content.ToString().Trim()));
        }

        return parts;
    }

    /// <summary>
    /// The failing action's zero-based index: the <c>N:</c> prefix of the error message (what Azure sends, and what
    /// Azure.Data.Tables reads into <c>FailedTransactionActionIndex</c>; Azurite sends it too), else the part's
    /// <c>Content-ID</c> minus one (see <see cref="TableBatchRequest"/>). Null when neither names an action in range.
    /// </summary>
    public static int? FailedIndex(Part part, string? message, int actionCount)
    {
        if (message is not null)
        {
            var colon = message.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0 && int.TryParse(message.AsSpan(0, colon), NumberStyles.None, CultureInfo.InvariantCulture, out var index)
                && index < actionCount)
            {
                return index;
            }
        }

        if (part.Headers.TryGetValue("Content-ID", out var contentId)
            && int.TryParse(contentId, NumberStyles.None, CultureInfo.InvariantCulture, out var position)
            && position >= 1 && position <= actionCount)
        {
            return position - 1;
        }

        return null;
    }
}
