using Azure;
using Azure.Core;

namespace JobForge.Storage.Blobs;

public sealed partial class BlobContainerClient
{
    /// <summary>The most blobs one List Blobs page returns (the service's <c>maxresults</c> ceiling).</summary>
    public const int MaxPageSize = 5000;

    /// <summary>
    /// Every blob whose name starts with <paramref name="prefix"/>, in name order, one List Blobs call per page, following
    /// <c>NextMarker</c> until the service returns none. <c>AsPages(continuationToken, pageSizeHint)</c> resumes from a
    /// token of <see cref="GetBlobsPageAsync"/>.
    /// </summary>
    /// <param name="prefix">Only names starting with this; all blobs when null.</param>
    /// <param name="pageSizeHint">Blobs per page, 1–<see cref="MaxPageSize"/>; the service's default (5000) when null.</param>
    /// <param name="includeMetadata">Also return each blob's metadata (<c>include=metadata</c>).</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="pageSizeHint"/> is outside 1–5000.</exception>
    public AsyncPageable<BlobItem> GetBlobsAsync(
        string? prefix = null, int? pageSizeHint = null, bool includeMetadata = false, CancellationToken cancellationToken = default)
    {
        ThrowIfBadPageSize(pageSizeHint, nameof(pageSizeHint));
        return new BlobItemPageable(this, prefix, pageSizeHint, includeMetadata, cancellationToken);
    }

    /// <summary>
    /// One page of List Blobs. Pass the returned <see cref="Page{T}.ContinuationToken"/> (opaque; null on the last page)
    /// back to get the next page.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="pageSizeHint"/> is outside 1–5000.</exception>
    /// <exception cref="RequestFailedException">For example 404 <see cref="BlobErrorCode.ContainerNotFound"/>.</exception>
    public async Task<Page<BlobItem>> GetBlobsPageAsync(
        string? prefix = null,
        string? continuationToken = null,
        int? pageSizeHint = null,
        bool includeMetadata = false,
        CancellationToken cancellationToken = default)
    {
        ThrowIfBadPageSize(pageSizeHint, nameof(pageSizeHint));
        using var message = _pipeline.CreateMessage(RequestMethod.Get, Uri);
        var uri = message.Request.Uri;
        uri.AppendQuery("restype", "container");
        uri.AppendQuery("comp", "list");
        if (!string.IsNullOrEmpty(prefix))
        {
            uri.AppendQuery("prefix", prefix);
        }

        if (!string.IsNullOrEmpty(continuationToken))
        {
            uri.AppendQuery("marker", continuationToken);
        }

        if (pageSizeHint is { } size)
        {
            uri.AppendQuery("maxresults", size.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        if (includeMetadata)
        {
            uri.AppendQuery("include", "metadata");
        }

        var response = await _pipeline.SendAsync(message, cancellationToken, 200).ConfigureAwait(false);
        var (items, next) = BlobListXml.Parse(response);
        return Page<BlobItem>.FromValues(items, next, response);
    }

    private static void ThrowIfBadPageSize(int? pageSizeHint, string parameterName)
    {
        if (pageSizeHint is < 1 or > MaxPageSize)
        {
            throw new ArgumentOutOfRangeException(parameterName, pageSizeHint, $"A page holds 1 to {MaxPageSize} blobs.");
        }
    }
}
