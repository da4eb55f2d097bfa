namespace JobForge.Domain.Runs;

/// <summary>A fixed two-way map between an enum's values and their wire names, for the status name classes.</summary>
/// <typeparam name="TEnum">The enum.</typeparam>
internal sealed class WireNames<TEnum>(IReadOnlyDictionary<TEnum, string> names)
    where TEnum : struct, Enum
{
    private readonly Dictionary<string, TEnum> _byName = names.ToDictionary(pair => pair.Value, pair => pair.Key, StringComparer.Ordinal);

    /// <summary>The wire name of <paramref name="value"/>; throws for a value without one.</summary>
    public string ToWireName(TEnum value) =>
        names.TryGetValue(value, out var name) ? name : throw new ArgumentOutOfRangeException(nameof(value));

    /// <summary>Parses a wire name; false for anything else (never throws).</summary>
    public bool TryParse(string? name, out TEnum value)
    {
        if (name is not null && _byName.TryGetValue(name, out value))
        {
            return true;
        }

        value = default;
        return false;
    }
}
