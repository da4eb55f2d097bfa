using JobForge.Application.Hosting;
using JobForge.Application.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace JobForge.Functions.Hosting;

/// <summary>The worker's cross-cutting defaults, the server's where they apply: settings checks, JSON shape, clock.</summary>
public static class FunctionsDefaultsExtensions
{
    /// <summary>
    /// Fails start-up on an unresolved Key Vault reference (as the server does), gives the ASP.NET Core integration the
    /// API's snake_case JSON, and registers the system clock unless a test registered its own.
    /// </summary>
    public static FunctionsApplicationBuilder AddJobForgeFunctionsDefaults(this FunctionsApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        UnresolvedKeyVaultReferences.ThrowIfAny(builder.Configuration);
        builder.Services.Configure<JsonOptions>(json => ApiJson.Configure(json.SerializerOptions));
        builder.Services.TryAddSingleton(TimeProvider.System);
        return builder;
    }
}
