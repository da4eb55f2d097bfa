namespace JobForge.Domain.Events;

/// <summary>
/// The JSON wire names of <see cref="SourceApp"/> and <see cref="SourceModule"/>. Parsing is exact and
/// case-sensitive (<c>Settler</c> is not <c>settler</c>) and never uses <see cref="Enum.Parse(Type, string)"/>,
/// so numeric strings such as <c>"1"</c> are rejected.
/// </summary>
public static class EventWireNames
{
    private static readonly string[] s_sourceApps = ["settler", "aias", "keys", "readylayer", "jobforge", "external"];
    private static readonly string[] s_sourceModules = ["ops", "support", "growth", "finops", "core"];

    /// <summary>Every <c>source_app</c> wire name, in declaration order.</summary>
    public static IReadOnlyList<string> SourceApps => s_sourceApps;

    /// <summary>Every <c>source_module</c> wire name, in declaration order.</summary>
    public static IReadOnlyList<string> SourceModules => s_sourceModules;

    /// <summary>Returns the wire name of <paramref name="value"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined member.</exception>
    public static string ToWireName(SourceApp value) =>
        (uint)value < (uint)s_sourceApps.Length
            ? s_sourceApps[(int)value]
            : throw new ArgumentOutOfRangeException(nameof(value), value, "Not a defined SourceApp.");

    /// <summary>Returns the wire name of <paramref name="value"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined member.</exception>
    public static string ToWireName(SourceModule value) =>
        (uint)value < (uint)s_sourceModules.Length
            ? s_sourceModules[(int)value]
            : throw new ArgumentOutOfRangeException(nameof(value), value, "Not a defined SourceModule.");

    /// <summary>Parses an exact <c>source_app</c> wire name.</summary>
    public static bool TryParseSourceApp(string? wireName, out SourceApp value)
    {
        var index = Array.IndexOf(s_sourceApps, wireName);
        value = (SourceApp)Math.Max(index, 0);
        return index >= 0;
    }

    /// <summary>Parses an exact <c>source_module</c> wire name.</summary>
    public static bool TryParseSourceModule(string? wireName, out SourceModule value)
    {
        var index = Array.IndexOf(s_sourceModules, wireName);
        value = (SourceModule)Math.Max(index, 0);
        return index >= 0;
    }
}
