using System.Diagnostics;
using JobForge.Application.Telemetry;
using JobForge.Server.Tests.Triggers;
using OpenTelemetry;
using OpenTelemetry.Trace;

namespace JobForge.Server.Tests.Telemetry;

/// <summary>A trigger evaluation is one <c>jobforge.trigger_fire</c> span, and the job request it makes is its child.</summary>
public sealed class TriggerTraceTests(TriggersTestServer server) : IClassFixture<TriggersTestServer>
{
    [Fact]
    public async Task TestFire_IsATriggerFireSpanWithItsDecisionAndTheDryRunJobRequestAsItsChild()
    {
        var spans = new ExportedSpans();
        // Always on: listeners are process-wide, so a parallel test may leave an unrecorded ASP.NET Core request
        // activity as the parent, and the default parent-based sampler would then drop the spans under test.
        using var tracing = Sdk.CreateTracerProviderBuilder().SetSampler(new AlwaysOnSampler())
            .AddSource(JobForgeTelemetry.ActivitySourceName).AddInMemoryExporter(spans).Build();
        var (tenant, key) = await server.NewAdminAsync();
        var id = (await server.CreateCronAsync(tenant, key, "0 0 * * * *")).GetProperty("id").GetString()!;

        using var test = await server.SendAsync(HttpMethod.Post, key, $"/api/v1/triggers/{id}/test", null);

        Assert.Equal("dry_run", (await TriggersTestServer.JsonAsync(test)).GetProperty("decision").GetString());
        var fire = Assert.Single(spans.Snapshot(), s => s.OperationName == "jobforge.trigger_fire" && Tag(s, Attributes.TriggerId) == id);
        Assert.Equal((tenant, "autopilot.ops.scan", "dry_run"), (Tag(fire, Attributes.TenantId), Tag(fire, Attributes.TemplateKey), Tag(fire, Attributes.Outcome)));
        var request = Assert.Single(spans.Snapshot(), s => s.OperationName == "jobforge.job_request" && s.ParentSpanId == fire.SpanId);
        Assert.Equal(("autopilot.ops.scan", "DryRun"), (Tag(request, Attributes.TemplateKey), Tag(request, Attributes.Outcome)));
    }

    private static string? Tag(Activity span, string name) => span.GetTagItem(name)?.ToString();
}
