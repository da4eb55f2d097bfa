using System.Globalization;
using Azure;
using Azure.Core;
using JobForge.Storage.Pipeline;

namespace JobForge.Storage.Blobs;

public sealed partial class BlobLeaseClient
{
    /// <summary>Renews the active lease <paramref name="leaseId"/> for its original duration.</summary>
    /// <exception cref="RequestFailedException">
    /// 409 <see cref="BlobErrorCode.LeaseIdMismatchWithLeaseOperation"/> when another now holds the blob (the lease was lost),
    /// and others. A lease that expired but was not taken by anyone else renews successfully.
    /// </exception>
    public async Task<BlobLease> RenewAsync(string leaseId, CancellationToken cancellationToken = default)
    {
        ThrowIfNotGuid(leaseId, nameof(leaseId));
        var response = await SendLeaseAsync("renew", [("x-ms-lease-id", leaseId)], cancellationToken, 200).ConfigureAwait(false);
        return ReadLease(response, leaseId);
    }

    /// <summary>Releases lease <paramref name="leaseId"/> so another can acquire the blob at once.</summary>
    /// <exception cref="RequestFailedException">409 <see cref="BlobErrorCode.LeaseIdMismatchWithLeaseOperation"/> and others.</exception>
    public async Task ReleaseAsync(string leaseId, CancellationToken cancellationToken = default)
    {
        ThrowIfNotGuid(leaseId, nameof(leaseId));
        await SendLeaseAsync("release", [("x-ms-lease-id", leaseId)], cancellationToken, 200).ConfigureAwait(false);
    }

    /// <summary>Changes the id of active lease <paramref name="leaseId"/> to <paramref name="proposedLeaseId"/>.</summary>
    public async Task<BlobLease> ChangeAsync(string leaseId, string proposedLeaseId, CancellationToken cancellationToken = default)
    {
        ThrowIfNotGuid(leaseId, nameof(leaseId));
        ThrowIfNotGuid(proposedLeaseId, nameof(proposedLeaseId));
        var response = await SendLeaseAsync(
            "change", [("x-ms-lease-id", leaseId), ("x-ms-proposed-lease-id", proposedLeaseId)], cancellationToken, 200).ConfigureAwait(false);
        return ReadLease(response, proposedLeaseId);
    }

    /// <summary>
    /// Breaks the current lease without knowing its id. The lease stays unacquirable for <paramref name="breakPeriod"/>
    /// (0–60 whole seconds; null lets a finite lease run out its remaining time and breaks an infinite one at once).
    /// </summary>
    /// <returns>How long until the blob can be acquired again (<c>x-ms-lease-time</c>).</returns>
    /// <exception cref="ArgumentOutOfRangeException">The break period is not 0–60 whole seconds.</exception>
    /// <exception cref="RequestFailedException">409 <see cref="BlobErrorCode.LeaseNotPresentWithLeaseOperation"/> when there is no lease, and others.</exception>
    public async Task<TimeSpan> BreakAsync(TimeSpan? breakPeriod = null, CancellationToken cancellationToken = default)
    {
        var headers = new List<(string, string)>();
        if (breakPeriod is { } period)
        {
            if (period < TimeSpan.Zero || period > MaxDuration || period.Ticks % TimeSpan.TicksPerSecond != 0)
            {
                throw new ArgumentOutOfRangeException(nameof(breakPeriod), breakPeriod, "A break period is 0 to 60 whole seconds.");
            }

            headers.Add(("x-ms-lease-break-period", ((int)period.TotalSeconds).ToString(CultureInfo.InvariantCulture)));
        }

        var response = await SendLeaseAsync("break", headers, cancellationToken, 202).ConfigureAwait(false);
        return TimeSpan.FromSeconds(StorageResponseHeaders.GetInt64(response, "x-ms-lease-time") ?? 0);
    }

    private async Task<Response> SendLeaseAsync(
        string action, IReadOnlyList<(string Name, string Value)> headers, CancellationToken cancellationToken, params int[] expected)
    {
        using var message = _container.BlobMessage(RequestMethod.Put, BlobName);
        message.Request.Uri.AppendQuery("comp", "lease");
        message.Request.Headers.SetValue("x-ms-lease-action", action);
        foreach (var (name, value) in headers)
        {
            message.Request.Headers.SetValue(name, value);
        }

        message.Request.Content = RequestContent.Create(BinaryData.Empty);
        return await _container.Pipeline.SendAsync(message, cancellationToken, expected).ConfigureAwait(false);
    }

    private static BlobLease ReadLease(Response response, string? requestedLeaseId) => new(
        response.Headers.TryGetValue("x-ms-lease-id", out var id) ? id : requestedLeaseId ?? string.Empty,
        StorageResponseHeaders.GetETag(response),
        StorageResponseHeaders.GetDate(response, "Last-Modified") ?? default);

    private static void ThrowIfNotGuid(string? leaseId, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(leaseId, parameterName);
        if (!Guid.TryParse(leaseId, out _))
        {
            throw new ArgumentException("A lease id is a GUID string.", parameterName);
        }
    }
}
