using JobForge.Application.Admission;
using JobForge.Application.Artifacts;
using JobForge.Application.Audit;
using JobForge.Application.Contracts;
using JobForge.Application.Auth;
using JobForge.Application.Events;
using JobForge.Application.Flags;
using JobForge.Application.Health;
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
using JobForge.Application.Hosting;
using JobForge.Server.Dashboard;
using JobForge.Storage.Configuration;
using JobForge.Storage.Events;
using JobForge.Server.Mcp;

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
        builder.Services.AddJobForgeAdmission();
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
        builder.Services.AddJobForgeBackgroundLoops();
        builder.Services.AddJobForgeMcp();

        var app = builder.Build();
        _ = app.Services.GetRequiredService<FeatureFlagsReader>(); // malformed flags fail here, naming the key

        app.UseMiddleware<RequestLog>(); // Logging:LogLevel:JobForge.Requests=Information logs every request, query redacted
        app.UseJobForgeApiPipeline();
        app.UseJobForgeDashboard();
        app.MapHealthEndpoints();
        app.MapFlagEndpoints();
        app.MapApiKeyEndpoints();
        app.MapCallerEndpoints();
        app.MapEventEndpoints();
        app.MapAuditEndpoints();
        app.MapPolicyTokenEndpoints();
        app.MapTemplateEndpoints();
        app.MapContractEndpoints();
        app.MapJobEndpoints();
        app.MapRunStreamEndpoints();
        app.MapEngineEndpoints();
        app.MapArtifactEndpoints();
        app.MapTriggerEndpoints();
        app.MapJobForgeOpenApi();
        app.MapJobForgeMcp();
        return app;
    }
}
