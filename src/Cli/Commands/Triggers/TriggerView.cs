using JobForge.Cli.Output;
using JobForge.Cli.Rendering;
using JobForge.Client.Models;

namespace JobForge.Cli.Commands.Triggers;

/// <summary>One trigger printed: JSON with <c>--json</c>, else its main fields.</summary>
internal static class TriggerView
{
    public static void Write(CliConsole console, Trigger trigger, bool json)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(trigger);
        if (json)
        {
            console.WriteJson(trigger, CliJsonContext.Default.Trigger);
            return;
        }

        console.Out.Write(CliTable.Fields(
            ("id", trigger.Id), ("name", trigger.Name), ("type", trigger.TriggerType), ("tenant_id", trigger.TenantId),
            ("template", trigger.TargetTemplateKey), ("enabled", trigger.Enabled ? "yes" : "no"), ("dry_run", trigger.DryRun ? "yes" : "no"),
            ("cron", trigger.CronExpression), ("time_zone", trigger.TimeZone), ("next_fire_at", Durations.Time(trigger.NextFireAt)),
            ("event_type_filter", trigger.EventTypeFilter), ("version", trigger.Version)));
    }
}
