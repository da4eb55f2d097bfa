using System.Diagnostics;
using JobForge.Server.Tests.Jobs;
using JobForge.TestKit;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Trace;

namespace JobForge.Server.Tests.Telemetry;

/// <summary>
/// The whole server with the run engine on and a tracer provider exporting to memory (no exporter is configured, so the
/// server builds none itself: this one gets the server's sources and instrumentation).
/// </summary>
public sealed class TelemetryTestServer : JobsTestServer
{
    private readonly ExportedSpans _spans = new();

    public TelemetryTestServer()
        : base(new Dictionary<string, string?>
        {
            ["JobForge:Engine:Enabled"] = "true",
            ["JobForge:Engine:LeaseDuration"] = "00:00:03",
            ["JobForge:Engine:RecoveryInterval"] = "00:00:00.5",
            ["JobForge:Artifacts:ContainerName"] = UniqueNames.Next("artifacts"),
        })
    {
    }

    /// <summary>Every span the server's tracer provider exported so far (other servers' spans in this process too: filter by trace).</summary>
    public IReadOnlyList<Activity> Spans => _spans.Snapshot();

    protected override void ConfigureServices(IServiceCollection services) =>
        services.AddOpenTelemetry().WithTracing(tracing => tracing.AddInMemoryExporter(_spans));
}
