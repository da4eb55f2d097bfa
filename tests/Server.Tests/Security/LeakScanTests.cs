using System.Net;
using System.Text.Json;
using JobForge.Server.Tests.Hosting;
using JobForge.TestKit;
using JobForge.TestKit.Azurite;
using JobForge.TestKit.Hosting;
using JobForge.TestKit.Security;
using JobForge.TestKit.ServiceBus;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace JobForge.Server.Tests.Security;

/// <summary>
/// Plants canary secrets (the bootstrap key, minted API keys, a forged key, policy tokens and the policy secret,
/// <c>${{ secrets.* }}</c> values, the field-encryption key, the HTTP signing secret, the Service Bus and storage keys, a
/// hardcoded token in a contract) and canary personal data (an email in <c>encrypt_fields</c>, a phone number in
/// <c>redact_fields</c>) in requests and configuration, runs a mixed workload on a real Kestrel over its own Azurite and
/// the in-process AMQP broker (events and a duplicate, an invalid event, contract registrations, runs whose HTTP steps
/// send a secret to a sink that echoes it back, an approval, a failing step with retries, an action job with a policy
/// token, a forged token, a revoked key), then searches every log line (all categories at Debug, with scopes), every span
/// and metric tag, every row of every table, every blob of every container, every queue message, every published message
/// and every error response. Nothing may hold a canary in the clear, except: the phone number (a <c>redact_fields</c>
/// value) in the stored event row, which keeps the payload for <c>events:pii</c> readers; the email is there only as
/// <c>enc:v1:</c> ciphertext (<c>encrypt_fields</c>); API keys only as SHA-256 hashes; policy tokens only by their id.
/// </summary>
public sealed partial class LeakScanTests
{
    private const string Tenant = "leak-tenant";
    private const string EventsTable = "jobforgeevents";

    private static readonly PlantedCanaries s_planted = new("leak");
    private static readonly string s_bootstrapKey = s_planted.BootstrapKey;
    private static readonly string s_policySecret = s_planted.PolicySecret;
    private static readonly string s_stepSecret = s_planted.StepSecret;
    private static readonly string s_signingSecret = s_planted.SigningSecret;
    private static readonly string s_encryptionKey = s_planted.EncryptionKey;
    private static readonly string s_fakeApiKeySecret = s_planted.FakeApiKeySecret;
    private static readonly string s_malformedKey = s_planted.MalformedKey;
    private static readonly string s_forgedSignature = s_planted.ForgedSignature;
    private static readonly string s_hardcodedToken = "ghp_" + "LeakCanaryHardcoded".PadRight(36, '7');
    private static readonly string s_email = s_planted.Email;
    private static readonly string s_phone = s_planted.Phone;

    private readonly List<CapturedText> _errorResponses = [];

    [Fact]
    public async Task MixedWorkload_LeavesNoCanaryInLogsTracesStorageOrMessages()
    {
        using var telemetry = new TelemetryCapture();
        await using var azurite = await AzuriteInstance.StartAsync();
        using var broker = AmqpTestBroker.StartNew();
        await using var sink = await HttpSink.StartAsync();
        sink.Respond = context => EchoAsync(context, sink);
        var logs = new CapturingLoggerProvider();
        var workspace = Directory.CreateTempSubdirectory("jf-leak-ws-");
        var settings = Settings(azurite, broker);
        foreach (var (name, value) in StepSettings(sink, workspace.FullName))
        {
            settings[name] = value;
        }

        var server = await RunningServer.StartAsync(settings, services => services.AddSingleton<ILoggerProvider>(logs));
        Workload workload;
        try
        {
            workload = await RunWorkloadAsync(server, sink, broker);
        }
        finally
        {
            await server.DisposeAsync(); // flushes the audit trail
            workspace.Delete(recursive: true);
        }

        var stored = await StorageScan.ReadAllAsync(azurite.TableService(), azurite.BlobService(), azurite.QueueService());
        var published = broker.Received.Select(m => new CapturedText(
            $"message {m.EntityPath}/{m.MessageId}",
            string.Join(" | ", [m.Subject, m.MessageId, m.Body, .. m.ApplicationProperties.Select(p => p.Key + "=" + p.Value)]))).ToList();
        var everywhere = logs.Lines.Concat(telemetry.Items).Concat(stored).Concat(published).ToList();
        if (Environment.GetEnvironmentVariable("JOBFORGE_LEAK_SCAN_DUMP") is { Length: > 0 } dump)
        {
            // Everything the scan read, one item per line, to see what it covers.
            await File.WriteAllLinesAsync(dump, everywhere.Concat(_errorResponses).Select(t => t.Where + "\t" + t.Text.ReplaceLineEndings(" ")));
        }

        // The workload did what it claims: otherwise a clean scan proves nothing.
        Assert.Contains(sink.Requests, r => r.Headers.TryGetValue("Authorization", out var auth) && auth == "Bearer " + s_stepSecret);
        Assert.Contains(sink.Requests, r => r.Path.StartsWith("/modules/ops/operations/", StringComparison.Ordinal) && System.Text.Encoding.UTF8.GetString(r.Body).Contains(s_stepSecret, StringComparison.Ordinal));
        Assert.Contains(stored, t => t.Where.StartsWith("blob ", StringComparison.Ordinal) && t.Where.EndsWith("shell.log", StringComparison.Ordinal)
            && t.Where.Contains(workload.CommandRun, StringComparison.Ordinal) && t.Text.Contains("out ***", StringComparison.Ordinal) && t.Text.Contains("err ***", StringComparison.Ordinal));
        Assert.Contains(stored, t => t.Where.StartsWith("table " + EventsTable, StringComparison.Ordinal) && t.Text.Contains("enc:v1:", StringComparison.Ordinal));
        Assert.True(new Canary("phone", s_phone).IsIn(stored.Where(t => t.Where.StartsWith("table " + EventsTable + "/", StringComparison.Ordinal))),
            "the scan does not see the stored event's redact_fields value");
        Assert.Contains(broker.Received, m => m.MessageId == "leak-e1" && m.Body.Contains("[ENCRYPTED]", StringComparison.Ordinal) && m.Body.Contains("[REDACTED]", StringComparison.Ordinal));
        Assert.Contains(stored, t => t.Where.StartsWith("blob ", StringComparison.Ordinal) && t.Text.Contains(workload.EchoRun, StringComparison.Ordinal));
        Assert.NotEmpty(logs.Lines);
        Assert.True(telemetry.Spans > 0, "no span was recorded");

        var leaks = PlantedCanaries.Leaks(Canaries(broker, workload), everywhere, _errorResponses);
        Assert.True(leaks.Count == 0, $"{leaks.Count} leak(s):\n" + string.Join("\n", leaks.Take(60)));
    }

    private static IEnumerable<Canary> Canaries(AmqpTestBroker broker, Workload workload) =>
        s_planted.Canaries(workload.ApiKeySecrets, workload.PolicyTokens, EventsTable).Concat(
        [
            new Canary("the Service Bus key", broker.Key),
            new Canary("the module signing secret", s_moduleSecret),
            new Canary("a hardcoded token in a contract", s_hardcodedToken),
        ]);

    private static Dictionary<string, string?> Settings(AzuriteInstance azurite, AmqpTestBroker broker) => new()
    {
        ["JobForge:Storage:ConnectionString"] = azurite.ConnectionString,
        ["JobForge:Auth:BootstrapKey"] = s_bootstrapKey,
        ["JobForge:Auth:KeyCacheDuration"] = "00:00:00",
        ["JOBFORGE_EVENTS_ENABLED"] = "1",
        ["JOBFORGE_TRIGGERS_ENABLED"] = "1",
        ["JobForge:Triggers:Scheduler:ChangePollInterval"] = "00:00:01",
        ["JOBFORGE_AUDIT_LOGGING_ENABLED"] = "1",
        ["JOBFORGE_MANIFESTS_ENABLED"] = "1",
        ["REPLAY_PACK_ENABLED"] = "1",
        ["JOBFORGE_ACTION_JOBS_ENABLED"] = "1",
        ["JOBFORGE_REQUIRE_POLICY_TOKENS"] = "1",
        ["JOBFORGE_POLICY_TOKEN_SECRET"] = s_policySecret,
        ["JobForge:Events:Encryption:ActiveKeyId"] = "k1",
        ["JobForge:Events:Encryption:Keys:k1"] = s_encryptionKey,
        ["JobForge:Secrets:LEAK_STEP_TOKEN"] = s_stepSecret,
        ["JobForge:Engine:Enabled"] = "true",
        ["JobForge:Engine:LeaseDuration"] = "00:00:03",
        ["JobForge:Engine:RecoveryInterval"] = "00:00:00.5",
        ["JobForge:Steps:Http:AllowedHosts:0"] = "127.0.0.1",
        ["JobForge:Steps:Http:AllowPrivateNetworks"] = "true",
        ["JobForge:Steps:Http:SigningSecret"] = s_signingSecret,
        ["JobForge:Publishing:Mode"] = "ServiceBus",
        ["JobForge:Publishing:ServiceBus:ConnectionString"] = broker.ConnectionString,
        ["JobForge:Publishing:ServiceBus:TopicName"] = "events-topic",
        ["JobForge:Publishing:PollInterval"] = "00:00:01",
        ["Logging:LogLevel:Default"] = "Debug",
        ["Logging:LogLevel:Microsoft.AspNetCore"] = "Debug",
        ["Logging:LogLevel:Azure"] = "Debug",
        ["Logging:LogLevel:Azure.Core"] = "Debug",
    };

    /// <summary>The sink: <c>/modules/…</c> is the module stand-in (<see cref="ModuleAsync"/>), <c>/echo</c> answers 200 with the request's Authorization header and body, <c>/fail</c> a 500 with its token header.</summary>
    private static async Task EchoAsync(HttpContext context, HttpSink sink)
    {
        if (context.Request.Path.StartsWithSegments("/modules"))
        {
            await ModuleAsync(context, sink);
            return;
        }

        await EchoSink.RespondAsync(context);
    }

    private async Task<HttpResponseMessage> SendAsync(RunningServer server, HttpMethod method, string? key, string path, string? json, IReadOnlyDictionary<string, string>? headers = null, string contentType = "application/json")
    {
        var response = await server.SendAsync(method, key, path, json, headers, contentType);
        if (!response.IsSuccessStatusCode)
        {
            var body = await response.Content.ReadAsStringAsync();
            lock (_errorResponses)
            {
                _errorResponses.Add(new CapturedText($"response {(int)response.StatusCode} to {method} {path}", body + " " + string.Join(" ", response.Headers.Select(h => h.Key + "=" + string.Join(",", h.Value)))));
            }
        }

        return response;
    }

    private async Task<JsonElement> OkJsonAsync(RunningServer server, HttpMethod method, string? key, string path, string? json, IReadOnlyDictionary<string, string>? headers = null, string contentType = "application/json")
    {
        using var response = await SendAsync(server, method, key, path, json, headers, contentType);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{method} {path}: {(int)response.StatusCode} {text}");
        using var document = JsonDocument.Parse(text.Length == 0 ? "{}" : text);
        return document.RootElement.Clone();
    }

    private async Task<HttpStatusCode> StatusAsync(RunningServer server, HttpMethod method, string? key, string path, string? json, IReadOnlyDictionary<string, string>? headers = null)
    {
        using var response = await SendAsync(server, method, key, path, json, headers);
        return response.StatusCode;
    }
}
