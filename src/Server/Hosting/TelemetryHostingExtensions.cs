using Azure.Monitor.OpenTelemetry.AspNetCore;
using JobForge.Server.Steps;
using JobForge.Server.Telemetry;
using OpenTelemetry;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace JobForge.Server.Hosting;

/// <summary>
/// OpenTelemetry for the host: traces (ASP.NET Core, HttpClient, the Azure SDKs' <c>Azure.*</c> sources, JobForge's own
/// spans), metrics (the same plus JobForge's meters) and logs. Exported over OTLP when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>
/// is set, to Azure Monitor when <c>APPLICATIONINSIGHTS_CONNECTION_STRING</c> is set, nowhere otherwise.
/// </summary>
public static class TelemetryHostingExtensions
{
    /// <summary>The OTLP endpoint setting (the standard environment variable).</summary>
    public const string OtlpEndpointKey = "OTEL_EXPORTER_OTLP_ENDPOINT";

    /// <summary>The Application Insights connection string setting (the standard environment variable).</summary>
    public const string AzureMonitorKey = "APPLICATIONINSIGHTS_CONNECTION_STRING";

    /// <summary>The service name on every signal unless <c>OTEL_SERVICE_NAME</c> says otherwise.</summary>
    public const string ServiceName = "jobforge";

    /// <summary>Adds OpenTelemetry to <paramref name="builder"/>; turns the Azure SDKs' activity sources on.</summary>
    public static WebApplicationBuilder AddJobForgeTelemetry(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        AppContext.SetSwitch(JobForgeTelemetry.AzureActivitySourceSwitch, true);

        builder.Logging.AddOpenTelemetry(logging => logging.IncludeScopes = true);
        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(ServiceName))
            .WithTracing(tracing => tracing
                .AddSource(JobForgeTelemetry.ActivitySourceName)
                .AddSource("Azure.*")
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation())
            .WithMetrics(metrics => metrics
                .AddMeter(JobForgeMetrics.MeterName, StepMetrics.MeterName)
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation());

        if (!string.IsNullOrWhiteSpace(builder.Configuration[OtlpEndpointKey]))
        {
            telemetry.UseOtlpExporter();
        }

        if (!string.IsNullOrWhiteSpace(builder.Configuration[AzureMonitorKey]))
        {
            telemetry.UseAzureMonitor();
        }

        return builder;
    }
}
