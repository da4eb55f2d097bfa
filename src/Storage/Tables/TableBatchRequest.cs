using System.Globalization;
using System.Text;
using Azure;

namespace JobForge.Storage.Tables;

/// <summary>
/// The body of <c>POST {endpoint}/$batch</c>: one batch holding one changeset with an <c>application/http</c> part per
/// action (https://learn.microsoft.com/rest/api/storageservices/performing-entity-group-transactions).
/// Each part's <c>Content-ID</c> is its one-based position (index + 1), as in the REST doc's samples and Azurite's
/// own counting, so a failure's <c>Content-ID</c> minus one is the failing action's index.
/// </summary>
internal static class TableBatchRequest
{
    private const string NewLine = "\r\n";

    /// <summary>One prepared action: verb, absolute URL, If-Match (or null) and JSON body (or null).</summary>
    public sealed record Part(string Method, string Url, string? IfMatch, BinaryData? Body);

    public static (BinaryData Body, string ContentType) Build(IReadOnlyList<Part> parts, Guid batchId, Guid changesetId)
    {
        var batch = "batch_" + batchId.ToString("D");
        var changeset = "changeset_" + changesetId.ToString("D");
        var builder = new StringBuilder(256 + (parts.Count * 512));
        builder.Append("--").Append(batch).Append(NewLine)
            .Append("Content-Type: multipart/mixed; boundary=").Append(changeset).Append(NewLine)
            .Append(NewLine);

        for (var i = 0; i < parts.Count; i++)
        {
            var part = parts[i];
            builder.Append("--").Append(changeset).Append(NewLine)
                .Append("Content-Type: application/http").Append(NewLine)
                .Append("Content-Transfer-Encoding: binary").Append(NewLine)
                .Append(NewLine)
                .Append(part.Method).Append(' ').Append(part.Url).Append(" HTTP/1.1").Append(NewLine);
            if (part.Body is not null)
            {
                builder.Append("Content-Type: application/json").Append(NewLine);
            }

            builder.Append("Accept: ").Append(TableRequests.MinimalMetadata).Append(NewLine)
                .Append("Prefer: return-no-content").Append(NewLine)
                .Append("DataServiceVersion: 3.0").Append(NewLine)
                .Append("Content-ID: ").Append((i + 1).ToString(CultureInfo.InvariantCulture)).Append(NewLine);
            if (part.IfMatch is not null)
            {
                builder.Append("If-Match: ").Append(part.IfMatch).Append(NewLine);
            }

            builder.Append(NewLine);
            if (part.Body is not null)
            {
                builder.Append(part.Body.ToString()).Append(NewLine);
            }
        }

        builder.Append("--").Append(changeset).Append("--").Append(NewLine)
            .Append("--").Append(batch).Append("--").Append(NewLine);
        return (BinaryData.FromString(builder.ToString()), "multipart/mixed; boundary=" + batch);
    }

    /// <summary>The If-Match an action sends, or null for Add and the Upserts.</summary>
    public static string? IfMatchOf(TableTransactionActionType type, ETag etag) => type switch
    {
        TableTransactionActionType.Delete => etag == default ? "*" : TableRequests.IfMatch(etag),
        TableTransactionActionType.UpdateMerge or TableTransactionActionType.UpdateReplace => TableRequests.IfMatch(etag),
        _ => null,
    };
}
