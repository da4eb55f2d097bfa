using System.Text.Json;

namespace JobForge.Infra.Tests;

/// <summary>local.settings.sample.json at the repository root: the Functions app's local settings, placeholders only.</summary>
public sealed class LocalSettingsSample
{
    private LocalSettingsSample(bool? isEncrypted, IReadOnlyDictionary<string, string> values)
    {
        IsEncrypted = isEncrypted;
        Values = values;
    }

    /// <summary>The IsEncrypted flag (null when missing).</summary>
    public bool? IsEncrypted { get; }

    /// <summary>The Values section: setting name → value.</summary>
    public IReadOnlyDictionary<string, string> Values { get; }

    /// <summary>Reads the committed sample.</summary>
    public static LocalSettingsSample Load()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(InfraPaths.Root, "local.settings.sample.json")));
        var root = document.RootElement;
        bool? encrypted = root.TryGetProperty("IsEncrypted", out var flag) && flag.ValueKind is JsonValueKind.True or JsonValueKind.False
            ? flag.GetBoolean()
            : null;
        var values = root.TryGetProperty("Values", out var section)
            ? section.EnumerateObject().ToDictionary(value => value.Name, value => value.Value.GetString() ?? string.Empty, StringComparer.Ordinal)
            : new Dictionary<string, string>(StringComparer.Ordinal);
        return new LocalSettingsSample(encrypted, values);
    }
}
