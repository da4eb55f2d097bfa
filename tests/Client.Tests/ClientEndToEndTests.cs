using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;

namespace JobForge.Client.Tests;

/// <summary>The client against the real server on Kestrel and Azurite: every area at least once, errors as envelopes.</summary>
public sealed class ClientEndToEndTests(ClientTestServer server) : IClassFixture<ClientTestServer>
{
    private static JsonObject Event(string tenant, string type) => new()
    {
        ["tenant_id"] = tenant, ["event_type"] = type, ["source_app"] = "settler", ["source_module"] = "ops",
        ["payload"] = new JsonObject { ["severity"] = "warning" },
    };

    [Fact]
    public async Task Events_SubmittedThenListed_FollowTheCursorsAcrossPages_AndARepeatedIdempotencyKeyIsADuplicate()
    {
        var tenant = ClientTestServer.NewTenant();
        using var client = server.NewClient(await server.KeyAsync(tenant, "events:write", "events:read"));
        for (var i = 0; i < 5; i++)
        {
            await client.Events.SubmitAsync(Event(tenant, "client.tick"));
        }

        var first = await client.Events.SubmitAsync(Event(tenant, "client.once"), idempotencyKey: "once-1");
        var again = await client.Events.SubmitAsync(Event(tenant, "client.once"), idempotencyKey: "once-1");

        var ticks = new List<string>();
        await foreach (var item in client.Events.ListAsync(new Dictionary<string, string> { ["event_type"] = "client.tick", ["limit"] = "2" }))
        {
            ticks.Add(item.GetProperty("event_id").GetString()!);
        }

        Assert.Equal(5, ticks.Distinct().Count());
        Assert.False(first.Duplicate);
        Assert.True(again.Duplicate);
        Assert.Equal(first.EventId, again.EventId);
    }

    [Fact]
    public async Task Jobs_DryRunRequestWaitGetListAndEvidence_WorkEndToEnd_AndAnIdempotentRepeatReturnsTheSameRun()
    {
        var tenant = ClientTestServer.NewTenant();
        var key = await server.RegisterAsync(tenant, ClientTestServer.Quick);
        using var client = server.NewClient(await server.KeyAsync(tenant, "jobs:write", "jobs:read", "ops:read"));
        var request = new JobRequest(tenant, key) { Inputs = new JsonObject { ["n"] = 7 }, IdempotencyKey = "client-idem-1" };

        var dryRun = await client.Jobs.DryRunAsync(request with { IdempotencyKey = null });
        var accepted = await client.Jobs.RequestAsync(request);
        var repeated = await client.Jobs.RequestAsync(request);
        var finished = await client.Jobs.WaitForCompletionAsync(accepted.RunId);
        var read = await client.Jobs.GetAsync(accepted.RunId, includeOutputs: true);
        var listed = new List<string>();
        await foreach (var run in client.Jobs.ListAsync(new Dictionary<string, string> { ["limit"] = "1" }))
        {
            listed.Add(run.RunId);
        }

        Assert.True(dryRun.DryRun);
        Assert.Equal(["only"], dryRun.Plan.Select(s => s.Id));
        Assert.Equal(accepted.RunId, repeated.RunId);
        Assert.Equal("succeeded", finished.Status);
        Assert.Equal(7, read.Inputs.GetProperty("n").GetInt32());
        Assert.Equal("succeeded", Assert.Single(read.Steps).Status);
        Assert.Equal(7, read.Steps[0].Outputs!.Value.GetProperty("value").GetInt32());
        Assert.Equal([accepted.RunId], listed);

        var artifacts = await client.Artifacts.ListAsync(accepted.RunId);
        var manifest = await client.Artifacts.GetManifestAsync(accepted.RunId);
        var markdown = await client.Artifacts.GetManifestMarkdownAsync(accepted.RunId);
        Assert.NotEmpty(artifacts.Artifacts);
        Assert.Equal(accepted.RunId, manifest.RunId);
        Assert.False(string.IsNullOrEmpty(manifest.Status));
        Assert.StartsWith("# Run report: " + key, markdown, StringComparison.Ordinal);
        var content = await client.Artifacts.GetContentAsync(accepted.RunId, artifacts.Artifacts[0].Name);
        Assert.Equal(artifacts.Artifacts[0].Size, content.Length);
    }

    [Fact]
    public async Task Jobs_ApprovalRun_IsWatchedLiveAndApproved_ThenWaitReturnsTheFinalState()
    {
        var tenant = ClientTestServer.NewTenant();
        var key = await server.RegisterAsync(tenant, ClientTestServer.Approval);
        using var requester = server.NewClient(await server.KeyAsync(tenant, "jobs:write", "jobs:read", "ops:read"));
        using var approver = server.NewClient(await server.KeyAsync(tenant, "jobs:approve", "jobs:read"));
        var runId = (await requester.Jobs.RequestAsync(new JobRequest(tenant, key))).RunId;

        var updates = new List<string>();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await foreach (var update in requester.Jobs.WatchAsync(runId, cancellationToken: timeout.Token))
        {
            updates.Add(update.Run.Status);
            if (update.Run.Status == "awaiting_approval" && updates.Count(s => s == "awaiting_approval") == 1)
            {
                Assert.Equal("approve", (await approver.Jobs.ApproveAsync(runId, "fine")).Accepted);
            }
        }

        Assert.Contains("awaiting_approval", updates);
        Assert.Equal("succeeded", updates[^1]);
        Assert.Equal("succeeded", (await requester.Jobs.WaitForCompletionAsync(runId)).Status);
    }

    [Fact]
    public async Task Errors_BecomeJobForgeExceptions_WithTheEnvelopesTypeMessageDetailsAndTraceId()
    {
        var tenant = ClientTestServer.NewTenant();
        using var client = server.NewClient(await server.KeyAsync(tenant, "jobs:write", "jobs:read"));

        var missing = await Assert.ThrowsAsync<JobForgeException>(() => client.Jobs.GetAsync("run_0123456789abcdef0123456789abcdef"));
        var invalid = await Assert.ThrowsAsync<JobForgeException>(() => client.Jobs.RequestAsync(new JobRequest(tenant, "Not A Key")));
        using var stranger = server.NewClient("not-a-real-key-0123456789");
        var unauthorized = await Assert.ThrowsAsync<JobForgeException>(() => stranger.Jobs.GetAsync("run_0123456789abcdef0123456789abcdef"));

        Assert.Equal((HttpStatusCode.NotFound, "not_found"), (missing.StatusCode, missing.Type));
        Assert.False(string.IsNullOrEmpty(missing.TraceId));
        Assert.Equal((HttpStatusCode.BadRequest, "validation_failed"), (invalid.StatusCode, invalid.Type));
        Assert.NotNull(invalid.Details);
        Assert.Equal(HttpStatusCode.Unauthorized, unauthorized.StatusCode);
        Assert.DoesNotContain("not-a-real-key", unauthorized.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PolicyTokens_ApiKeys_HealthAndFlags_RoundTrip()
    {
        var tenant = ClientTestServer.NewTenant();
        using var issuer = server.NewClient(await server.KeyAsync(tenant, "policy:issue", "jobs:write"));
        using var admin = server.Admin();

        var minted = await issuer.PolicyTokens.MintAsync(tenant, "alice", "autopilot.ops.apply", ["ops:write"]);
        var valid = await issuer.PolicyTokens.ValidateAsync(minted.Token, "autopilot.ops.apply", tenant, "alice");
        var revoked = await issuer.PolicyTokens.RevokeAsync(minted.Jti);
        var afterRevoke = await issuer.PolicyTokens.ValidateAsync(minted.Token, "autopilot.ops.apply", tenant, "alice");

        Assert.True(valid.Allowed);
        Assert.Equal(minted.Jti, revoked.Jti);
        Assert.False(afterRevoke.Allowed);

        var created = await admin.ApiKeys.CreateAsync("temp", tenant, ["jobs:read"]);
        Assert.Equal(created.KeyId, (await admin.ApiKeys.GetAsync(created.KeyId)).KeyId);
        Assert.Contains((await admin.ApiKeys.ListAsync()).Keys, k => k.KeyId == created.KeyId);
        Assert.True((await admin.ApiKeys.RevokeAsync(created.KeyId)).Revoked);

        Assert.False(string.IsNullOrEmpty((await admin.GetHealthAsync()).Status));
        Assert.True((await admin.GetFlagsAsync()).Count > 0);
    }

    [Fact]
    public async Task AddJobForgeClient_ResolvesATypedClientFromTheHttpClientFactory_ThatCallsTheServer()
    {
        var services = new ServiceCollection();
        services.AddJobForgeClient(options =>
        {
            options.BaseAddress = server.Address;
            options.ApiKey = ClientTestServer.BootstrapKey;
        });
        await using var provider = services.BuildServiceProvider();

        var client = provider.GetRequiredService<JobForgeClient>();

        Assert.NotEmpty((await client.Templates.ListAsync(ClientTestServer.NewTenant())).Templates);
    }
}
