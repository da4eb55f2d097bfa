using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using JobForge.Server.Tests.Events;
using JobForge.TestKit;

namespace JobForge.Server.Tests.Jobs;

/// <summary>The whole server with the run engine on and fast stream polling (100 ms, heartbeat 1 s).</summary>
public sealed class StreamTestServer : JobsTestServer
{
    public StreamTestServer()
        : base(new Dictionary<string, string?>
        {
            ["JobForge:Engine:Enabled"] = "true",
            ["JobForge:Engine:LeaseDuration"] = "00:00:03",
            ["JobForge:Engine:RecoveryInterval"] = "00:00:00.5",
            ["JobForge:Streams:PollInterval"] = "00:00:00.1",
            ["JobForge:Streams:TenantPollInterval"] = "00:00:00.1",
            ["JobForge:Streams:HeartbeatInterval"] = "00:00:01",
        })
    {
    }

    /// <summary>A template: an approval step, then a transform.</summary>
    public static string ApprovalTemplate(string key) => $$$$"""
        {"template_key":"{{{{key}}}}","name":"Stream test","category":"ops","version":"1.0.0",
         "input_schema":{"type":"object"},"output_schema":{"type":"object"},"required_scopes":["ops:read"],
         "steps":[{"id":"ask","uses":"approval","with":{}},
                  {"id":"after","uses":"transform","depends_on":["ask"],"with":{"output":{"done":true}}}]}
        """;

    /// <summary>A template of one transform step.</summary>
    public static string QuickTemplate(string key) => $$$$"""
        {"template_key":"{{{{key}}}}","name":"Stream test","category":"ops","version":"1.0.0",
         "input_schema":{"type":"object"},"output_schema":{"type":"object"},"required_scopes":["ops:read"],
         "steps":[{"id":"only","uses":"transform","with":{"output":{"done":true}}}]}
        """;

    public static string NewKey() => "stream." + UniqueNames.Next("t").Replace("-", "_", StringComparison.Ordinal);

    public async Task RegisterAsync(string tenant, string key, string templateJson)
    {
        using (var put = await SendAsync(HttpMethod.Put, EventsTestServer.BootstrapKey, $"/api/v1/templates/{key}", templateJson))
        {
            Assert.True(put.IsSuccessStatusCode, await put.Content.ReadAsStringAsync());
        }

        await EnableAsync(tenant, key);
    }

    public async Task<string> RequestAsync(string apiKey, string tenant, string key)
    {
        using var response = await PostJobAsync(apiKey, $$$"""{"tenant_id":"{{{tenant}}}","template_key":"{{{key}}}","inputs":{}}""");
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, await response.Content.ReadAsStringAsync());
        return (await JsonAsync(response)).GetProperty("run_id").GetString()!;
    }

    public async Task<JsonElement> WaitForAsync(string apiKey, string runId, string status)
    {
        JsonElement last = default;
        await Eventually.TrueAsync(async () =>
        {
            using var response = await SendAsync(HttpMethod.Get, apiKey, "/api/v1/jobs/" + runId, null);
            last = await JsonAsync(response);
            return last.TryGetProperty("status", out var s) && s.GetString() == status;
        }, TimeSpan.FromSeconds(30), $"run {runId} to reach {status}");
        return last;
    }

    public async Task ApproveAsync(string approver, string runId)
    {
        using var approve = await SendAsync(HttpMethod.Post, approver, $"/api/v1/jobs/{runId}/approve", """{"comment":"ok"}""");
        Assert.Equal(HttpStatusCode.Accepted, approve.StatusCode);
    }

    /// <summary>Opens <paramref name="path"/> as a stream (headers read, body not yet).</summary>
    public async Task<HttpResponseMessage> OpenAsync(string? apiKey, string path, string? lastEventId = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        if (apiKey is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
        }

        if (lastEventId is not null)
        {
            request.Headers.TryAddWithoutValidation("Last-Event-ID", lastEventId);
        }

        using (request)
        {
            return await Server.Client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        }
    }

    /// <summary>Every event until the stream closes (bounded).</summary>
    public static async Task<List<ServerSentEvent>> ReadToEndAsync(HttpResponseMessage response)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        using var reader = new ServerSentEventReader(await response.Content.ReadAsStreamAsync(timeout.Token));
        var events = new List<ServerSentEvent>();
        while (await reader.NextAsync(timeout.Token) is { } next)
        {
            events.Add(next);
        }

        return events;
    }
}
