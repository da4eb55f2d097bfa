using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using JobForge.Domain.Audit;
using JobForge.Server.Tests.Auth;
using JobForge.Server.Tests.Events;
using JobForge.Server.Tests.Hosting;
using JobForge.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace JobForge.Server.Tests.Policy;

/// <summary>
/// The whole server on a real Kestrel against the shared Azurite (settings from <see cref="EventsTestServer"/>, so each
/// instance has its own tables), with action jobs on, two policy token secrets, a recording audit log and key helpers.
/// </summary>
internal sealed class PolicyTestServer : IAsyncDisposable
{
    public const string Secret = "policy-secret-one-0123456789abcdef";
    public const string SecondSecret = "policy-secret-two-0123456789abcdef";

    private PolicyTestServer(RunningServer server, RecordingAuditLog audit, Dictionary<string, string?> settings)
    {
        Server = server;
        Audit = audit;
        Settings = settings;
    }

    public RunningServer Server { get; }

    public RecordingAuditLog Audit { get; }

    public Dictionary<string, string?> Settings { get; }

    public static async Task<Dictionary<string, string?>> SettingsAsync(IReadOnlyDictionary<string, string?>? extra = null)
    {
        var defaults = new Dictionary<string, string?>
        {
            ["JOBFORGE_ACTION_JOBS_ENABLED"] = "1",
            ["JOBFORGE_POLICY_TOKEN_SECRET"] = Secret + "," + SecondSecret,
            ["JobForge:Policy:RevocationsTableName"] = UniqueNames.Next("revocations"),
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            defaults[key] = value;
        }

        return await EventsTestServer.SettingsAsync(defaults);
    }

    public static async Task<PolicyTestServer> StartAsync(IReadOnlyDictionary<string, string?>? extra = null) =>
        await StartWithSettingsAsync(await SettingsAsync(extra));

    public static async Task<PolicyTestServer> StartWithSettingsAsync(Dictionary<string, string?> settings)
    {
        var audit = new RecordingAuditLog();
        var server = await RunningServer.StartAsync(settings, services => services.AddSingleton<IAuditLog>(audit));
        return new PolicyTestServer(server, audit, settings);
    }

    public async Task<string> CreateKeyAsync(string tenant, params string[] scopes)
    {
        using var response = await PostAsync(EventsTestServer.BootstrapKey, "/api/v1/api-keys",
            JsonSerializer.Serialize(new { name = "test key", tenant_id = tenant, scopes }));
        response.EnsureSuccessStatusCode();
        return (await JsonAsync(response)).GetProperty("api_key").GetString()!;
    }

    public async Task<HttpResponseMessage> PostAsync(string? key, string path, string? json, string contentType = "application/json")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path);
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8);
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        }

        if (key is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        }

        return await Server.Client.SendAsync(request);
    }

    public async Task<JsonElement> IssueAsync(string key, object body)
    {
        using var response = await PostAsync(key, "/api/v1/policy-tokens", JsonSerializer.Serialize(body));
        Assert.True(response.StatusCode == System.Net.HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await JsonAsync(response);
    }

    public async Task<JsonElement> ValidateAsync(string key, object body)
    {
        using var response = await PostAsync(key, "/api/v1/policy-tokens/validate", JsonSerializer.Serialize(body));
        Assert.True(response.StatusCode == System.Net.HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await JsonAsync(response);
    }

    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.Clone();
    }

    public ValueTask DisposeAsync() => Server.DisposeAsync();
}
