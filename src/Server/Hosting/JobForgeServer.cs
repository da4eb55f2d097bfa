using JobForge.Server.Errors;
using JobForge.Server.Flags;
using JobForge.Server.Health;
using JobForge.Server.Publishing;
using JobForge.Server.RateLimits;
using JobForge.Storage.Configuration;

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
        builder.Services.AddJobForgeFlags();
        builder.Services.AddJobForgePublishing();
        builder.Services.AddJobForgeRateLimiting();

        var app = builder.Build();
        _ = app.Services.GetRequiredService<FeatureFlagsReader>(); // malformed flags fail here, naming the key

        app.UseJobForgeErrorEnvelope();
        app.MapHealthEndpoints();
        app.MapFlagEndpoints();
        return app;
    }
}
