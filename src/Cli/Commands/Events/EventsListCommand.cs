using System.ComponentModel;
using System.Text.Json;
using JobForge.Cli.Output;
using JobForge.Cli.Rendering;
using JobForge.Client.Models;
using Spectre.Console.Cli;

namespace JobForge.Cli.Commands.Events;

/// <summary><c>jobforge events list</c>: a tenant's events, newest first, filtered.</summary>
internal sealed class EventsListCommand(CliRuntime runtime) : ApiCommand<EventsListCommand.Settings>(runtime)
{
    internal sealed class Settings : PagedSettings
    {
        [CommandOption("--type <EVENT_TYPE>")]
        [Description("Only events of this event_type.")]
        public string? Type { get; init; }

        [CommandOption("--source <SOURCE_APP>")]
        [Description("Only events from this source_app.")]
        public string? Source { get; init; }
    }

    protected override async Task<int> RunAsync(ApiCall<Settings> call, CancellationToken cancellationToken)
    {
        var s = call.Settings;
        var filters = s.Filters(call.Tenant, ("event_type", s.Type), ("source_app", s.Source));
        EventPage page;
        if (s.All)
        {
            var events = new List<JsonElement>();
            await foreach (var item in call.Client.Events.ListAsync(filters, cancellationToken))
            {
                events.Add(item);
            }

            page = new EventPage { Events = events };
        }
        else
        {
            page = await call.Client.Events.ListPageAsync(filters, s.Cursor, cancellationToken);
        }

        if (s.Json)
        {
            Console.WriteJson(page, CliJsonContext.Default.EventPage);
            return ExitCodes.Success;
        }

        var table = CliTable.Create("Event", "Type", "Source", "Module", "Received");
        foreach (var item in page.Events)
        {
            table.Row(Text(item, "event_id"), Text(item, "event_type"), Text(item, "source_app"), Text(item, "source_module"), Text(item, "received_at"));
        }

        Console.Out.Write(table);
        PagedSettings.WriteNextCursor(Console, page.NextCursor);
        return ExitCodes.Success;
    }

    private static string? Text(JsonElement item, string name) =>
        item.ValueKind == JsonValueKind.Object && item.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value.ToString() : null;
}
