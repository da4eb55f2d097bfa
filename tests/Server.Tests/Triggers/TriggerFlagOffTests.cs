namespace JobForge.Server.Tests.Triggers;

/// <summary>A server with trigger firing switched off.</summary>
public sealed class TriggersOffServer() : TriggersTestServer(new Dictionary<string, string?> { ["JOBFORGE_TRIGGERS_ENABLED"] = "0" });

public sealed class TriggerFlagOffTests(TriggersOffServer server) : IClassFixture<TriggersOffServer>
{
    [Fact]
    public async Task FlagOff_TriggersAreManagedButEverySlotIsBlocked()
    {
        var (tenant, key) = await server.NewAdminAsync();
        var id = (await server.CreateCronAsync(tenant, key, "* * * * * *")).GetProperty("id").GetString()!;
        await server.TickAsync();

        server.Clock.Advance(TimeSpan.FromSeconds(3));
        await server.TickAsync();
        using var test = await server.SendAsync(HttpMethod.Post, key, $"/api/v1/triggers/{id}/test", null);

        var decisions = await server.DecisionsAsync(key, id);
        Assert.Equal(4, decisions.Count);
        Assert.All(decisions, d => Assert.Equal("blocked", d.GetProperty("decision").GetString()));
        Assert.Equal("blocked", (await TriggersTestServer.JsonAsync(test)).GetProperty("decision").GetString());
        Assert.Equal(0, (await server.LedgerAsync(tenant)).RunCount);
    }
}
