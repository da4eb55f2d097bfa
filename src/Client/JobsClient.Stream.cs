using System.Runtime.CompilerServices;
using System.Text.Json;
using JobForge.Client.Models;

namespace JobForge.Client;

public sealed partial class JobsClient
{
    /// <summary>
    /// Follows run <paramref name="runId"/> live (<c>GET /api/v1/jobs/{run_id}/stream</c>): its current state, each change,
    /// and its final state, then the sequence ends. <paramref name="lastEventId"/> resumes after an event seen before
    /// (<see cref="RunUpdate.EventId"/>).
    /// </summary>
    public IAsyncEnumerable<RunUpdate> WatchAsync(string runId, string? lastEventId = null, string? tenantId = null, CancellationToken cancellationToken = default) =>
        StreamAsync($"api/v1/jobs/{JobForgeHttp.Segment(runId)}/stream" + JobForgeHttp.Query(("tenant_id", tenantId)), lastEventId, cancellationToken);

    /// <summary>Follows every run of the tenant (<c>GET /api/v1/jobs/stream</c>) until cancelled: unfinished runs first, then each change.</summary>
    public IAsyncEnumerable<RunUpdate> WatchTenantAsync(string? tenantId = null, string? lastEventId = null, CancellationToken cancellationToken = default) =>
        StreamAsync("api/v1/jobs/stream" + JobForgeHttp.Query(("tenant_id", tenantId)), lastEventId, cancellationToken);

    private async IAsyncEnumerable<RunUpdate> StreamAsync(string path, string? lastEventId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var response = await _http.SendRawAsync(HttpMethod.Get, path, null, cancellationToken,
            lastEventId is null ? [new("Accept", "text/event-stream")] : [new("Accept", "text/event-stream"), new("Last-Event-ID", lastEventId)]).ConfigureAwait(false);
        await JobForgeHttp.EnsureSuccessAsync(response, cancellationToken).ConfigureAwait(false);
        var body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        using var reader = new StreamReader(body);
        string? id = null, name = null, data = null;
        while (await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
        {
            if (line.Length == 0)
            {
                if (data is not null && JsonSerializer.Deserialize(data, JobForgeJsonContext.Default.Run) is { } run)
                {
                    yield return new RunUpdate(id ?? string.Empty, name ?? "message", run);
                }

                (id, name, data) = (null, null, null);
                continue;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon == 0)
            {
                continue; // a heartbeat comment
            }

            var field = colon < 0 ? line : line[..colon];
            var value = colon < 0 ? string.Empty : line[(colon + 1)..].TrimStart(' ');
            switch (field)
            {
                case "id": id = value; break;
                case "event": name = value; break;
                case "data": data = data is null ? value : data + "\n" + value; break;
            }
        }
    }
}
