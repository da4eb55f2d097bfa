using JobForge.Server.Artifacts;
using JobForge.Server.Audit;
using JobForge.Server.Contracts;
using JobForge.Server.Auth;
using JobForge.Server.Errors;
using JobForge.Server.Events;
using JobForge.Server.Flags;
using JobForge.Server.Health;
using JobForge.Server.Jobs;
using JobForge.Server.OpenApi;
using JobForge.Server.Policy;
using JobForge.Server.Publishing;
using JobForge.Server.RateLimits;
using JobForge.Server.Runs;
using JobForge.Server.Steps;
using JobForge.Server.Steps.Handlers.Command;
using JobForge.Server.Templates;
using JobForge.Server.Triggers;
using JobForge.Storage.Configuration;
using JobForge.Storage.Events;

namespace JobForge.Server.Hosting;

/// <summary>
/// The server's table of contents: what it registers and maps, in order. <c>Program</c> runs it; tests build it with
/// their own settings and a real Kestrel on 127.0.0.1:0.
/// </summary>
public static class JobForgeServer
{
    /// <summary>Builds the server from command-line <paramref name="args"/>; <paramref name="configure"/> may override settings.</summary>
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        configure?.Invoke(builder);

        builder.AddJobForgeServerDefaults();
        builder.Services.AddJobForgeStorage();
        builder.Services.AddJobForgeEventStore();
        builder.Services.AddJobForgeFlags();
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

        var app = builder.Build();
        _ = app.Services.GetRequiredService<FeatureFlagsReader>(); // malformed flags fail here, naming the key

        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseJobForgeErrorEnvelope();
        app.UseJobForgeAuthentication();
        app.MapHealthEndpoints();
        app.MapFlagEndpoints();
        app.MapApiKeyEndpoints();
        app.MapEventEndpoints();
        app.MapAuditEndpoints();
        app.MapPolicyTokenEndpoints();
        app.MapTemplateEndpoints();
        app.MapContractEndpoints();
        app.MapJobEndpoints();
        app.MapRunStreamEndpoints();
        app.MapArtifactEndpoints();
        app.MapTriggerEndpoints();
        app.MapJobForgeOpenApi();
        return app;
    }
}
