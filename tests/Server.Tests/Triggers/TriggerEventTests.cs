using System.Text.Json;
using JobForge.Domain.Events;
using JobForge.Domain.Triggers;

namespace JobForge.Server.Tests.Triggers;

public sealed class TriggerEventTests(TriggersTestServer server) : IClassFixture<TriggersTestServer>
{
    private static OutboxMessage Message(string tenant, string eventId, string type = "infrastructure.vm.down", string severity = "high")
    {
        var body = JsonSerializer.Serialize(new
        {
            event_id = eventId, tenant_id = tenant, event_type = type, source_app = "monitor", source_module = "vm",
            payload = new { severity, vm = "vm-7" },
        });
        return new OutboxMessage(eventId, tenant, type, "monitor", "trace", body);
    }

    private async Task<string> CreateEventTriggerAsync(string tenant, string key, string safety = """{"cooldown_seconds":0}""", bool enabled = true)
    {
        using var response = await server.SendAsync(HttpMethod.Post, key, "/api/v1/triggers",
            $$$"""{"tenant_id":"{{{tenant}}}","trigger_type":"event","name":"on vm down","target_template_key":"autopilot.ops.scan","target_inputs":{"target":"${{ event.payload.vm }}"},"enabled":{{{(enabled ? "true" : "false")}}},"event_type_filter":"infrastructure.*","severity_threshold":"warning","safety":{{{safety}}}}""");
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        var id = (await TriggersTestServer.JsonAsync(response)).GetProperty("id").GetString()!;
        await server.TickAsync(); // the event index picks the change up
        return id;
    }

    [Fact]
    public async Task RedeliveredEvent_IsADuplicate_AndMakesOneRun()
    {
        var (tenant, key) = await server.NewAdminAsync();
        var id = await CreateEventTriggerAsync(tenant, key);

        var first = Assert.Single(await server.Observer.EvaluateAsync(Message(tenant, "evt-1")));
        var again = Assert.Single(await server.Observer.EvaluateAsync(Message(tenant, "evt-1")));

        Assert.Equal("fire", first.Decision);
        Assert.Equal("queued", first.Outcome);
        Assert.Equal("duplicate", again.Decision);
        var ledger = await server.LedgerAsync(tenant);
        Assert.Equal(1, ledger.RunCount);
        Assert.True(ledger.HasRun("autopilot.ops.scan", FireIdentity.ForEvent(id, "evt-1")));
        var run = await server.Runs.GetAsync(tenant, first.RunId!);
        Assert.Contains("vm-7", run!.InputsJson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DisabledTrigger_MatchingEvent_RecordsADisabledDecision_AndMakesNoRun()
    {
        var (tenant, key) = await server.NewAdminAsync();
        var id = await CreateEventTriggerAsync(tenant, key, enabled: false);

        var decision = Assert.Single(await server.Observer.EvaluateAsync(Message(tenant, "evt-off")));

        Assert.Equal(("disabled", id), (decision.Decision, decision.TriggerId));
        Assert.Contains(await server.DecisionsAsync(key, id), d => d.GetProperty("decision").GetString() == "disabled");
        Assert.Equal(0, (await server.LedgerAsync(tenant)).RunCount);
    }

    [Fact]
    public async Task NonMatchingEvents_AreNotEvaluated()
    {
        var (tenant, key) = await server.NewAdminAsync();
        await CreateEventTriggerAsync(tenant, key);

        Assert.Empty(await server.Observer.EvaluateAsync(Message(tenant, "evt-low", severity: "info")));
        Assert.Empty(await server.Observer.EvaluateAsync(Message(tenant, "evt-app", type: "app.deployed")));
        Assert.Empty(await server.Observer.EvaluateAsync(Message(TriggersTestServer.NewTenant(), "evt-other")));
        Assert.Equal(0, (await server.LedgerAsync(tenant)).RunCount);
    }

    [Fact]
    public async Task AllowList_RefusesOtherEventTypesWithNotAllowed()
    {
        var (tenant, key) = await server.NewAdminAsync();
        await CreateEventTriggerAsync(tenant, key, """{"cooldown_seconds":0,"allowed_event_types":["infrastructure.disk.*"]}""");

        var decision = Assert.Single(await server.Observer.EvaluateAsync(Message(tenant, "evt-2")));

        Assert.Equal("not_allowed", decision.Decision);
        Assert.Equal(0, (await server.LedgerAsync(tenant)).RunCount);
    }
}
