using System.Text.Json.Nodes;
using JobForge.Client.Models;

namespace JobForge.Client.Tests;

/// <summary>Triggers, replay and run decisions through the client against the real server.</summary>
public sealed class ClientEvidenceAndTriggerTests(ClientTestServer server) : IClassFixture<ClientTestServer>
{
    [Fact]
    public async Task Triggers_CreateGetListUpdateTestDecisionsAndDelete_RoundTrip()
    {
        var tenant = ClientTestServer.NewTenant();
        var key = await server.RegisterAsync(tenant, ClientTestServer.Quick);
        using var client = server.NewClient(await server.KeyAsync(tenant, "triggers:admin", "ops:read"));

        var created = await client.Triggers.CreateAsync(new JsonObject
        {
            ["tenant_id"] = tenant, ["trigger_type"] = "cron", ["name"] = "Hourly", ["target_template_key"] = key,
            ["target_inputs"] = new JsonObject { ["n"] = 2 }, ["enabled"] = false, ["dry_run"] = true,
            ["cron_expression"] = "0 * * * *", ["time_zone"] = "UTC",
        });
        var read = await client.Triggers.GetAsync(created.Id);
        var listed = new List<string>();
        await foreach (var trigger in client.Triggers.ListAsync())
        {
            listed.Add(trigger.Id);
        }

        var updated = await client.Triggers.UpdateAsync(created.Id, new JsonObject { ["name"] = "Hourly (renamed)" }, ifMatch: read.Version);
        await client.Triggers.TestAsync(created.Id);
        var decisions = await client.Triggers.ListDecisionsAsync(created.Id);
        await client.Triggers.DeleteAsync(created.Id);
        var gone = await Assert.ThrowsAsync<JobForgeException>(() => client.Triggers.GetAsync(created.Id));

        Assert.Equal((key, "cron"), (read.TargetTemplateKey, read.TriggerType));
        Assert.Contains(created.Id, listed);
        Assert.Equal("Hourly (renamed)", updated.Name);
        Assert.Contains(decisions.Items, d => d.Test);
        Assert.Equal("not_found", gone.Type);
    }

    [Fact]
    public async Task Replay_BundleDryRunAndImport_OfAFinishedRun_AreIdentical()
    {
        var tenant = ClientTestServer.NewTenant();
        var key = await server.RegisterAsync(tenant, ClientTestServer.Quick);
        using var client = server.NewClient(await server.KeyAsync(tenant, "jobs:write", "jobs:read", "ops:read"));
        var runId = (await client.Jobs.RequestAsync(new JobRequest(tenant, key))).RunId;
        await client.Jobs.WaitForCompletionAsync(runId);

        System.Text.Json.JsonElement bundle = default;
        await JobForge.TestKit.Eventually.TrueAsync(async () => // evidence is written just after the final state
        {
            try
            {
                bundle = await client.Replays.GetBundleAsync(runId);
                return true;
            }
            catch (JobForgeException e) when (e.Type == "not_found")
            {
                return false;
            }
        }, TimeSpan.FromSeconds(20), "the replay bundle");
        var dryRun = await client.Replays.DryRunAsync(runId);
        var imported = await client.Replays.ImportAsync(bundle);

        Assert.True(dryRun.Identical, string.Join("; ", dryRun.Differences.Select(d => d.Path)));
        Assert.True(imported.Identical, string.Join("; ", imported.Differences.Select(d => d.Path)));
    }

    [Fact]
    public async Task Decisions_RejectAndCancel_EndTheirRuns_AsWaitReports()
    {
        var tenant = ClientTestServer.NewTenant();
        var key = await server.RegisterAsync(tenant, ClientTestServer.Approval);
        using var requester = server.NewClient(await server.KeyAsync(tenant, "jobs:write", "jobs:read", "ops:read"));
        using var approver = server.NewClient(await server.KeyAsync(tenant, "jobs:approve", "jobs:read"));
        var rejected = (await requester.Jobs.RequestAsync(new JobRequest(tenant, key))).RunId;
        var canceled = (await requester.Jobs.RequestAsync(new JobRequest(tenant, key))).RunId;
        await WaitForStatusAsync(requester, rejected, "awaiting_approval");
        await WaitForStatusAsync(requester, canceled, "awaiting_approval");

        await approver.Jobs.RejectAsync(rejected, "no");
        await requester.Jobs.CancelAsync(canceled, "not needed");

        Assert.Equal("failed", (await requester.Jobs.WaitForCompletionAsync(rejected)).Status);
        Assert.Equal("canceled", (await requester.Jobs.WaitForCompletionAsync(canceled)).Status);
    }

    private static async Task WaitForStatusAsync(JobForgeClient client, string runId, string status)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await foreach (var update in client.Jobs.WatchAsync(runId, cancellationToken: timeout.Token))
        {
            if (update.Run.Status == status || RunStatuses.IsFinal(update.Run.Status))
            {
                return;
            }
        }
    }
}
