using JobForge.Cli.Output;
using JobForge.Cli.Rendering;
using JobForge.Client.Models;

namespace JobForge.Cli.Commands.Triggers;

/// <summary><c>jobforge triggers list</c>: the tenant's triggers.</summary>
internal sealed class TriggersListCommand(CliRuntime runtime) : ApiCommand<PagedSettings>(runtime)
{
    protected override async Task<int> RunAsync(ApiCall<PagedSettings> call, CancellationToken cancellationToken)
    {
        var s = call.Settings;
        var filters = s.Filters(call.Tenant);
        TriggerPage page;
        if (s.All)
        {
            var items = new List<Trigger>();
            await foreach (var trigger in call.Client.Triggers.ListAsync(filters, cancellationToken))
            {
                items.Add(trigger);
            }

            page = new TriggerPage { Items = items };
        }
        else
        {
            page = await call.Client.Triggers.ListPageAsync(filters, s.Cursor, cancellationToken);
        }

        if (s.Json)
        {
            Console.WriteJson(page, CliJsonContext.Default.TriggerPage);
            return ExitCodes.Success;
        }

        var table = CliTable.Create("Id", "Name", "Type", "Template", "Enabled", "Schedule or event", "Next fire");
        foreach (var t in page.Items)
        {
            table.Row(t.Id, t.Name, t.TriggerType, t.TargetTemplateKey, t.Enabled ? "yes" : "no", t.CronExpression ?? t.EventTypeFilter, Durations.Time(t.NextFireAt));
        }

        Console.Out.Write(table);
        PagedSettings.WriteNextCursor(Console, page.NextCursor);
        return ExitCodes.Success;
    }
}
