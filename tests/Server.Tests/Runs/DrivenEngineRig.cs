using System.Text.Json;
using JobForge.Domain.Artifacts;
using JobForge.Domain.Runs;
using JobForge.Domain.Templates;
using JobForge.Application.Artifacts;
using JobForge.Application.Runs;
using JobForge.Server.Tests.Events;
using JobForge.Server.Tests.Hosting;
using JobForge.Storage.Artifacts;
using JobForge.Storage.Runs;
using JobForge.TestKit;
using Microsoft.Extensions.Time.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace JobForge.Server.Tests.Runs;

/// <summary>
/// The server's run executor, signal sender and evidence wired as in production, but built (never started) over an
/// in-memory run store and artifact store and a <see cref="FakeTimeProvider"/>: a test drives one run with
/// <see cref="RunExecutor.ProcessAsync"/> and moves time itself, so races between a worker and a signal are staged
/// exactly instead of hoped for.
/// </summary>
internal sealed class DrivenEngineRig : IAsyncDisposable
{
    private DrivenEngineRig(WebApplication app, FakeTimeProvider clock, InMemoryRunStore runs, InMemoryArtifactStore artifacts)
    {
        App = app;
        Clock = clock;
        Runs = runs;
        Artifacts = artifacts;
    }

    public WebApplication App { get; }

    public FakeTimeProvider Clock { get; }

    public InMemoryRunStore Runs { get; }

    public InMemoryArtifactStore Artifacts { get; }

    public RunExecutor Executor => App.Services.GetRequiredService<RunExecutor>();

    public RunSignalSender Signals => App.Services.GetRequiredService<RunSignalSender>();

    public static async Task<DrivenEngineRig> BuildAsync(IReadOnlyDictionary<string, string?>? extra = null, ILogger<RunEvidenceRecorder>? evidenceLogger = null)
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var runs = new InMemoryRunStore();
        var artifacts = new InMemoryArtifactStore();
        var settings = new Dictionary<string, string?>
        {
            ["JobForge:Engine:Enabled"] = "false", // no background workers: the test is the worker
            ["JOBFORGE_MANIFESTS_ENABLED"] = "1",
            ["REPLAY_PACK_ENABLED"] = "1",
            ["JOBFORGE_AUTOPILOT_JOBS_ENABLED"] = "1",
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        var app = RunningServer.Build(await EventsTestServer.SettingsAsync(settings), services =>
        {
            services.AddSingleton<TimeProvider>(clock);
            services.AddSingleton<IRunStore>(runs);
            services.AddSingleton<IArtifactStore>(artifacts);
            if (evidenceLogger is not null)
            {
                services.AddSingleton(evidenceLogger);
            }
        });
        return new DrivenEngineRig(app, clock, runs, artifacts);
    }

    /// <summary>Stores a queued run of <paramref name="templateJson"/> with <paramref name="inputs"/>, as a job request would.</summary>
    public async Task<Run> CreateRunAsync(string tenant, string templateJson, string inputs = "{}")
    {
        using var document = JsonDocument.Parse(templateJson);
        var parsed = JobTemplateParser.Parse(document.RootElement.Clone());
        var template = parsed.Template ?? throw new InvalidOperationException("invalid test template");
        var run = new Run
        {
            RunId = App.Services.GetRequiredService<IRunIdSource>().NewRunId(),
            TenantId = tenant,
            TemplateKey = template.TemplateKey,
            TemplateVersion = template.Version,
            TemplateJson = JobTemplateJson.ToJsonString(template),
            InputsJson = inputs,
            InputsSha256 = CanonicalJson.Sha256Hex(inputs),
            TraceId = "trace-" + UniqueNames.Next("r"),
            RequestedAt = Clock.GetUtcNow(),
        };
        await Runs.CreateAsync(tenant, run);
        return run;
    }

    /// <summary>The run's stored state (null before it started).</summary>
    public async Task<RunState?> StateAsync(Run run) => (await Runs.LoadAsync(run.TenantId, run.RunId))?.State;

    /// <summary>Waits (bounded, real time) until the stored state satisfies <paramref name="condition"/>.</summary>
    public async Task WaitForStateAsync(Run run, Func<RunState, bool> condition, string what) =>
        await Eventually.TrueAsync(async () => await StateAsync(run) is { } state && condition(state), TimeSpan.FromSeconds(20), what);

    /// <summary>Appends a signal the way the cancel, approve and rollback endpoints do; fails when it is refused.</summary>
    public async Task SignalAsync(Run run, string kind, bool rollback = false)
    {
        var (record, refusal) = await Signals.SendAsync(run.TenantId, run.RunId, new RunSignal(kind, "tester", Clock.GetUtcNow(), Rollback: rollback), _ => null, CancellationToken.None);
        Assert.NotNull(record);
        Assert.Null(refusal);
    }

    public async ValueTask DisposeAsync() => await App.DisposeAsync();

    public static string Template(string key, string steps) => $$$$"""
        {"template_key":"{{{{key}}}}","name":"Driven engine test","category":"ops","version":"1.0.0",
         "input_schema":{"type":"object","properties":{"d":{"type":"string"}}},"output_schema":{"type":"object"},
         "required_scopes":["ops:read"],"default_max_attempts":3,
         "steps":{{{{steps}}}}}
        """;

    public static string NewKey() => "driven." + UniqueNames.Next("t").Replace("-", "_", StringComparison.Ordinal);
}
