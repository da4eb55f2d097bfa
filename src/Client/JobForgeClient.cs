using System.Net;
using System.Text.Json;
using JobForge.Client.Models;

namespace JobForge.Client;

/// <summary>
/// The typed JobForge API client. With DI: <c>services.AddJobForgeClient(o =&gt; …)</c> and inject it. Without:
/// <see cref="Create"/>. Every method takes a cancellation token; errors are <see cref="JobForgeException"/>s.
/// </summary>
public sealed class JobForgeClient : IDisposable
{
    private readonly JobForgeHttp _http;
    private HttpClient? _owned;

    /// <summary>A client over <paramref name="httpClient"/> (its handlers, e.g. the retry handler, are the caller's).</summary>
    public JobForgeClient(HttpClient httpClient, JobForgeClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _http = new JobForgeHttp(httpClient, options);
        Events = new EventsClient(_http);
        Jobs = new JobsClient(_http);
        Artifacts = new ArtifactsClient(_http);
        Replays = new ReplaysClient(_http);
        Triggers = new TriggersClient(_http);
        PolicyTokens = new PolicyTokensClient(_http);
        ApiKeys = new ApiKeysClient(_http);
        Templates = new TemplatesClient(_http);
    }

    /// <summary>A client without DI: its own <see cref="HttpClient"/> with the 429/503 retry handler (<see cref="JobForgeRetry"/>).</summary>
    public static JobForgeClient Create(JobForgeClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var handler = JobForgeRetry.Handler(options, new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) });
        var http = new HttpClient(handler);
        return new JobForgeClient(http, options) { _owned = http };
    }

    /// <summary>Events.</summary>
    public EventsClient Events { get; }

    /// <summary>Jobs and runs, with their live streams.</summary>
    public JobsClient Jobs { get; }

    /// <summary>Run artifacts and manifests.</summary>
    public ArtifactsClient Artifacts { get; }

    /// <summary>Replay bundles.</summary>
    public ReplaysClient Replays { get; }

    /// <summary>Triggers.</summary>
    public TriggersClient Triggers { get; }

    /// <summary>Policy tokens.</summary>
    public PolicyTokensClient PolicyTokens { get; }

    /// <summary>API keys.</summary>
    public ApiKeysClient ApiKeys { get; }

    /// <summary>Templates.</summary>
    public TemplatesClient Templates { get; }

    /// <summary>The server's health (<c>GET /api/health</c>); an unhealthy server's 503 answer is returned, not thrown.</summary>
    public async Task<Health> GetHealthAsync(CancellationToken cancellationToken = default)
    {
        using var response = await _http.SendRawAsync(HttpMethod.Get, "api/health", null, cancellationToken, null, HttpCompletionOption.ResponseContentRead).ConfigureAwait(false);
        if (response.StatusCode != HttpStatusCode.ServiceUnavailable)
        {
            await JobForgeHttp.EnsureSuccessAsync(response, cancellationToken).ConfigureAwait(false);
        }

        var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        return JsonSerializer.Deserialize(text, JobForgeJsonContext.Default.Health)
            ?? throw new JobForgeException(response.StatusCode, "invalid_response", "The server answered with an empty body.", null, null);
    }

    /// <summary>The feature flags as the server reads them (scope <c>admin</c>).</summary>
    public Task<Dictionary<string, JsonElement>> GetFlagsAsync(CancellationToken cancellationToken = default) =>
        _http.SendAsync(HttpMethod.Get, "api/v1/flags", null, JobForgeJsonContext.Default.DictionaryStringJsonElement, cancellationToken);

    /// <summary>Who this client's API key is: its id, tenant (null for every tenant) and scopes.</summary>
    public Task<CallerIdentity> GetCallerAsync(CancellationToken cancellationToken = default) =>
        _http.SendAsync(HttpMethod.Get, "api/v1/me", null, JobForgeJsonContext.Default.CallerIdentity, cancellationToken);

    /// <summary>The answering server's run engine: queue depth, in-flight runs, concurrency (scope <c>admin</c>).</summary>
    public Task<EngineStatus> GetEngineStatusAsync(CancellationToken cancellationToken = default) =>
        _http.SendAsync(HttpMethod.Get, "api/v1/engine", null, JobForgeJsonContext.Default.EngineStatus, cancellationToken);

    /// <summary>One page of audit records (filters as query parameters), as JSON.</summary>
    public Task<JsonElement> ListAuditAsync(IReadOnlyDictionary<string, string>? filters = null, string? cursor = null, CancellationToken cancellationToken = default) =>
        _http.SendAsync(HttpMethod.Get, "api/v1/audit" + JobForgeHttp.Query(EventsClient.Pairs(filters, cursor)), null, JobForgeJsonContext.Default.JsonElement, cancellationToken);

    /// <summary>Disposes the HttpClient this instance created (<see cref="Create"/>); an injected one is left alone.</summary>
    public void Dispose() => _owned?.Dispose();
}
