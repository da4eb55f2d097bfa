using System.Text.Json;

namespace JobForge.Infra.Tests;

/// <summary>
/// The predicted deployment of one parameter file, read from its committed snapshot (which
/// <see cref="BicepSnapshotTests"/> proves is current): resources with resolved names, properties and app settings.
/// </summary>
public sealed class DeploymentSnapshot
{
    private DeploymentSnapshot(string parameterFile, JsonElement root)
    {
        ParameterFile = parameterFile;
        Resources = [.. root.GetProperty("predictedResources").EnumerateArray()];
        Outputs = root.GetProperty("outputs").Clone();
        Text = root.GetRawText();
    }

    /// <summary>The parameter file the snapshot predicts.</summary>
    public string ParameterFile { get; }

    /// <summary>Every predicted resource.</summary>
    public IReadOnlyList<JsonElement> Resources { get; }

    /// <summary>The deployment's outputs.</summary>
    public JsonElement Outputs { get; }

    /// <summary>The whole snapshot as JSON text.</summary>
    public string Text { get; }

    /// <summary>Every parameter file's snapshot.</summary>
    public static IReadOnlyList<DeploymentSnapshot> All() => [.. InfraPaths.ParameterFiles().Select(Load)];

    /// <summary>Reads the committed snapshot of <paramref name="parameterFile"/>.</summary>
    public static DeploymentSnapshot Load(string parameterFile)
    {
        var path = Path.Combine(InfraPaths.Bicep, Path.ChangeExtension(parameterFile, ".snapshot.json"));
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return new DeploymentSnapshot(parameterFile, document.RootElement.Clone());
    }

    /// <summary>The resources of <paramref name="type"/>.</summary>
    public IEnumerable<JsonElement> OfType(string type) =>
        Resources.Where(resource => string.Equals(resource.GetProperty("type").GetString(), type, StringComparison.OrdinalIgnoreCase));

    /// <summary>App settings of every web and function app: site name → (setting name → value).</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> AppSettings() =>
        OfType("Microsoft.Web/sites/config")
            .Where(config => Name(config).EndsWith("/appsettings", StringComparison.Ordinal))
            .ToDictionary(
                config => Name(config).Split('/')[0],
                config => (IReadOnlyDictionary<string, string>)config.GetProperty("properties").EnumerateObject()
                    .ToDictionary(setting => setting.Name, setting => setting.Value.GetString() ?? string.Empty, StringComparer.Ordinal));

    /// <summary>A resource's name.</summary>
    public static string Name(JsonElement resource) => resource.GetProperty("name").GetString() ?? string.Empty;

    /// <summary>A resource's properties.</summary>
    public static JsonElement Properties(JsonElement resource) => resource.GetProperty("properties");
}
