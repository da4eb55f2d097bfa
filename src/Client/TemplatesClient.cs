using System.Text.Json;
using System.Text.Json.Nodes;
using JobForge.Client.Models;

namespace JobForge.Client;

/// <summary>Job templates: list, read, register, enable, disable, and export as a GitHub workflow.</summary>
public sealed class TemplatesClient
{
    private readonly JobForgeHttp _http;

    internal TemplatesClient(JobForgeHttp http) => _http = http;

    /// <summary>The templates of the tenant.</summary>
    public Task<TemplateList> ListAsync(string? tenantId = null, CancellationToken cancellationToken = default) =>
        _http.SendAsync(HttpMethod.Get, "api/v1/templates" + JobForgeHttp.Query(("tenant_id", tenantId)), null, JobForgeJsonContext.Default.TemplateList, cancellationToken);

    /// <summary>The template <paramref name="key"/> (a version, or the current one) as JSON.</summary>
    public Task<JsonElement> GetAsync(string key, string? version = null, string? tenantId = null, CancellationToken cancellationToken = default) =>
        _http.SendAsync(HttpMethod.Get, Path(key) + JobForgeHttp.Query(("tenant_id", tenantId), ("version", version)), null, JobForgeJsonContext.Default.JsonElement, cancellationToken);

    /// <summary>Registers (or versions) the template <paramref name="key"/> from its JSON document.</summary>
    public Task<JsonElement> PutAsync(string key, JsonObject template, CancellationToken cancellationToken = default) =>
        _http.SendAsync(HttpMethod.Put, Path(key), template, JobForgeJsonContext.Default.JsonElement, cancellationToken);

    /// <summary>Registers (or versions) the template <paramref name="key"/> from its YAML job contract (sent as <c>application/yaml</c>).</summary>
    public Task<JsonElement> PutYamlAsync(string key, string yaml, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        return _http.SendTextAsync(HttpMethod.Put, Path(key), yaml, "application/yaml", JobForgeJsonContext.Default.JsonElement, cancellationToken);
    }

    /// <summary>Enables the template for the tenant.</summary>
    public Task<TemplateSwitch> EnableAsync(string key, string? tenantId = null, CancellationToken cancellationToken = default) =>
        _http.SendAsync(HttpMethod.Post, Path(key) + "/enable" + JobForgeHttp.Query(("tenant_id", tenantId)), null, JobForgeJsonContext.Default.TemplateSwitch, cancellationToken);

    /// <summary>Disables the template for the tenant.</summary>
    public Task<TemplateSwitch> DisableAsync(string key, string? tenantId = null, CancellationToken cancellationToken = default) =>
        _http.SendAsync(HttpMethod.Post, Path(key) + "/disable" + JobForgeHttp.Query(("tenant_id", tenantId)), null, JobForgeJsonContext.Default.TemplateSwitch, cancellationToken);

    /// <summary>The template as a GitHub Actions workflow (YAML text).</summary>
    public async Task<string> ExportGitHubWorkflowAsync(string key, CancellationToken cancellationToken = default) =>
        System.Text.Encoding.UTF8.GetString(await _http.SendForBytesAsync(HttpMethod.Get, Path(key) + "/github-workflow", cancellationToken).ConfigureAwait(false));

    private static string Path(string key) => "api/v1/templates/" + JobForgeHttp.Segment(key);
}
