using System.Net;

namespace JobForge.Server.Tests.Triggers;

/// <summary><c>next_fires</c>: a cron trigger's next five slots (what the dashboard lists), consecutive and in UTC.</summary>
public sealed class TriggerNextFiresTests(TriggersTestServer server) : IClassFixture<TriggersTestServer>
{
    [Fact]
    public async Task CronTrigger_ListsItsNextFiveSlots_OneDayApart_StartingAtNextFireAt()
    {
        var (tenant, key) = await server.NewAdminAsync();
        var body = $$"""{"tenant_id":"{{tenant}}","trigger_type":"cron","name":"daily","target_template_key":"autopilot.ops.scan","target_inputs":{"target":"vm-1"},"cron_expression":"30 3 * * *","time_zone":"UTC"}""";

        using var created = await server.SendAsync(HttpMethod.Post, key, "/api/v1/triggers", body);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var json = await TriggersTestServer.JsonAsync(created);
        var fires = json.GetProperty("next_fires").EnumerateArray().Select(f => f.GetDateTimeOffset()).ToList();
        Assert.Equal(5, fires.Count);
        Assert.Equal(json.GetProperty("next_fire_at").GetDateTimeOffset(), fires[0]);
        Assert.All(fires, f => Assert.Equal((TimeSpan.Zero, 3, 30), (f.Offset, f.Hour, f.Minute)));
        Assert.All(fires.Zip(fires.Skip(1)), pair => Assert.Equal(TimeSpan.FromDays(1), pair.Second - pair.First));
    }
}
