using JobForge.Server.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace JobForge.Server.Tests.Telemetry;

public sealed class TelemetryRegistrationTests
{
    [Fact]
    public async Task NoExporterConfigured_BuildsNoProviders_SoNothingIsRecorded()
    {
        await using var app = RunningServer.Build(new Dictionary<string, string?>());

        Assert.Null(app.Services.GetService<TracerProvider>());
        Assert.Null(app.Services.GetService<MeterProvider>());
        Assert.True(AppContext.TryGetSwitch("Azure.Experimental.EnableActivitySource", out var azureSpans) && azureSpans);
    }

    [Fact]
    public async Task OtlpEndpointSet_BuildsTracerAndMeterProviders()
    {
        // Loopback only; nothing is exported because the app is never started.
        await using var app = RunningServer.Build(new Dictionary<string, string?> { ["OTEL_EXPORTER_OTLP_ENDPOINT"] = "http://127.0.0.1:4317" });

        Assert.NotNull(app.Services.GetService<TracerProvider>());
        Assert.NotNull(app.Services.GetService<MeterProvider>());
    }
}
