using JobForge.Application.Admission;
using JobForge.Application.Artifacts;
using JobForge.Application.Audit;
using JobForge.Application.Auth;
using JobForge.Application.Contracts;
using JobForge.Application.Events;
using JobForge.Application.Flags;
using JobForge.Application.Jobs;
using JobForge.Application.OpenApi;
using JobForge.Application.Policy;
using JobForge.Application.Publishing;
using JobForge.Application.RateLimits;
using JobForge.Application.Runs;
using JobForge.Application.Steps;
using JobForge.Application.Steps.Handlers.Command;
using JobForge.Application.Templates;
using JobForge.Application.Triggers;
using JobForge.Functions.Http;
using JobForge.Functions.Runs;
using JobForge.Functions.Timers;
using JobForge.Storage.Configuration;
using JobForge.Storage.Events;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace JobForge.Functions.Hosting;

/// <summary>
/// The Functions app's table of contents: the same shared registrations as the self-hosted server
/// (<c>JobForgeServer.Build</c>) minus its hosted loops, then the HTTP functions' pipeline. <c>Program</c> runs it; tests
/// build it with their own settings and call its functions without the Functions host.
/// </summary>
public static class JobForgeFunctions
{
    /// <summary>Builds the worker from command-line <paramref name="args"/>; <paramref name="configure"/> may override settings.</summary>
    public static IHost Build(string[] args, Action<FunctionsApplicationBuilder>? configure = null)
    {
        var builder = FunctionsApplication.CreateBuilder(args);
        configure?.Invoke(builder);

        builder.ConfigureFunctionsWebApplication();
        builder.AddJobForgeFunctionsDefaults();
        builder.Services.AddJobForgeStorage();
        builder.Services.AddJobForgeEventStore();
        builder.Services.AddJobForgeFlags();
        builder.Services.AddJobForgeAdmission();
        builder.Services.AddJobForgeAuth();
        builder.Services.AddJobForgeAudit();
        builder.Services.AddJobForgeRateLimiting();
        builder.Services.AddJobForgeEvents();
        builder.Services.AddJobForgePolicyTokens();
        builder.Services.AddJobForgePublishing();
        builder.Services.AddJobForgeTemplates();
        builder.Services.AddJobForgeJobs();
        builder.Services.AddJobForgeRunStreams();
        builder.Services.AddJobForgeSteps();
        builder.Services.AddJobForgeCommandStep();
        builder.Services.AddJobForgeArtifacts();
        builder.Services.AddJobForgeRunEngine();
        builder.Services.AddJobForgeTriggers();
        builder.Services.AddJobForgeOpenApi();
        builder.AddJobForgeHttpFunctions();
        builder.Services.AddJobForgeTimerFunctions();
        builder.Services.AddJobForgeDurableRuns();
        // Never AddJobForgeBackgroundLoops: a scaled-to-zero app would not run hosted loops; timers drive those ticks.

        var host = builder.Build();
        _ = host.Services.GetRequiredService<FeatureFlagsReader>(); // malformed flags fail here, naming the key
        return host;
    }
}
