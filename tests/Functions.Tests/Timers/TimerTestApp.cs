using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Azure.Data.Tables;
using JobForge.Application.Artifacts;
using JobForge.Application.Audit;
using JobForge.Application.Auth;
using JobForge.Application.Events;
using JobForge.Application.Flags;
using JobForge.Application.Jobs;
using JobForge.Application.Policy;
using JobForge.Application.Publishing;
using JobForge.Application.RateLimits;
using JobForge.Application.Runs;
using JobForge.Application.Steps;
using JobForge.Application.Steps.Handlers.Command;
using JobForge.Application.Templates;
using JobForge.Application.Triggers;
using JobForge.Domain.Templates;
using JobForge.Domain.Triggers;
using JobForge.Functions.Timers;
using JobForge.Storage.Configuration;
using JobForge.Storage.Events;
using JobForge.Storage.Runs;
using JobForge.TestKit;
using JobForge.TestKit.Hosting;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace JobForge.Functions.Tests.Timers;

/// <summary>
/// One Functions app instance as the worker composes it for the timers: the shared <c>AddJobForge…</c> registrations
/// from src/Application plus <see cref="TimerFunctionsServiceCollectionExtensions.AddJobForgeTimerFunctions"/>, in a
/// container of its own with its own <see cref="FakeTimeProvider"/>. Two of them on the same settings are two instances
/// of one app sharing a storage account. No hosted service is started: on Functions the timers are the loops.
/// </summary>
internal sealed class TimerTestApp : IAsyncDisposable
{
    public const string Scan = "autopilot.ops.scan";
    public static readonly DateTimeOffset Start = new(2026, 3, 1, 10, 0, 0, TimeSpan.Zero);

    private TimerTestApp(ServiceProvider services, FakeTimeProvider clock)
    {
        Services = services;
        Clock = clock;
    }

    public ServiceProvider Services { get; }

    public FakeTimeProvider Clock { get; }

    public TriggerScheduler Scheduler => Services.GetRequiredService<TriggerScheduler>();

    /// <summary>Settings with names of their own (tables, containers, queue, lease) on the shared Azurite, triggers and jobs on.</summary>
    public static async Task<Dictionary<string, string?>> SettingsAsync(IReadOnlyDictionary<string, string?>? extra = null) =>
        (await UniqueStorageSettings.ForSharedAzuriteAsync("bootstrap-key-for-timer-tests-0123456789abcdef"))
        .WithEventEncryption()
        .WithJobStores()
        .WithTriggerStores()
        .WithSchedulerLease()
        .WithStorageQueue()
        .With(JobForgeTestServer.UnreachableOpsModule)
        .With(new Dictionary<string, string?>
        {
            ["JOBFORGE_POLICY_TOKEN_SECRET"] = "timers-policy-secret-0123456789abcdef",
            ["JOBFORGE_EVENTS_ENABLED"] = "1",
            ["JOBFORGE_AUTOPILOT_JOBS_ENABLED"] = "1",
            ["JOBFORGE_TRIGGERS_ENABLED"] = "1",
        })
        .With(extra)
        .ToDictionary();

    /// <summary>
    /// Composes one instance at <see cref="Start"/>; <paramref name="configure"/> may replace services (before the shared
    /// ones, which TryAdd) and <paramref name="after"/> may remove some (after them).
    /// </summary>
    public static TimerTestApp Create(IReadOnlyDictionary<string, string?> settings, Action<IServiceCollection>? configure = null, Action<IServiceCollection>? after = null)
    {
        var clock = new FakeTimeProvider(Start);
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddLogging();
        services.AddSingleton<TimeProvider>(clock);
        configure?.Invoke(services);
        services.AddJobForgeStorage();
        services.AddJobForgeEventStore();
        services.AddJobForgeFlags();
        services.AddJobForgeAuth();
        services.AddJobForgeAudit();
        services.AddJobForgeRateLimiting();
        services.AddJobForgeEvents();
        services.AddJobForgePolicyTokens();
        services.AddJobForgePublishing();
        services.AddJobForgeTemplates();
        services.AddJobForgeJobs();
        services.AddJobForgeRunStreams();
        services.AddJobForgeSteps();
        services.AddJobForgeCommandStep();
        services.AddJobForgeArtifacts();
        services.AddJobForgeRunEngine();
        services.AddJobForgeTriggers();
        services.AddJobForgeTimerFunctions();
        after?.Invoke(services);
        return new TimerTestApp(services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true }), clock);
    }

    /// <summary>Invokes the scheduler timer function as the Functions host would.</summary>
    public Task TickSchedulerAsync() => Services.GetRequiredService<TriggerSchedulerTimerFunction>().RunAsync(new TimerInfo(), null, CancellationToken.None);

    /// <summary>Invokes the outbox timer function as the Functions host would.</summary>
    public Task TickOutboxAsync() => Services.GetRequiredService<OutboxTimerFunction>().RunAsync(new TimerInfo(), null, CancellationToken.None);

    public SweepTimerFunctions Sweeps => Services.GetRequiredService<SweepTimerFunctions>();

    /// <summary>A new tenant with the scan template enabled.</summary>
    public async Task<string> NewTenantAsync()
    {
        var tenant = UniqueNames.Next("tenant");
        await Services.GetRequiredService<ITemplateStore>().SetEnablementAsync(new TemplateEnablement(tenant, Scan, true, Clock.GetUtcNow(), "timer-tests"));
        return tenant;
    }

    /// <summary>Stores an enabled trigger of the scan template (as the create endpoint would, minus HTTP); returns its id.</summary>
    public async Task<string> CreateTriggerAsync(string tenant, string typeFields)
    {
        using var body = JsonDocument.Parse(
            $$"""{"tenant_id":"{{tenant}}","name":"timer test","target_template_key":"{{Scan}}","target_inputs":{"target":"vm-1"},"enabled":true,"safety":{"cooldown_seconds":0,"max_runs_per_hour":100000},{{typeFields}}}""");
        var parsed = TriggerRequestParser.ParseCreate(body.RootElement, new TriggerParseContext(UniqueNames.Next("trg"), Clock.GetUtcNow(), TriggerTimeZones.Find));
        var trigger = parsed.Trigger ?? throw new InvalidOperationException(string.Join("; ", parsed.Problems.Select(p => p.ToString())));
        var written = await Services.GetRequiredService<ITriggerStore>().CreateAsync(tenant, trigger);
        Assert.NotNull(written.Stored);
        return trigger.Id;
    }

    /// <summary>The run rows and idempotency claims of <paramref name="tenant"/>, read straight from the run table.</summary>
    public async Task<(int Runs, HashSet<string> Claims)> LedgerAsync(string tenant)
    {
        var table = Services.GetRequiredService<StorageClients>().Tables.GetTableClient(Services.GetRequiredService<IOptions<RunStoreOptions>>().Value.TableName);
        await table.CreateIfNotExistsAsync();
        var (runs, claims) = (0, new HashSet<string>(StringComparer.Ordinal));
        await foreach (var entity in table.QueryAsync<TableEntity>(e => e.PartitionKey == tenant, select: ["RowKey"]))
        {
            if (entity.RowKey.StartsWith("idem_", StringComparison.Ordinal))
            {
                claims.Add(entity.RowKey);
            }
            else
            {
                runs++;
            }
        }

        return (runs, claims);
    }

    /// <summary>The run store's claim row key for a run of <paramref name="templateKey"/> under <paramref name="idempotencyKey"/>.</summary>
    public static string Claim(string templateKey, string idempotencyKey) =>
        "idem_" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(templateKey + "\n" + idempotencyKey)));

    /// <summary>Every decision recorded for the trigger.</summary>
    public async Task<IReadOnlyList<TriggerDecisionRecord>> DecisionsAsync(string tenant, string triggerId) =>
        (await Services.GetRequiredService<ITriggerDecisionLog>().ListAsync(tenant, triggerId, null, 200)).Items;

    public ValueTask DisposeAsync() => Services.DisposeAsync();
}
