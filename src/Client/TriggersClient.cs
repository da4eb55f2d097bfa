using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using JobForge.Client.Models;

namespace JobForge.Client;

/// <summary>Triggers (scope <c>triggers:admin</c>): create, read, list, update, delete, their decisions, and a test fire.</summary>
public sealed class TriggersClient
{
    private readonly JobForgeHttp _http;

    internal TriggersClient(JobForgeHttp http) => _http = http;

    /// <summary>Creates a trigger from <paramref name="definition"/> (the API's trigger JSON).</summary>
    public Task<Trigger> CreateAsync(JsonObject definition, CancellationToken cancellationToken = default) =>
        _http.SendAsync(HttpMethod.Post, "api/v1/triggers", definition, JobForgeJsonContext.Default.Trigger, cancellationToken);

    /// <summary>The trigger <paramref name="id"/>.</summary>
    public Task<Trigger> GetAsync(string id, string? tenantId = null, CancellationToken cancellationToken = default) =>
        _http.SendAsync(HttpMethod.Get, Path(id) + JobForgeHttp.Query(("tenant_id", tenantId)), null, JobForgeJsonContext.Default.Trigger, cancellationToken);

    /// <summary>One page of triggers (filters as query parameters).</summary>
    public Task<TriggerPage> ListPageAsync(IReadOnlyDictionary<string, string>? filters = null, string? cursor = null, CancellationToken cancellationToken = default) =>
        _http.SendAsync(HttpMethod.Get, "api/v1/triggers" + JobForgeHttp.Query(EventsClient.Pairs(filters, cursor)), null, JobForgeJsonContext.Default.TriggerPage, cancellationToken);

    /// <summary>Every trigger matching <paramref name="filters"/>, following the cursors.</summary>
    public async IAsyncEnumerable<Trigger> ListAsync(IReadOnlyDictionary<string, string>? filters = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        string? cursor = null;
        do
        {
            var page = await ListPageAsync(filters, cursor, cancellationToken).ConfigureAwait(false);
            foreach (var item in page.Items)
            {
                yield return item;
            }

            cursor = page.NextCursor;
        }
        while (cursor is not null);
    }

    /// <summary>Changes the fields in <paramref name="patch"/>; with <paramref name="ifMatch"/> (the trigger's version) only if unchanged since.</summary>
    public Task<Trigger> UpdateAsync(string id, JsonObject patch, string? ifMatch = null, string? tenantId = null, CancellationToken cancellationToken = default) =>
        _http.SendAsync(HttpMethod.Patch, Path(id) + JobForgeHttp.Query(("tenant_id", tenantId)), patch, JobForgeJsonContext.Default.Trigger, cancellationToken,
            ifMatch is null ? null : [new("If-Match", ifMatch)]);

    /// <summary>Deletes the trigger.</summary>
    public Task DeleteAsync(string id, string? tenantId = null, CancellationToken cancellationToken = default) =>
        _http.SendForNothingAsync(HttpMethod.Delete, Path(id) + JobForgeHttp.Query(("tenant_id", tenantId)), cancellationToken);

    /// <summary>One page of the trigger's decisions, newest first.</summary>
    public Task<TriggerDecisionPage> ListDecisionsAsync(string id, string? cursor = null, string? tenantId = null, CancellationToken cancellationToken = default) =>
        _http.SendAsync(HttpMethod.Get, Path(id) + "/decisions" + JobForgeHttp.Query(("tenant_id", tenantId), ("cursor", cursor)), null,
            JobForgeJsonContext.Default.TriggerDecisionPage, cancellationToken);

    /// <summary>Evaluates the trigger once as a test (<paramref name="body"/> as the API documents it, e.g. a sample event); the answer as JSON.</summary>
    public Task<JsonElement> TestAsync(string id, JsonObject? body = null, string? tenantId = null, CancellationToken cancellationToken = default) =>
        _http.SendAsync(HttpMethod.Post, Path(id) + "/test" + JobForgeHttp.Query(("tenant_id", tenantId)), body ?? new JsonObject(), JobForgeJsonContext.Default.JsonElement, cancellationToken);

    private static string Path(string id) => "api/v1/triggers/" + JobForgeHttp.Segment(id);
}
