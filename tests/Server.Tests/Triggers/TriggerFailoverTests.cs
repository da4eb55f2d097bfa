using System.Text.Json;
using JobForge.Domain.Triggers;
using JobForge.Server.Tests.Events;
using JobForge.Server.Tests.Hosting;
using JobForge.Application.Triggers;
using JobForge.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace JobForge.Server.Tests.Triggers;

/// <summary>
/// Two real servers against one Azurite, each running the hosted scheduler with the blob lease. The leader is killed
/// mid-window (it stops without releasing its lease, as a crashed server would); the standby must take over within the
/// lease and an independent oracle — every whole second after each trigger's creation, up to the end of the window —
/// must find exactly one run per slot in the run store: no misses, no duplicates.
/// </summary>
public sealed class TriggerFailoverTests
{
    private const string Scan = "autopilot.ops.scan";

    [Fact]
    public async Task KillTheLeader_TheStandbyTakesOver_AndEverySlotRunsExactlyOnce()
    {
        var isolated = TriggersTestServer.IsolatedSettings();
        isolated["JobForge:Triggers:Scheduler:LeaseContainer"] = UniqueNames.Next("leases");
        isolated["JobForge:Triggers:Scheduler:RenewInterval"] = "00:00:02";
        isolated["JobForge:Triggers:Scheduler:AcquireInterval"] = "00:00:01";
        isolated["JobForge:Triggers:Scheduler:ChangePollInterval"] = "00:00:01";
        var settings = await EventsTestServer.SettingsAsync(isolated);
        await using var a = await RunningServer.StartAsync(settings);
        var schedulerA = a.App.Services.GetRequiredService<TriggerScheduler>();
        await Eventually.TrueAsync(() => Task.FromResult(schedulerA.IsLeader), TimeSpan.FromSeconds(10), "A elected");
        await using var b = await RunningServer.StartAsync(settings);
        var schedulerB = b.App.Services.GetRequiredService<TriggerScheduler>();

        var (tenant, key) = await SetUpTenantAsync(a);
        var created = new List<(string Id, DateTimeOffset UpdatedAt)>();
        for (var i = 0; i < 4; i++)
        {
            using var response = await Send(a, HttpMethod.Post, key, "/api/v1/triggers",
                $$$"""{"tenant_id":"{{{tenant}}}","id":"every-second-{{{i}}}","trigger_type":"cron","name":"s","target_template_key":"{{{Scan}}}","target_inputs":{"target":"vm-{{{i}}}"},"enabled":true,"cron_expression":"* * * * * *","safety":{"cooldown_seconds":0,"max_runs_per_hour":100000}}""");
            Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
            var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
            created.Add((json.GetProperty("id").GetString()!, json.GetProperty("updated_at").GetDateTimeOffset()));
        }

        await Eventually.TrueAsync(async () => (await RunLedger.ReadAsync(a, tenant)).RunCount >= 8, TimeSpan.FromSeconds(60), "A fires");
        Assert.False(schedulerB.IsLeader);
        schedulerA.Abandon(); // killed: no more ticks, the lease is not released
        var killedAt = DateTimeOffset.UtcNow;

        await Eventually.TrueAsync(() => Task.FromResult(schedulerB.IsLeader), TimeSpan.FromSeconds(30), "B takes over");
        var tookOver = DateTimeOffset.UtcNow - killedAt;
        var windowEnd = DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.ToUnixTimeSeconds() + 2);
        var expected = created.SelectMany(t => Oracle(t.UpdatedAt, windowEnd).Select(slot => FireIdentity.ForSlot(t.Id, slot))).ToList();
        await Eventually.TrueAsync(async () =>
        {
            var ledger = await RunLedger.ReadAsync(b, tenant);
            return expected.All(identity => ledger.HasRun(Scan, identity));
        }, TimeSpan.FromSeconds(60), "every slot of the window ran"); // generous: seconds under a load average of 60
        await b.App.StopAsync();

        var final = await RunLedger.ReadAsync(b, tenant);
        var missing = expected.Where(identity => !final.HasRun(Scan, identity)).ToList();
        var allSlotsSoFar = created.SelectMany(t => Oracle(t.UpdatedAt, DateTimeOffset.UtcNow.AddSeconds(1)).Select(slot => FireIdentity.ForSlot(t.Id, slot))).ToList();
        Assert.Empty(missing);
        Assert.Equal(final.ClaimCount, final.RunCount); // one run per claimed slot: no duplicates
        Assert.InRange(final.ClaimCount, expected.Count, allSlotsSoFar.Count); // no run for anything but a slot
        Assert.True(tookOver < TimeSpan.FromSeconds(30), $"took over after {tookOver}");
    }

    // The independent oracle: every whole second after the trigger's creation, through the window's end.
    private static IEnumerable<DateTimeOffset> Oracle(DateTimeOffset createdAt, DateTimeOffset windowEnd)
    {
        for (var s = createdAt.ToUnixTimeSeconds() + 1; s <= windowEnd.ToUnixTimeSeconds(); s++)
        {
            yield return DateTimeOffset.FromUnixTimeSeconds(s);
        }
    }

    private static async Task<(string Tenant, string Key)> SetUpTenantAsync(RunningServer server)
    {
        var tenant = UniqueNames.Next("tenant");
        var admin = await KeyAsync(server, tenant, "templates:admin");
        using var enabled = await Send(server, HttpMethod.Post, admin, $"/api/v1/templates/{Scan}/enable", null);
        Assert.True(enabled.IsSuccessStatusCode, await enabled.Content.ReadAsStringAsync());
        return (tenant, await KeyAsync(server, tenant, "triggers:admin", "ops:read"));
    }

    private static async Task<string> KeyAsync(RunningServer server, string tenant, params string[] scopes)
    {
        using var response = await Send(server, HttpMethod.Post, EventsTestServer.BootstrapKey, "/api/v1/api-keys",
            JsonSerializer.Serialize(new { name = "k", tenant_id = tenant, scopes }));
        response.EnsureSuccessStatusCode();
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("api_key").GetString()!;
    }

    private static Task<HttpResponseMessage> Send(RunningServer server, HttpMethod method, string key, string path, string? json)
    {
        var request = new HttpRequestMessage(method, path);
        if (json is not null)
        {
            request.Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");
        }

        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", key);
        return server.Client.SendAsync(request);
    }
}
