using System.Text.Json;
using JobForge.Domain.Triggers;

namespace JobForge.Domain.Tests.Triggers;

internal static class TriggerTestData
{
    public static readonly DateTimeOffset T0 = new(2026, 3, 1, 10, 0, 0, TimeSpan.Zero);

    public static Trigger CronTrigger(string expression = "*/5 * * * *", int cooldown = 60, int maxPerHour = 100) => new()
    {
        Id = "nightly",
        TenantId = "acme",
        TriggerType = TriggerType.Cron,
        Name = "n",
        TargetTemplateKey = "autopilot.ops.scan",
        TargetInputs = JsonDocument.Parse("{}").RootElement.Clone(),
        Enabled = true,
        CronExpression = expression,
        TimeZone = "UTC",
        Safety = new TriggerSafety { CooldownSeconds = cooldown, MaxRunsPerHour = maxPerHour },
        CreatedAt = T0,
        UpdatedAt = T0,
    };

    public static Trigger Event(string filter = "infrastructure.*") => CronTrigger() with
    {
        TriggerType = TriggerType.Event,
        CronExpression = null,
        TimeZone = null,
        EventTypeFilter = filter,
    };

    public static TriggerEvent Evt(string type = "infrastructure.vm.down", string payload = """{"severity":"high","priority":"p1"}""", string app = "monitor", string? module = "vm")
    {
        var module_ = module is null ? "" : $",\"source_module\":\"{module}\"";
        var json = $$"""{"event_id":"e1","tenant_id":"acme","event_type":"{{type}}","source_app":"{{app}}"{{module_}},"payload":{{payload}}}""";
        return TriggerEvent.FromEnvelope(JsonDocument.Parse(json).RootElement.Clone())!;
    }
}
