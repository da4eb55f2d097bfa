using JobForge.Client.Models;

namespace JobForge.Client;

/// <summary>A run's evidence: artifacts and the manifest (<c>/api/v1/runs/{run_id}/…</c>).</summary>
public sealed class ArtifactsClient
{
    private readonly JobForgeHttp _http;

    internal ArtifactsClient(JobForgeHttp http) => _http = http;

    /// <summary>The run's artifacts.</summary>
    public Task<ArtifactList> ListAsync(string runId, string? tenantId = null, CancellationToken cancellationToken = default) =>
        _http.SendAsync(HttpMethod.Get, Run(runId, "artifacts") + JobForgeHttp.Query(("tenant_id", tenantId)), null, JobForgeJsonContext.Default.ArtifactList, cancellationToken);

    /// <summary>The content of the artifact <paramref name="name"/>.</summary>
    public Task<byte[]> GetContentAsync(string runId, string name, string? tenantId = null, CancellationToken cancellationToken = default) =>
        _http.SendForBytesAsync(HttpMethod.Get, Run(runId, "artifacts/" + JobForgeHttp.Segment(name)) + JobForgeHttp.Query(("tenant_id", tenantId)), cancellationToken);

    /// <summary>The run's manifest as a model.</summary>
    public Task<RunManifest> GetManifestAsync(string runId, string? tenantId = null, CancellationToken cancellationToken = default) =>
        _http.SendAsync(HttpMethod.Get, Run(runId, "manifest") + JobForgeHttp.Query(("tenant_id", tenantId)), null, JobForgeJsonContext.Default.RunManifest, cancellationToken);

    /// <summary>The run's manifest as a Markdown report (with the Environment section when <paramref name="includeEnvironment"/>).</summary>
    public async Task<string> GetManifestMarkdownAsync(string runId, bool includeEnvironment = false, string? tenantId = null, CancellationToken cancellationToken = default)
    {
        var bytes = await _http.SendForBytesAsync(HttpMethod.Get, Run(runId, "manifest")
            + JobForgeHttp.Query(("format", "markdown"), ("include_environment", includeEnvironment ? "true" : null), ("tenant_id", tenantId)), cancellationToken).ConfigureAwait(false);
        return System.Text.Encoding.UTF8.GetString(bytes);
    }

    internal static string Run(string runId, string rest) => $"api/v1/runs/{JobForgeHttp.Segment(runId)}/{rest}";
}
