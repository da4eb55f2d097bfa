using System.Diagnostics;
using System.Net;
using JobForge.Application.Telemetry;
using JobForge.Server.Tests.Events;
using JobForge.Server.Tests.Runs;
using JobForge.TestKit;

namespace JobForge.Server.Tests.Telemetry;

/// <summary>One job request through the real server, exported with the in-memory exporter: one connected trace, no secrets.</summary>
public sealed class JobTraceTests(TelemetryTestServer server) : IClassFixture<TelemetryTestServer>
{
    private const string Actor = "alice.liddell.pii"; // an actor id names a person: PII

    // Azurite's well-known development account key (the test storage account's key).
    private const string AzuriteKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    [Fact]
    public async Task JobRequest_ProducesOneConnectedTraceThroughTheRunItsStepsAndTheirStorageCalls_WithNoSecretOrPiiInAnyAttribute()
    {
        var tenant = TelemetryTestServer.NewTenant();
        var key = "trace." + UniqueNames.Next("t").Replace("-", "_", StringComparison.Ordinal);
        using (var put = await server.SendAsync(HttpMethod.Put, EventsTestServer.BootstrapKey, $"/api/v1/templates/{key}", EngineTestServer.ThreeTransforms(key)))
        {
            Assert.True(put.IsSuccessStatusCode, await put.Content.ReadAsStringAsync());
        }

        await server.EnableAsync(tenant, key);
        var apiKey = await server.CreateKeyAsync(tenant, "jobs:write", "jobs:read", "ops:read");

        using var response = await server.PostJobAsync(apiKey,
            $$$"""{"tenant_id":"{{{tenant}}}","template_key":"{{{key}}}","actor_id":"{{{Actor}}}","inputs":{"n":7}}""");
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, await response.Content.ReadAsStringAsync());
        var runId = (await TelemetryTestServer.JsonAsync(response)).GetProperty("run_id").GetString()!;

        IReadOnlyList<Activity> trace = [];
        Activity? request = null;
        await Eventually.TrueAsync(() =>
        {
            request = server.Spans.FirstOrDefault(s => s.OperationName == "jobforge.job_request" && Tag(s, Attributes.RunId) == runId);
            trace = request is null ? [] : server.Spans.Where(s => s.TraceId == request.TraceId).ToList();
            return Task.FromResult(trace.Count(s => s.OperationName == "jobforge.step_attempt") == 3
                && trace.Any(s => s.OperationName == "jobforge.run" && s.Duration > TimeSpan.Zero));
        }, TimeSpan.FromSeconds(30), $"the spans of run {runId}");

        // The HTTP server span → the job request → the run → each step attempt.
        var http = Assert.Single(trace, s => s.Kind == ActivityKind.Server && s.SpanId == request!.ParentSpanId);
        Assert.Equal("POST", Tag(http, "http.request.method"));
        var run = Assert.Single(trace, s => s.OperationName == "jobforge.run");
        Assert.Equal(request!.SpanId, run.ParentSpanId);
        Assert.Equal((tenant, runId, key, "succeeded"), (Tag(run, Attributes.TenantId), Tag(run, Attributes.RunId), Tag(run, Attributes.TemplateKey), Tag(run, Attributes.Outcome)));
        var steps = trace.Where(s => s.OperationName == "jobforge.step_attempt").OrderBy(s => s.StartTimeUtc).ToList();
        Assert.Equal(["a", "b", "c"], steps.Select(s => Tag(s, Attributes.StepId)));
        Assert.All(steps, step =>
        {
            Assert.Equal(run.SpanId, step.ParentSpanId);
            Assert.Equal((tenant, runId, "1", "succeeded"), (Tag(step, Attributes.TenantId), Tag(step, Attributes.RunId), Tag(step, Attributes.Attempt), Tag(step, Attributes.Outcome)));
        });

        // The Azure SDK pipeline's storage calls are in the same trace, under the run.
        var storage = trace.Where(s => s.Source.Name.StartsWith("Azure.", StringComparison.Ordinal)).ToList();
        Assert.Contains(storage, s => DescendsFrom(s, run, trace));
        Assert.All(trace, s => Assert.Equal(request.TraceId, s.TraceId));

        // No secret, API key or PII value in any attribute of any span of the trace.
        string[] forbidden = [apiKey, EventsTestServer.BootstrapKey, TelemetryTestServer.PolicySecret, AzuriteKey, Actor, "Bearer", "SharedKey", "AccountKey", "sig="];
        foreach (var span in trace)
        {
            foreach (var (name, value) in span.TagObjects)
            {
                var text = value?.ToString() ?? "";
                Assert.False(forbidden.Any(f => text.Contains(f, StringComparison.OrdinalIgnoreCase)), $"{span.OperationName} attribute {name} = {text}");
            }
        }
    }

    private static string? Tag(Activity span, string name) => span.GetTagItem(name)?.ToString();

    private static bool DescendsFrom(Activity span, Activity ancestor, IReadOnlyList<Activity> trace)
    {
        var current = span;
        for (var depth = 0; depth < 32 && current is not null; depth++)
        {
            if (current.ParentSpanId == ancestor.SpanId)
            {
                return true;
            }

            current = trace.FirstOrDefault(s => s.SpanId == current.ParentSpanId);
        }

        return false;
    }
}
