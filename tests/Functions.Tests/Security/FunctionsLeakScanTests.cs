using System.Text.Json;
using JobForge.Functions.Runs;
using JobForge.Functions.Tests.Http;
using JobForge.Functions.Tests.Runs;
using JobForge.TestKit;
using JobForge.TestKit.Azurite;
using JobForge.TestKit.Hosting;
using JobForge.TestKit.Security;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Xunit.Abstractions;

namespace JobForge.Functions.Tests.Security;

/// <summary>
/// The leak scan on the Functions host: the HTTP function classes called as the worker calls them (keys, policy tokens
/// and personal data in headers, query strings and bodies; forged and malformed credentials), runs driven by the run
/// orchestrator on the Durable Task Azure Storage backend (an HTTP step sends a <c>${{ secrets.* }}</c> value to a sink
/// that echoes it back; one that fails quoting it; an action job with a policy token), all on an Azurite of its own.
/// Then every log line of the worker and the Durable worker (Debug), every span and metric tag, every table row (the task
/// hub's history and instance tables among them), blob (large orchestration messages), queue message and error
/// response is searched: no canary in the clear but the phone number (a <c>redact_fields</c> value) in the event row.
/// </summary>
public sealed partial class FunctionsLeakScanTests(ITestOutputHelper output)
{
    private const string Tenant = "fleak-tenant";
    private const string EventsTable = "fleakevents";

    private static readonly PlantedCanaries s_planted = new("fleak");

    private readonly List<CapturedText> _errorResponses = [];

    [Fact]
    public async Task HttpFunctionsAndDurableRuns_LeaveNoCanaryInLogsTracesStorageOrResponses()
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        using var telemetry = new TelemetryCapture();
        await using var azurite = await AzuriteInstance.StartAsync();
        output.WriteLine($"Azurite up after {clock.Elapsed.TotalSeconds:0.0} s");
        await using var sink = await HttpSink.StartAsync();
        sink.Respond = EchoSink.RespondAsync;
        var logs = new CapturingLoggerProvider();
        using var durableLoggers = LoggerFactory.Create(builder => builder.AddProvider(logs).SetMinimumLevel(LogLevel.Debug));
        Workload workload;
        await using (var api = FunctionsApiHost.Build(Settings(azurite), services => services.AddSingleton<ILoggerProvider>(logs)))
        {
            await using var durable = await DurableTaskTestHost.StartAsync(azurite.ConnectionString, TaskHubNames.Next("fleak"), api.Services, durableLoggers);
            api.Services.GetRequiredService<DurableRunClients>().Default = durable.Runs;
            output.WriteLine($"Functions app and Durable worker up after {clock.Elapsed.TotalSeconds:0.0} s");
            workload = await RunWorkloadAsync(api, sink);
            output.WriteLine($"Workload done after {clock.Elapsed.TotalSeconds:0.0} s");
        }

        var stored = await StorageScan.ReadAllAsync(azurite.TableService(), azurite.BlobService(), azurite.QueueService());
        var everywhere = logs.Lines.Concat(telemetry.Items).Concat(stored).ToList();
        output.WriteLine($"Storage read after {clock.Elapsed.TotalSeconds:0.0} s: {everywhere.Count} items");
        if (Environment.GetEnvironmentVariable("JOBFORGE_LEAK_SCAN_DUMP") is { Length: > 0 } dump)
        {
            await File.WriteAllLinesAsync(dump, everywhere.Concat(_errorResponses).Select(t => t.Where + "\t" + t.Text.ReplaceLineEndings(" ")));
        }

        // The workload did what it claims: otherwise a clean scan proves nothing.
        Assert.Contains(sink.Requests, r => r.Headers.TryGetValue("Authorization", out var auth) && auth == "Bearer " + s_planted.StepSecret);
        Assert.Contains(stored, t => t.Where.StartsWith("table " + EventsTable, StringComparison.Ordinal) && t.Text.Contains("enc:v1:", StringComparison.Ordinal));
        Assert.True(new Canary("phone", s_planted.Phone).IsIn(stored.Where(t => t.Where.StartsWith("table " + EventsTable + "/", StringComparison.Ordinal))),
            "the scan does not see the stored event's redact_fields value");
        Assert.Contains(stored, t => t.Where.Contains("History", StringComparison.OrdinalIgnoreCase) && t.Text.Contains(workload.EchoRun, StringComparison.Ordinal));
        Assert.Contains(stored, t => t.Where.Contains("Instances", StringComparison.OrdinalIgnoreCase) && t.Text.Contains(workload.EchoRun, StringComparison.Ordinal));
        Assert.NotEmpty(logs.Lines);
        Assert.True(telemetry.Spans > 0, "no span was recorded");

        var leaks = PlantedCanaries.Leaks(s_planted.Canaries(workload.ApiKeySecrets, workload.PolicyTokens, EventsTable), everywhere, _errorResponses);
        Assert.True(leaks.Count == 0, $"{leaks.Count} leak(s):\n" + string.Join("\n", leaks.Take(60)));
    }

    private static Dictionary<string, string?> Settings(AzuriteInstance azurite) => new()
    {
        ["JobForge:Storage:ConnectionString"] = azurite.ConnectionString,
        ["AzureWebJobsStorage"] = azurite.ConnectionString,
        ["JobForge:Auth:BootstrapKey"] = s_planted.BootstrapKey,
        ["JobForge:Auth:KeyCacheDuration"] = "00:00:00",
        ["JobForge:EventStore:EventsTableName"] = EventsTable,
        ["JOBFORGE_EVENTS_ENABLED"] = "1",
        ["JOBFORGE_AUDIT_LOGGING_ENABLED"] = "1",
        ["JOBFORGE_MANIFESTS_ENABLED"] = "1",
        ["REPLAY_PACK_ENABLED"] = "1",
        ["JOBFORGE_ACTION_JOBS_ENABLED"] = "1",
        ["JOBFORGE_REQUIRE_POLICY_TOKENS"] = "1",
        ["JOBFORGE_POLICY_TOKEN_SECRET"] = s_planted.PolicySecret,
        ["JobForge:Events:Encryption:ActiveKeyId"] = "k1",
        ["JobForge:Events:Encryption:Keys:k1"] = s_planted.EncryptionKey,
        ["JobForge:Secrets:FLEAK_STEP_TOKEN"] = s_planted.StepSecret,
        ["JobForge:Steps:Http:AllowedHosts:0"] = "127.0.0.1",
        ["JobForge:Steps:Http:AllowPrivateNetworks"] = "true",
        ["JobForge:Steps:Http:SigningSecret"] = s_planted.SigningSecret,
        ["Logging:LogLevel:Default"] = "Debug",
        ["Logging:LogLevel:Azure"] = "Debug",
        ["Logging:LogLevel:Azure.Core"] = "Debug",
    };
}
