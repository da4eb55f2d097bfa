using System.Text.Json;

namespace JobForge.Domain.Templates;

/// <summary>
/// The templates JobForge ships: the thirteen autopilot templates and <c>autopilot.readylayer.verify_pack</c>, all
/// version 1.0.0 and all disabled for every tenant until enabled. They are served from code, not stored; a stored
/// version of the same key (with a latest pointer) overrides the built-in. An autopilot template calls its module's
/// operation (<c>uses: autopilot.module</c>, <c>with: {module, operation, input: "${{ inputs }}"}</c>).
/// </summary>
public static partial class BuiltInTemplates
{
    /// <summary>The version every built-in has.</summary>
    public const string Version = "1.0.0";

    /// <summary>The key of the verify pack template (gated by <c>VERIFY_PACK_ENABLED</c>).</summary>
    public const string VerifyPackKey = "autopilot.readylayer.verify_pack";

    /// <summary>Every built-in template, ordered by key.</summary>
    public static IReadOnlyList<JobTemplate> All { get; } =
        [.. Ops(), .. Support(), .. Growth(), .. Finops(), VerifyPack()];

    /// <summary>The built-in with <paramref name="templateKey"/>, or null.</summary>
    public static JobTemplate? Find(string? templateKey) =>
        All.FirstOrDefault(template => string.Equals(template.TemplateKey, templateKey, StringComparison.Ordinal));

    private static JobTemplate Autopilot(
        string category, string operation, string name, string description, string input, string output,
        bool isAction = false, string cost = "low")
    {
        var with = $$$"""{"module":"{{{category}}}","operation":"{{{operation}}}","input":"${{ inputs }}"}""";
        return new JobTemplate
        {
            TemplateKey = $"autopilot.{category}.{operation}",
            Name = name,
            Description = description,
            Category = category,
            Version = Version,
            InputSchema = Json(input),
            OutputSchema = Json(output),
            RequiredScopes = [isAction ? $"{category}:write" : $"{category}:read"],
            IsActionJob = isAction,
            EstimatedCostTier = cost,
            Steps = [new TemplateStep("call-module", HandlerKinds.AutopilotModule, Json(with), StepRetry.Default)],
        };
    }

    private static JsonElement Json(string text) => JsonDocument.Parse(text).RootElement.Clone();

    private const string FindingsOutput = """
        {"type":"object","properties":{"summary":{"type":"string"},"findings":{"type":"array","items":{"type":"object","properties":{
        "id":{"type":"string"},"severity":{"type":"string","enum":["info","low","medium","high","critical"]},"title":{"type":"string"},
        "detail":{"type":"string"}},"required":["severity","title"]}}},"required":["summary"]}
        """;

    private const string DraftOutput = """
        {"type":"object","properties":{"title":{"type":"string"},"body":{"type":"string"},"confidence":{"type":"number","minimum":0,"maximum":1}},
        "required":["body"]}
        """;
}
