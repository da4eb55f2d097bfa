using System.ComponentModel;
using JobForge.Cli.Configuration;
using JobForge.Cli.Input;
using JobForge.Cli.Output;
using Spectre.Console;
using Spectre.Console.Cli;

namespace JobForge.Cli.Commands;

/// <summary>The options of list commands: page size, cursor, every page, and extra query filters.</summary>
internal class PagedSettings : TenantSettings
{
    [CommandOption("--limit <N>")]
    [Description("Page size (the server's default when not given).")]
    public int? Limit { get; init; }

    [CommandOption("--cursor <CURSOR>")]
    [Description("Continue from this cursor (printed under a table, next_cursor in --json).")]
    public string? Cursor { get; init; }

    [CommandOption("--all")]
    [Description("Follow the cursors and print every page.")]
    public bool All { get; init; }

    [CommandOption("--filter <NAME=VALUE>")]
    [Description("Any other query filter the route takes, repeatable.")]
    public string[] Filter { get; init; } = [];

    /// <summary>The query filters: the named ones that are set, the tenant, the limit and each --filter.</summary>
    public Dictionary<string, string> Filters(string? tenant, params (string Name, string? Value)[] named)
    {
        var filters = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in named.Append(("tenant_id", tenant)).Append(("limit", Limit?.ToString(System.Globalization.CultureInfo.InvariantCulture))))
        {
            if (value is not null)
            {
                filters[name] = value;
            }
        }

        foreach (var (name, value) in JsonInput.Pairs(Filter, "--filter"))
        {
            filters[name] = value is System.Text.Json.Nodes.JsonValue v && v.TryGetValue<string>(out var text) ? text : value?.ToJsonString() ?? string.Empty;
        }

        return filters;
    }

    public static void WriteNextCursor(CliConsole console, string? cursor)
    {
        ArgumentNullException.ThrowIfNull(console);
        if (cursor is not null)
        {
            console.Out.WriteLine("More: --cursor " + cursor);
        }
    }
}
