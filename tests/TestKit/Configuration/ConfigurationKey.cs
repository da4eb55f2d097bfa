namespace JobForge.TestKit.Configuration;

/// <summary>
/// A configuration key in colon form (<c>JobForge:Steps:Http:AllowedHosts:*</c>), where a <c>*</c> segment stands for
/// any one segment (a key id, a list index, a tenant). Compared without regard to case, as configuration is.
/// </summary>
public sealed record ConfigurationKey
{
    private ConfigurationKey(string[] segments) => Segments = segments;

    /// <summary>The key's segments.</summary>
    public IReadOnlyList<string> Segments { get; }

    /// <summary>True when a segment is a wildcard.</summary>
    public bool HasWildcard => Segments.Contains("*");

    /// <summary>Parses the colon form or the environment form (<c>__</c> for <c>:</c>).</summary>
    public static ConfigurationKey Parse(string key) =>
        new(key.Replace("__", ":", StringComparison.Ordinal).Split(':', StringSplitOptions.TrimEntries));

    /// <summary>
    /// True when this pattern covers <paramref name="key"/> segment by segment. A key ending in <c>*</c> (a dictionary or
    /// list the app binds) is also covered by a longer pattern under it (<c>Tenants:*</c> by <c>Tenants:*:PerMinute</c>).
    /// </summary>
    public bool Covers(ConfigurationKey key)
    {
        var open = key.Segments[^1] == "*" && Segments.Count > key.Segments.Count;
        return (key.Segments.Count == Segments.Count || open)
            && Segments.Zip(key.Segments).All(pair =>
                pair.First == "*" || pair.Second == "*" || string.Equals(pair.First, pair.Second, StringComparison.OrdinalIgnoreCase));
    }

    /// <inheritdoc />
    public override string ToString() => string.Join(':', Segments);
}
