using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace JobForge.Chaos.Benchmarks;

/// <summary>
/// The API as the load and the oracle call it: each request goes to the next live server of the cluster, within the
/// client's request timeout (<see cref="RequestTimeout"/>); a refused or timed-out request is an answer with status 0.
/// </summary>
internal sealed class ChaosApi(Cluster cluster) : IDisposable
{
    public static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(30);

    private readonly HttpClient _http = new(new SocketsHttpHandler { MaxConnectionsPerServer = 256, ConnectTimeout = TimeSpan.FromSeconds(5) })
    {
        Timeout = RequestTimeout,
    };

    public Cluster Cluster => cluster;

    public async Task<ApiAnswer> SendAsync(HttpMethod method, string? key, string path, string? json, Uri? server = null)
    {
        var sentAt = DateTimeOffset.UtcNow;
        var clock = Stopwatch.StartNew();
        try
        {
            using var request = new HttpRequestMessage(method, new Uri(server ?? cluster.Next(), path));
            if (key is not null)
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
            }

            if (json is not null)
            {
                request.Content = new StringContent(json, Encoding.UTF8, "application/json");
            }

            using var response = await _http.SendAsync(request);
            var text = await response.Content.ReadAsStringAsync();
            return new ApiAnswer(sentAt, (int)response.StatusCode, text, response.Headers.RetryAfter?.Delta, clock.Elapsed, path);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or IOException)
        {
            return new ApiAnswer(sentAt, 0, ex.GetType().Name, null, clock.Elapsed, path);
        }
    }

    /// <summary>Sends until the answer is a success (setup and oracle calls), at most three minutes (a loaded machine).</summary>
    public async Task<JsonElement> MustAsync(HttpMethod method, string key, string path, string? json)
    {
        var deadline = DateTimeOffset.UtcNow.AddMinutes(3);
        while (true)
        {
            var answer = await SendAsync(method, key, path, json);
            if (answer.IsSuccess)
            {
                return answer.Text.Length == 0 ? default : answer.Json();
            }

            if ((answer.Status is >= 400 and < 500 && answer.Status != 429) || DateTimeOffset.UtcNow > deadline)
            {
                throw new InvalidOperationException($"{method} {path}: {answer.Status} {answer.Text}");
            }

            await Task.Delay(500);
        }
    }

    public async Task<string> CreateKeyAsync(string tenant, params string[] scopes) =>
        (await MustAsync(HttpMethod.Post, Cluster.BootstrapKey, "/api/v1/api-keys", JsonSerializer.Serialize(new { name = "chaos", tenant_id = tenant, scopes })))
            .GetProperty("api_key").GetString()!;

    /// <summary>Registers a template (all tenants) and enables it for each tenant.</summary>
    public async Task RegisterAsync(string templateKey, string templateJson, params string[] tenants)
    {
        await MustAsync(HttpMethod.Put, Cluster.BootstrapKey, "/api/v1/templates/" + templateKey, templateJson);
        foreach (var tenant in tenants)
        {
            var admin = await CreateKeyAsync(tenant, "templates:admin");
            await MustAsync(HttpMethod.Post, admin, $"/api/v1/templates/{templateKey}/enable", null);
        }
    }

    /// <summary>Every item of a cursor-paged list (<paramref name="arrayName"/> holds the page's items).</summary>
    public async Task<List<JsonElement>> ListAllAsync(string key, string path, string arrayName)
    {
        var items = new List<JsonElement>();
        string? cursor = null;
        do
        {
            var separator = path.Contains('?', StringComparison.Ordinal) ? '&' : '?';
            var page = await MustAsync(HttpMethod.Get, key, path + separator + "limit=200" + (cursor is null ? "" : "&cursor=" + Uri.EscapeDataString(cursor)), null);
            items.AddRange(page.GetProperty(arrayName).EnumerateArray());
            cursor = page.TryGetProperty("next_cursor", out var next) && next.ValueKind == JsonValueKind.String ? next.GetString() : null;
        }
        while (cursor is not null);
        return items;
    }

    public void Dispose() => _http.Dispose();
}
