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
using JobForge.Storage.Configuration;
using JobForge.Storage.Events;
using JobForge.TestKit.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace JobForge.Functions.Tests.Scenarios;

/// <summary>
/// The shared application (src/Application and src/Storage registered as both hosts register them) over Azurite, with
/// the HTTP step allowed to reach the loopback test sink, manifests and replay on, and short run and approval limits.
/// </summary>
public static class ScenarioApp
{
    /// <summary>The run timeout every scenario run has.</summary>
    public static readonly TimeSpan RunTimeout = TimeSpan.FromSeconds(20);

    /// <summary>The approval timeout every scenario run has.</summary>
    public static readonly TimeSpan ApprovalTimeout = TimeSpan.FromSeconds(6);

    /// <summary>Builds (does not start) the app; <paramref name="configure"/> adds the host's run driver.</summary>
    public static async Task<IHost> BuildAsync(Action<IServiceCollection> configure, IReadOnlyDictionary<string, string?>? extra = null)
    {
        var settings = (await UniqueStorageSettings.ForSharedAzuriteAsync("bootstrap-key-for-scenario-tests-0123456789abcdef"))
            .WithEventEncryption()
            .WithRunStore()
            .WithArtifactStore()
            .With(new Dictionary<string, string?>
            {
                ["JobForge:Engine:LeaseDuration"] = "00:00:03",
                ["JobForge:Engine:RecoveryInterval"] = "00:00:00.5",
                ["JobForge:Engine:RunTimeout"] = RunTimeout.ToString("c"),
                ["JobForge:Engine:ApprovalTimeout"] = ApprovalTimeout.ToString("c"),
                ["JobForge:Steps:Http:AllowedHosts:0"] = "127.0.0.1",
                ["JobForge:Steps:Http:AllowPrivateNetworks"] = "true",
                ["JobForge:Steps:Http:SigningSecret"] = "scenario-tests-signing-secret",
                ["JOBFORGE_MANIFESTS_ENABLED"] = "1",
                ["REPLAY_PACK_ENABLED"] = "1",
                ["JOBFORGE_EVENTS_ENABLED"] = "1",
            })
            .With(extra)
            .ToDictionary();
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(settings);
        var services = builder.Services;
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
        services.AddJobForgeSteps();
        services.AddJobForgeCommandStep();
        services.AddJobForgeArtifacts();
        services.AddJobForgeTriggers();
        configure(services);
        services.AddJobForgeRunEngine();
        return builder.Build();
    }
}
