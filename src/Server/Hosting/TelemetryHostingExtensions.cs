using Azure.Monitor.OpenTelemetry.AspNetCore;
using JobForge.Application.Telemetry;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace JobForge.Server.Hosting;

/// <summary>
/// OpenTelemetry for the host: traces (ASP.NET Core, HttpClient, the Azure SDKs' <c>Azure.*</c> sources, JobForge's own
/// spans), metrics (the same plus JobForge's meters) and logs. Exported over OTLP when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>
/// is set, to Azure Monitor when <c>APPLICATIONINSIGHTS_CONNECTION_STRING</c> is set. With neither, no provider is
/// built, so no span or measurement is even recorded (no cost); a host or test that calls
/// <c>AddOpenTelemetry().WithTracing(…)</c> itself gets the same sources and instrumentation.
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

        builder.Services.ConfigureOpenTelemetryTracerProvider(tracing => tracing
            .AddSource(JobForgeTelemetry.ActivitySourceName)
            .AddSource("Azure.*")
            .AddAspNetCoreInstrumentation()
            .AddHttpClientInstrumentation());
        builder.Services.ConfigureOpenTelemetryMeterProvider(metrics => metrics
            .AddMeter(JobForgeMetrics.MeterName, JobForgeMetrics.StepsMeterName)
            .AddAspNetCoreInstrumentation()
            .AddHttpClientInstrumentation());

        var otlp = !string.IsNullOrWhiteSpace(builder.Configuration[OtlpEndpointKey]);
        var azureMonitor = !string.IsNullOrWhiteSpace(builder.Configuration[AzureMonitorKey]);
        if (!otlp && !azureMonitor)
        {
            return builder;
        }

        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(ServiceName))
            .WithTracing(_ => { })
            .WithMetrics(_ => { })
            .WithLogging(_ => { }, logging => logging.IncludeScopes = true);
        if (otlp)
        {
            telemetry.UseOtlpExporter();
        }

        if (azureMonitor)
        {
            telemetry.UseAzureMonitor();
        }

        return builder;
    }
}
