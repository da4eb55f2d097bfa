using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using JobForge.Domain.Artifacts;
using JobForge.Domain.Runs;
using JobForge.Domain.Steps;
using JobForge.Application.Artifacts;
using JobForge.Server.Tests.Audit;
using JobForge.Server.Tests.Hosting;
using JobForge.Storage.Artifacts;
using JobForge.Storage.Runs;
using JobForge.TestKit;
using JobForge.TestKit.Azurite;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace JobForge.Server.Tests.Artifacts;

/// <summary>
/// The real server with in-memory runs and artifacts, a fake replay executor, the test caller header, and the evidence
/// flags as given. <see cref="RecordRunAsync"/> seeds a finished run through the real <see cref="RunEvidenceRecorder"/>.
/// </summary>
public class EvidenceTestServer : IAsyncLifetime
{
    private readonly bool _enabled;
    private readonly bool _blobs;
    private RunningServer? _server;

    public EvidenceTestServer()
        : this(enabled: true)
    {
    }

    protected EvidenceTestServer(bool enabled, bool blobs = false)
    {
        _enabled = enabled;
        _blobs = blobs;
    }

    internal InMemoryRunStore Runs { get; } = new();

    internal InMemoryArtifactStore Artifacts { get; } = new();

    internal FakeReplayExecutor Replays { get; } = new();

    internal RunningServer Server => _server ?? throw new InvalidOperationException("not started");

    public async Task InitializeAsync()
    {
        var azurite = await AzuriteInstance.Shared;
        var flag = _enabled ? "1" : "0";
        _server = await RunningServer.StartAsync(
            new Dictionary<string, string?>
            {
                ["JobForge:Storage:ConnectionString"] = azurite.ConnectionString,
                ["JobForge:Audit:TableName"] = UniqueNames.Next("audit"),
                ["JOBFORGE_MANIFESTS_ENABLED"] = flag,
                ["REPLAY_PACK_ENABLED"] = flag,
                ["JOBFORGE_BUILD_COMMIT"] = "0123abcd",
                ["JobForge:Artifacts:ContainerName"] = UniqueNames.Next("artifacts"),
            },
            services =>
            {
                services.AddSingleton<IStartupFilter, TestCallerStartupFilter>();
                services.AddSingleton<IRunStore>(Runs);
                if (!_blobs)
                {
                    services.AddSingleton<IArtifactStore>(Artifacts);
                }

                services.AddSingleton<IReplayExecutor>(Replays);
            });
    }

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    public static string NewTenant() => UniqueNames.Next("tenant");

    public static string NewRunId() => "run_" + Guid.NewGuid().ToString("N");

    /// <summary>Creates a run of <paramref name="tenant"/> and records its whole evidence as the engine would.</summary>
    public async Task<Run> RecordRunAsync(string tenant, RunStatus status = RunStatus.Succeeded)
    {
        var inputs = """{"b":2,"a":1}""";
        using var document = JsonDocument.Parse(inputs);
        var canonical = CanonicalJson.ToText(document.RootElement);
        var run = new Run
        {
            RunId = NewRunId(), TenantId = tenant, TemplateKey = "autopilot.ops.scan", TemplateVersion = "1.0.0",
            TemplateJson = """{"key":"autopilot.ops.scan"}""", InputsJson = canonical, InputsSha256 = CanonicalJson.Sha256Hex(canonical),
            TraceId = "trace-1", RequestedAt = DateTimeOffset.Parse("2026-12-01T09:00:00Z", System.Globalization.CultureInfo.InvariantCulture),
        };
        await Runs.CreateAsync(tenant, run);
        var recorder = Server.App.Services.GetRequiredService<RunEvidenceRecorder>();
        var start = new RunState { Status = RunStatus.Running, Steps = [new StepState("fetch", "http")], StartedAt = run.RequestedAt };
        await recorder.StartAsync(run, start, default);
        await recorder.StepCompletedAsync(run, "fetch", """{"items":[{"name":"a"}]}""",
            [new StepArtifact("report.html", "text/html", "<b>hi</b>"u8.ToArray()), new StepArtifact("manifest.json", "application/json", "{}"u8.ToArray())], default);
        var failure = status == RunStatus.Succeeded ? null : new StepFailure("http_error", "upstream failed", "http", run.RequestedAt.AddSeconds(1), false);
        var end = start with
        {
            Status = status,
            FinishedAt = run.RequestedAt.AddMilliseconds(1500),
            Failure = failure,
            Steps = [new StepState("fetch", "http") { Status = StepStatus.Succeeded, Attempt = 1, DurationMs = 900, OutputsJson = """{"items":[{"name":"a"}]}""" }],
        };
        await recorder.CompleteAsync(run, end, ["""{"msg":"calling","password":"hunter2"}""", "plain text line"], new Dictionary<string, string> { ["http"] = "1.0" }, default);
        return run;
    }

    public async Task<HttpResponseMessage> SendAsync(
        HttpMethod method, string path, string tenant, string? body = null, string scopes = "jobs:read,jobs:write", string contentType = "application/json")
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.TryAddWithoutValidation(TestCallerStartupFilter.Header, $"key-1;{tenant};{scopes}");
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8);
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        }

        return await Server.Client.SendAsync(request);
    }

    public Task<HttpResponseMessage> GetAsync(string path, string tenant) => SendAsync(HttpMethod.Get, path, tenant);

    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.Clone();
    }

    public static async Task<string> ErrorTypeAsync(HttpResponseMessage response) =>
        (await JsonAsync(response)).GetProperty("error").GetProperty("type").GetString()!;
}

/// <summary>The same server with both evidence flags off.</summary>
public sealed class EvidenceOffServer() : EvidenceTestServer(enabled: false);

/// <summary>The same server with the configured Blob artifact store on Azurite (its own container).</summary>
public sealed class EvidenceBlobServer() : EvidenceTestServer(enabled: true, blobs: true);
