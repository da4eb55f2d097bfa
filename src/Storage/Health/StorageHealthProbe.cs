using System.Diagnostics;
using Azure;
using JobForge.Storage.Configuration;
using Microsoft.Extensions.Logging;

namespace JobForge.Storage.Health;

/// <summary>
/// Checks that tables, blobs and queues answer, in parallel, each within a time limit. Reasons are coarse and safe to
/// show anonymously (no host names, keys or exception text); the detail goes to the log.
/// </summary>
public sealed class StorageHealthProbe
{
    private static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(3);

    private readonly StorageClients _clients;
    private readonly ILogger<StorageHealthProbe> _logger;

    /// <summary>Creates a probe over <paramref name="clients"/>.</summary>
    public StorageHealthProbe(StorageClients clients, ILogger<StorageHealthProbe> logger)
    {
        _clients = clients;
        _logger = logger;
    }

    /// <summary>Probes the three services and reports each one's state.</summary>
    public async Task<StorageHealthReport> CheckAsync(CancellationToken cancellationToken)
    {
        var checks = await Task.WhenAll(
            ProbeAsync("tables", ct => FirstPageAsync(_clients.Tables.QueryAsync(cancellationToken: ct)), cancellationToken),
            ProbeAsync("blobs", ct => FirstPageAsync(_clients.Blobs.GetBlobContainersAsync(cancellationToken: ct)), cancellationToken),
            ProbeAsync("queues", ct => FirstPageAsync(_clients.Queues.GetQueuesAsync(cancellationToken: ct)), cancellationToken)).ConfigureAwait(false);
        return new StorageHealthReport(checks);
    }

    /// <summary>A cheap authenticated round trip: the first page (of one item) of the service's listing.</summary>
    private static async Task FirstPageAsync<T>(AsyncPageable<T> pageable)
        where T : notnull
    {
        await foreach (var _ in pageable.AsPages(pageSizeHint: 1).ConfigureAwait(false))
        {
            return;
        }
    }

    private async Task<StorageServiceHealth> ProbeAsync(string service, Func<CancellationToken, Task> ping, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(ProbeTimeout);
        string? reason = null;
        try
        {
            await ping(timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            reason = "timeout";
        }
        catch (RequestFailedException ex) when (ex.Status != 0)
        {
            reason = $"status {ex.Status} {ex.ErrorCode}".TrimEnd();
            Log.ProbeFailed(_logger, service, ex.Status, ex.ErrorCode, ex);
        }
        catch (Exception ex) when (ex is RequestFailedException or HttpRequestException or IOException or AggregateException)
        {
            reason = "unreachable";
            Log.ProbeFailed(_logger, service, 0, null, ex);
        }

        var elapsed = Stopwatch.GetElapsedTime(started);
        return new StorageServiceHealth(service, reason is null, (long)elapsed.TotalMilliseconds, reason);
    }
}
