using Microsoft.Extensions.DependencyInjection;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using JobForge.Server.Tests.Hosting;
using JobForge.TestKit.Hosting;

namespace JobForge.Server.Tests.Events;

/// <summary>
/// The whole server on a real Kestrel against the shared Azurite, with its own tables, containers and queue, the
/// events, audit and rate-limiting features on, a bootstrap key, and helpers to mint tenant keys.
/// </summary>
internal sealed class EventsTestServer : IAsyncDisposable
{
    public const string BootstrapKey = "bootstrap-key-for-event-tests-0123456789abcdef";

    private EventsTestServer(RunningServer server, IReadOnlyDictionary<string, string?> settings)
    {
        Server = server;
        Settings = settings;
    }

    public RunningServer Server { get; }

    public IReadOnlyDictionary<string, string?> Settings { get; }

    public static async Task<EventsTestServer> StartAsync(IReadOnlyDictionary<string, string?>? extra = null, Action<IServiceCollection>? services = null)
    {
        var settings = await SettingsAsync(extra);
        return new EventsTestServer(await RunningServer.StartAsync(settings, services), settings);
    }

    /// <summary>Settings with unique resource names, so tests sharing one Azurite never see each other's data.</summary>
    public static async Task<Dictionary<string, string?>> SettingsAsync(IReadOnlyDictionary<string, string?>? extra = null) =>
        (await UniqueStorageSettings.ForSharedAzuriteAsync(BootstrapKey))
        .WithEventEncryption()
        .With(new Dictionary<string, string?>
        {
            ["JOBFORGE_EVENTS_ENABLED"] = "1",
            ["JOBFORGE_AUDIT_LOGGING_ENABLED"] = "1",
        })
        .With(extra) // null removes a default setting
        .ToDictionary();

    /// <summary>Creates an API key for <paramref name="tenant"/> ("*" for all) with <paramref name="scopes"/>, returning the secret.</summary>
    public async Task<string> CreateKeyAsync(string tenant, params string[] scopes)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/api-keys")
        {
            Content = JsonContent.Create(new { name = "test key", tenant_id = tenant, scopes }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", BootstrapKey);
        using var response = await Server.Client.SendAsync(request);
        response.EnsureSuccessStatusCode();
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return body.RootElement.GetProperty("api_key").GetString()!;
    }

    public Task<HttpResponseMessage> PostEventAsync(string? key, string json, string contentType = "application/json", IReadOnlyDictionary<string, string>? headers = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/events") { Content = new StringContent(json, Encoding.UTF8) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        return SendAsync(request, key, headers);
    }

    public Task<HttpResponseMessage> GetAsync(string? key, string path)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        return SendAsync(request, key, null);
    }

    public async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, string? key, IReadOnlyDictionary<string, string>? headers)
    {
        if (key is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        }

        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        using (request)
        {
            return await Server.Client.SendAsync(request);
        }
    }

    public static string Event(string tenant, string? eventId = null, string eventType = "infrastructure.alert", string payload = "{\"severity\":\"warning\"}", string extra = "") =>
        "{" + (eventId is null ? string.Empty : $"\"event_id\":\"{eventId}\",") +
        $"\"tenant_id\":\"{tenant}\",\"event_type\":\"{eventType}\",\"source_app\":\"settler\",\"source_module\":\"ops\",\"payload\":{payload}{extra}}}";

    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.Clone();
    }

    public ValueTask DisposeAsync() => Server.DisposeAsync();
}
