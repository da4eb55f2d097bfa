using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using JobForge.Client.Models;

namespace JobForge.Client;

/// <summary>Events: <c>POST /api/v1/events</c> and <c>GET /api/v1/events</c>.</summary>
public sealed class EventsClient
{
    private readonly JobForgeHttp _http;

    internal EventsClient(JobForgeHttp http) => _http = http;

    /// <summary>Submits <paramref name="event"/> (the event JSON: tenant_id, source_app, event_type, payload…); a repeated <paramref name="idempotencyKey"/> is answered as a duplicate.</summary>
    public Task<EventReceipt> SubmitAsync(JsonObject @event, string? idempotencyKey = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(@event);
        return _http.SendAsync(HttpMethod.Post, "api/v1/events", @event, JobForgeJsonContext.Default.EventReceipt, cancellationToken,
            idempotencyKey is null ? null : [new("Idempotency-Key", idempotencyKey)]);
    }

    /// <summary>One page of events matching <paramref name="filters"/> (query parameters such as event_type, source_app, limit), from <paramref name="cursor"/>.</summary>
    public Task<EventPage> ListPageAsync(IReadOnlyDictionary<string, string>? filters = null, string? cursor = null, CancellationToken cancellationToken = default) =>
        _http.SendAsync(HttpMethod.Get, "api/v1/events" + JobForgeHttp.Query(Pairs(filters, cursor)), null, JobForgeJsonContext.Default.EventPage, cancellationToken);

    /// <summary>Every event matching <paramref name="filters"/>, following the cursors page by page.</summary>
    public async IAsyncEnumerable<JsonElement> ListAsync(IReadOnlyDictionary<string, string>? filters = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        string? cursor = null;
        do
        {
            var page = await ListPageAsync(filters, cursor, cancellationToken).ConfigureAwait(false);
            foreach (var item in page.Events)
            {
                yield return item;
            }

            cursor = page.NextCursor;
        }
        while (cursor is not null);
    }

    internal static (string, string?)[] Pairs(IReadOnlyDictionary<string, string>? filters, string? cursor) =>
        (filters ?? new Dictionary<string, string>()).Where(p => p.Key != "cursor").Select(p => (p.Key, (string?)p.Value)).Append(("cursor", cursor)).ToArray();
}
