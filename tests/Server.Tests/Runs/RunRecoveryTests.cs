using System.Text.Json;
using JobForge.Domain.Runs;
using JobForge.Domain.Templates;
using JobForge.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace JobForge.Server.Tests.Runs;

/// <summary>
/// Runs left behind by a worker that died mid-step (its lease lapsed) are taken over by the recovery scan: the attempt
/// in flight runs again under the same attempt number, and an attempt that keeps killing its workers becomes poison.
/// </summary>
public sealed class RunRecoveryTests(EngineTestServer server) : IClassFixture<EngineTestServer>
{
    private async Task<(string Tenant, string ApiKey, Run Run, RunPlan Plan)> AbandonedRunAsync(int deliveries)
    {
        var tenant = EngineTestServer.NewTenant();
        var key = "recovery." + UniqueNames.Next("t").Replace("-", "_", StringComparison.Ordinal);
        var json = EngineTestServer.ThreeTransforms(key);
        await server.RegisterAsync(tenant, key, json);
        var apiKey = await server.CreateKeyAsync(tenant, "jobs:read");
        using var document = JsonDocument.Parse(json);
        var template = JobTemplateParser.Parse(document.RootElement.Clone()).Template!;
        var services = server.Server.App.Services;
        var now = DateTimeOffset.UtcNow;
        var inputs = """{"n":3}""";
        var run = new Run
        {
            RunId = services.GetRequiredService<IRunIdSource>().NewRunId(),
            TenantId = tenant,
            TemplateKey = key,
            TemplateVersion = template.Version,
            TemplateJson = JobTemplateJson.ToJsonString(template),
            InputsJson = inputs,
            InputsSha256 = CanonicalJson.Sha256Hex(inputs),
            TraceId = "trace-recovery",
            RequestedAt = now.AddMinutes(-1),
        };

        // What a worker that died while running step 'a' (attempt 1) leaves behind: a Running step and a lapsed lease.
        var plan = RunPlanner.Build(template, RunPlanDefaults.Default);
        var started = RunDecider.Decide(plan, RunStateFactory.Initial(plan), new RunStarted(now.AddMinutes(-1))).State;
        var inFlight = started with { Steps = [started.Steps[0] with { Deliveries = deliveries }, .. started.Steps.Skip(1)] };
        var store = services.GetRequiredService<IRunExecutionStore>();
        var created = await services.GetRequiredService<IRunStore>().CreateAsync(tenant, run);
        var saved = await store.SaveAsync(tenant, run.RunId, inFlight, new RunLease("dead-worker", now.AddSeconds(-1)), [], created.Version!);
        Assert.True(saved.Saved);
        await store.SetWorkAsync(new RunWorkItem(tenant, run.RunId, now.AddSeconds(-1)));
        return (tenant, apiKey, run, plan);
    }

    [Fact]
    public async Task AbandonedRun_IsTakenOverByTheScan_AndTheInFlightAttemptRunsAgainUnderTheSameNumber()
    {
        var (_, apiKey, run, _) = await AbandonedRunAsync(deliveries: 1);

        var finished = await server.WaitForAsync(apiKey, run.RunId);

        Assert.Equal("succeeded", finished.GetProperty("status").GetString());
        var first = finished.GetProperty("steps")[0];
        Assert.Equal(1, first.GetProperty("attempts").GetInt32()); // same attempt, same idempotency key
        Assert.All(finished.GetProperty("steps").EnumerateArray(), step => Assert.Equal("succeeded", step.GetProperty("status").GetString()));
    }

    [Fact]
    public async Task AbandonedRun_WhoseAttemptKeptKillingWorkers_FailsAsPoison()
    {
        var (_, apiKey, run, _) = await AbandonedRunAsync(deliveries: 5);

        var finished = await server.WaitForAsync(apiKey, run.RunId);

        Assert.Equal("failed", finished.GetProperty("status").GetString());
        Assert.Equal("poison", finished.GetProperty("failure").GetProperty("type").GetString());
    }
}
