using JobForge.Application.Hosting;
using JobForge.Application.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace JobForge.Server.Hosting;

/// <summary>The server's cross-cutting defaults: JSON shape, logging, OpenTelemetry, request limits.</summary>
public static class ServerDefaultsExtensions
{
    /// <summary>Bounded request sizes and headers; the API's JSON is snake_case.</summary>
    public const long MaxRequestBodyBytes = 1024 * 1024;

    /// <summary>Applies JobForge's host defaults to <paramref name="builder"/>.</summary>
    public static WebApplicationBuilder AddJobForgeServerDefaults(this WebApplicationBuilder builder)
    {
        UnresolvedKeyVaultReferences.ThrowIfAny(builder.Configuration);
        builder.Logging.AddSimpleConsole(console =>
        {
            console.SingleLine = true;
            console.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ ";
            console.UseUtcTimestamp = true;
            console.IncludeScopes = true;
        });
        // ASP.NET Core's "Request starting/finished" lines (Information) hold the whole URL with its query string, so a
        // credential a client puts there (?access_token=…) would be logged whenever an operator raises Microsoft.AspNetCore
        // to Information: found by tests/Server.Tests/Security/LeakScanTests. This rule is registered after the
        // configuration's, so it wins for this category. The request lines an operator turns on instead are JobForge's
        // own, under 'Logging:LogLevel:JobForge.Requests' (RequestLog), with the query's values redacted.
        builder.Logging.AddFilter("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.Warning);
        builder.AddJobForgeTelemetry();

        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = MaxRequestBodyBytes;
            kestrel.Limits.MaxRequestHeadersTotalSize = 32 * 1024;
            // Large enough that an oversized query parameter reaches the endpoint and gets a 400 envelope; past it Kestrel answers a bare 414.
            kestrel.Limits.MaxRequestLineSize = 16 * 1024;
        });

        builder.Services.Configure<JsonOptions>(json => ApiJson.Configure(json.SerializerOptions));
        builder.Services.TryAddSingleton(TimeProvider.System);
        return builder;
    }

}
