using System.Globalization;
using System.Net;

namespace JobForge.Server.Tests.Jobs;

/// <summary><c>GET /api/v1/jobs/{run_id}/stream</c> on a real server with the engine running against Azurite.</summary>
public sealed class RunStreamTests(StreamTestServer server) : IClassFixture<StreamTestServer>
{
    private static int Id(ServerSentEvent e) => int.Parse(e.Id!, CultureInfo.InvariantCulture);

    [Fact]
    public async Task Stream_OfRunFinishedBeforeConnecting_SendsTheFinalStateOnceAndCloses()
    {
        var tenant = StreamTestServer.NewTenant();
        var key = StreamTestServer.NewKey();
        await server.RegisterAsync(tenant, key, StreamTestServer.QuickTemplate(key));
        var apiKey = await server.CreateKeyAsync(tenant, "jobs:write", "jobs:read", "ops:read");
        var runId = await server.RequestAsync(apiKey, tenant, key);
        await server.WaitForAsync(apiKey, runId, "succeeded");

        using var response = await server.OpenAsync(apiKey, $"/api/v1/jobs/{runId}/stream");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType!.MediaType);
        var events = await StreamTestServer.ReadToEndAsync(response);

        var only = Assert.Single(events);
        Assert.Equal("final", only.Name);
        Assert.Equal("succeeded", only.Status);
        Assert.Equal(runId, only.Json.GetProperty("run_id").GetString());
        Assert.Equal("succeeded", only.Json.GetProperty("steps")[0].GetProperty("status").GetString());
    }

    [Fact]
    public async Task Stream_OfLiveRun_SendsCurrentStateAndHeartbeatsThenChangesThenFinal()
    {
        var (requester, approver, runId) = await RunAwaitingApprovalAsync();

        using var response = await server.OpenAsync(requester, $"/api/v1/jobs/{runId}/stream");
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        using var reader = new ServerSentEventReader(await response.Content.ReadAsStreamAsync(timeout.Token));
        var first = await reader.NextAsync(timeout.Token);
        Assert.Equal("run", first!.Name);
        Assert.Equal("awaiting_approval", first.Status);
        await reader.WaitForCommentAsync(timeout.Token); // nothing changes while it waits: a heartbeat keeps the line open

        await server.ApproveAsync(approver, runId);
        var rest = new List<ServerSentEvent>();
        while (await reader.NextAsync(timeout.Token) is { } next)
        {
            rest.Add(next);
        }

        var all = rest.Prepend(first).ToList();
        Assert.Equal(all.Select(Id).Order(), all.Select(Id));
        Assert.Equal(all.Count, all.Select(Id).Distinct().Count());
        Assert.Equal("final", all[^1].Name);
        Assert.Equal("succeeded", all[^1].Status);
        Assert.All(all[..^1], e => Assert.Equal("run", e.Name));
    }

    [Fact]
    public async Task Stream_DroppedAndResumedWithLastEventId_SendsOnlyLaterStates_AndNothingAfterTheFinalOne()
    {
        var (requester, approver, runId) = await RunAwaitingApprovalAsync();

        ServerSentEvent first;
        using (var dropped = await server.OpenAsync(requester, $"/api/v1/jobs/{runId}/stream"))
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            using var reader = new ServerSentEventReader(await dropped.Content.ReadAsStreamAsync(timeout.Token));
            first = (await reader.NextAsync(timeout.Token))!;
        }

        await server.ApproveAsync(approver, runId);
        await server.WaitForAsync(requester, runId, "succeeded");

        using var resumed = await server.OpenAsync(requester, $"/api/v1/jobs/{runId}/stream", first.Id);
        var events = await StreamTestServer.ReadToEndAsync(resumed);
        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.True(Id(e) > Id(first), $"event {e.Id} is not after {first.Id}"));
        Assert.Equal("succeeded", events[^1].Status);

        using var again = await server.OpenAsync(requester, $"/api/v1/jobs/{runId}/stream", events[^1].Id);
        Assert.Empty(await StreamTestServer.ReadToEndAsync(again));
    }

    [Fact]
    public async Task Stream_ToSlowConsumer_DeliversTheLatestStatesInOrderWhenItReads()
    {
        var (requester, approver, runId) = await RunAwaitingApprovalAsync();

        using var response = await server.OpenAsync(requester, $"/api/v1/jobs/{runId}/stream");
        await server.ApproveAsync(approver, runId); // the consumer reads nothing while the run finishes
        await server.WaitForAsync(requester, runId, "succeeded");
        var events = await StreamTestServer.ReadToEndAsync(response);

        Assert.Equal("awaiting_approval", events[0].Status);
        Assert.Equal("succeeded", events[^1].Status);
        Assert.Equal(events.Select(Id).Order(), events.Select(Id));
        Assert.Equal(events.Count, events.Select(Id).Distinct().Count());
    }

    [Fact]
    public async Task Stream_ForAnotherTenantsRun_Is404_WithTheEnvelope_AndWithoutKeyIs401()
    {
        var tenant = StreamTestServer.NewTenant();
        var key = StreamTestServer.NewKey();
        await server.RegisterAsync(tenant, key, StreamTestServer.QuickTemplate(key));
        var owner = await server.CreateKeyAsync(tenant, "jobs:write", "jobs:read", "ops:read");
        var stranger = await server.CreateKeyAsync(StreamTestServer.NewTenant(), "jobs:read");
        var runId = await server.RequestAsync(owner, tenant, key);

        using var other = await server.OpenAsync(stranger, $"/api/v1/jobs/{runId}/stream");
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        Assert.Equal("not_found", await JobsTestServer.ErrorTypeAsync(other));

        using var anonymous = await server.OpenAsync(null, $"/api/v1/jobs/{runId}/stream");
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.True((await JobsTestServer.JsonAsync(anonymous)).TryGetProperty("error", out _));

        using var badId = await server.OpenAsync(owner, $"/api/v1/jobs/{runId}/stream", "not-a-number");
        Assert.Equal(HttpStatusCode.BadRequest, badId.StatusCode);
        Assert.Equal("validation_failed", await JobsTestServer.ErrorTypeAsync(badId));
    }

    [Fact]
    public async Task TenantStream_SendsUnfinishedRunsThenNewOnes_RefusesOtherTenants_AndResumesWithoutDuplicates()
    {
        var tenant = StreamTestServer.NewTenant();
        var key = StreamTestServer.NewKey();
        await server.RegisterAsync(tenant, key, StreamTestServer.ApprovalTemplate(key));
        var requester = await server.CreateKeyAsync(tenant, "jobs:write", "jobs:read", "ops:read");
        var approver = await server.CreateKeyAsync(tenant, "jobs:approve", "jobs:read");
        var waiting = await server.RequestAsync(requester, tenant, key);
        await server.WaitForAsync(requester, waiting, "awaiting_approval");

        using (var refused = await server.OpenAsync(await server.CreateKeyAsync(StreamTestServer.NewTenant(), "jobs:read"), $"/api/v1/jobs/stream?tenant_id={tenant}"))
        {
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
            Assert.Equal("forbidden", await JobsTestServer.ErrorTypeAsync(refused));
        }

        string resumeFrom;
        using (var response = await server.OpenAsync(requester, "/api/v1/jobs/stream"))
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            using var reader = new ServerSentEventReader(await response.Content.ReadAsStreamAsync(timeout.Token));
            var first = (await reader.NextAsync(timeout.Token))!;
            Assert.Equal((waiting, "awaiting_approval"), (first.Json.GetProperty("run_id").GetString(), first.Status));
            resumeFrom = first.Id!;
        }

        await server.ApproveAsync(approver, waiting);
        await server.WaitForAsync(requester, waiting, "succeeded");
        var second = await server.RequestAsync(requester, tenant, key);
        await server.WaitForAsync(requester, second, "awaiting_approval");

        using var resumed = await server.OpenAsync(requester, "/api/v1/jobs/stream", resumeFrom);
        using var resumedTimeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        using var resumedReader = new ServerSentEventReader(await resumed.Content.ReadAsStreamAsync(resumedTimeout.Token));
        var seen = new List<(string RunId, string Status)>();
        while (seen.Count < 2)
        {
            var next = (await resumedReader.NextAsync(resumedTimeout.Token))!;
            seen.Add((next.Json.GetProperty("run_id").GetString()!, next.Status));
        }

        Assert.Equal([(waiting, "succeeded"), (second, "awaiting_approval")], seen);
    }

    /// <summary>A run of a fresh approval template in a fresh tenant, waiting for approval; the keys that asked and may approve.</summary>
    private async Task<(string Requester, string Approver, string RunId)> RunAwaitingApprovalAsync()
    {
        var tenant = StreamTestServer.NewTenant();
        var key = StreamTestServer.NewKey();
        await server.RegisterAsync(tenant, key, StreamTestServer.ApprovalTemplate(key));
        var requester = await server.CreateKeyAsync(tenant, "jobs:write", "jobs:read", "ops:read");
        var approver = await server.CreateKeyAsync(tenant, "jobs:approve", "jobs:read");
        var runId = await server.RequestAsync(requester, tenant, key);
        await server.WaitForAsync(requester, runId, "awaiting_approval");
        return (requester, approver, runId);
    }
}
