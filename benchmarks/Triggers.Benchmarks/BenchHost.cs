using System.Text.Json;
using JobForge.Domain.Runs;
using JobForge.Domain.Templates;
using JobForge.Domain.Triggers;
using JobForge.Server.Hosting;
using JobForge.Application.Triggers;
using JobForge.Storage.Diagnostics;
using JobForge.Storage.Runs;
using JobForge.Storage.Templates;
using JobForge.Storage.Triggers;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using JobForge.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace JobForge.Triggers.Benchmarks;

/// <summary>The real server's services (scheduler, evaluator, JobSubmitter) over in-memory stores and an always-granted lease.</summary>
internal sealed class BenchHost : IAsyncDisposable
{
    public const string Tenant = "bench";
    private readonly WebApplication _app;

    private BenchHost(WebApplication app) => _app = app;

    public ITriggerStore Store => _app.Services.GetRequiredService<ITriggerStore>();

    public TriggerScheduler Scheduler => _app.Services.GetRequiredService<TriggerScheduler>();

    public IRunStore Runs => _app.Services.GetRequiredService<IRunStore>();

    public InMemoryTriggerDecisionLog Decisions => (InMemoryTriggerDecisionLog)_app.Services.GetRequiredService<ITriggerDecisionLog>();

    /// <summary>
    /// A host on in-memory stores, or, with <paramref name="azurite"/>, on the real Table stores in fresh tables;
    /// <paramref name="extra"/> settings override the defaults (before/after switches).
    /// </summary>
    public static async Task<BenchHost> StartAsync(
        TimeProvider time, string? azurite = null, IStorageRequestObserver? observer = null, IReadOnlyDictionary<string, string?>? extra = null)
    {
        var app = JobForgeServer.Build(["--urls", "http://127.0.0.1:0", "--environment", "Benchmark"], builder =>
        {
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["JobForge:Storage:ConnectionString"] = azurite ?? "UseDevelopmentStorage=true",
                ["JobForge:Runs:TableName"] = UniqueNames.Next("benchruns"),
                ["JobForge:Templates:TableName"] = UniqueNames.Next("benchtemplates"),
                ["JobForge:Templates:EnablementTableName"] = UniqueNames.Next("benchswitches"),
                ["JobForge:Triggers:TableName"] = UniqueNames.Next("benchtriggers"),
                ["JobForge:Triggers:StateTableName"] = UniqueNames.Next("benchstate"),
                ["JobForge:Triggers:DecisionsTableName"] = UniqueNames.Next("benchdecisions"),
                ["JobForge:Auth:BootstrapKey"] = "bench-bootstrap-key-0123456789abcdef",
                ["JobForge:Triggers:Scheduler:Enabled"] = "false",
                ["JobForge:Triggers:Scheduler:MaxConcurrentFires"] = "256",
                ["JobForge:Modules:ops:BaseUrl"] = "http://127.0.0.1:9",
                ["JobForge:Modules:ops:SigningSecret"] = "ops-signing-secret-for-bench",
                ["JOBFORGE_POLICY_TOKEN_SECRET"] = "bench-policy-secret-0123456789abcdef",
                ["JOBFORGE_AUTOPILOT_JOBS_ENABLED"] = "1",
                ["JOBFORGE_TRIGGERS_ENABLED"] = "1",
                ["Logging:LogLevel:Default"] = "Warning",
            });
            if (extra is not null)
            {
                builder.Configuration.AddInMemoryCollection(extra);
            }

            builder.Services.AddSingleton(time);
            builder.Services.AddSingleton<ISchedulerLease, GrantedLease>();
            if (observer is not null)
            {
                builder.Services.AddSingleton(observer);
            }

            if (azurite is not null)
            {
                return;
            }

            builder.Services.AddSingleton<IRunStore, InMemoryRunStore>();
            builder.Services.AddSingleton<ITemplateStore, InMemoryTemplateStore>();
            var store = new InMemoryTriggerStore(time);
            var state = new InMemoryTriggerState();
            builder.Services.AddSingleton<ITriggerStore>(store).AddSingleton<ITriggerIndexSource>(store);
            builder.Services.AddSingleton<ITriggerCounters>(state).AddSingleton<ITriggerCheckpoints>(state);
            builder.Services.AddSingleton<ITriggerDecisionLog, InMemoryTriggerDecisionLog>();
        });
        await app.Services.GetRequiredService<ITemplateStore>().SetEnablementAsync(
            new TemplateEnablement(Tenant, "autopilot.ops.scan", true, time.GetUtcNow(), null));
        return new BenchHost(app);
    }

    public Task AddAsync(string id, string cron, DateTimeOffset at) => Store.CreateAsync(Tenant, new Trigger
    {
        Id = id, TenantId = Tenant, TriggerType = TriggerType.Cron, Name = id, TargetTemplateKey = "autopilot.ops.scan",
        TargetInputs = Inputs, Enabled = true, CronExpression = cron, TimeZone = "UTC",
        Safety = new TriggerSafety { CooldownSeconds = 0, MaxRunsPerHour = 100_000 }, CreatedAt = at, UpdatedAt = at,
    });

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    private static readonly JsonElement Inputs = JsonDocument.Parse("""{"target":"vm-1"}""").RootElement.Clone();

    private sealed class GrantedLease : ISchedulerLease
    {
        public Task<bool> TryAcquireAsync(CancellationToken cancellationToken = default) => Task.FromResult(true);

        public Task<bool> RenewAsync(CancellationToken cancellationToken = default) => Task.FromResult(true);

        public Task ReleaseAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;
    }
}
