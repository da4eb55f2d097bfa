using Spectre.Console;

namespace JobForge.Cli.Rendering;

/// <summary>Tables for lists: plain headers, server text escaped (never read as markup), empty cells as <c>-</c>.</summary>
internal static class CliTable
{
    public static Table Create(params string[] headers)
    {
        var table = new Table().Border(TableBorder.Rounded);
        foreach (var header in headers)
        {
            table.AddColumn(new TableColumn(new Text(header, new Style(decoration: Decoration.Bold))));
        }

        return table;
    }

    public static Table Row(this Table table, params string?[] cells)
    {
        ArgumentNullException.ThrowIfNull(table);
        table.AddRow(cells.Select(c => (Spectre.Console.Rendering.IRenderable)new Text(string.IsNullOrEmpty(c) ? "-" : c)).ToArray());
        return table;
    }

    /// <summary>A key/value table for one object.</summary>
    public static Table Fields(params (string Name, string? Value)[] fields)
    {
        var table = new Table().Border(TableBorder.Rounded).HideHeaders();
        table.AddColumn("field").AddColumn("value");
        foreach (var (name, value) in fields)
        {
            table.Row(name, value);
        }

        return table;
    }
}
