using System.Text.Json;
using System.Text.Json.Nodes;
using JobForge.Client.Models;

namespace JobForge.Client;

/// <summary>Replay bundles: read a run's, dry-run it, or import one (<c>POST /api/v1/replays</c>).</summary>
public sealed class ReplaysClient
{
    private readonly JobForgeHttp _http;

    internal ReplaysClient(JobForgeHttp http) => _http = http;

    /// <summary>The run's recorded replay bundle.</summary>
    public Task<JsonElement> GetBundleAsync(string runId, string? tenantId = null, CancellationToken cancellationToken = default) =>
        _http.SendAsync(HttpMethod.Get, ArtifactsClient.Run(runId, "replay") + JobForgeHttp.Query(("tenant_id", tenantId)), null, JobForgeJsonContext.Default.JsonElement, cancellationToken);

    /// <summary>Replays the run's bundle as a dry run and compares it with the recording.</summary>
    public Task<ReplayResult> DryRunAsync(string runId, string? tenantId = null, CancellationToken cancellationToken = default) =>
        _http.SendAsync(HttpMethod.Post, ArtifactsClient.Run(runId, "replay") + JobForgeHttp.Query(("tenant_id", tenantId)), new JsonObject { ["dry_run"] = true },
            JobForgeJsonContext.Default.ReplayResult, cancellationToken);

    /// <summary>Imports <paramref name="bundle"/> (as <see cref="GetBundleAsync"/> returns it) and replays it as a dry run.</summary>
    public Task<ReplayResult> ImportAsync(JsonElement bundle, CancellationToken cancellationToken = default) =>
        _http.SendAsync(HttpMethod.Post, "api/v1/replays", JsonNode.Parse(bundle.GetRawText()), JobForgeJsonContext.Default.ReplayResult, cancellationToken);
}
