namespace JobForge.Domain.Templates;

/// <summary>The closed value sets of a template: categories, cost tiers and autopilot modules.</summary>
public static class TemplateVocabulary
{
    /// <summary>The categories; each also names the <c>&lt;category&gt;:read</c>/<c>:write</c> scopes.</summary>
    public static IReadOnlyList<string> Categories { get; } = ["ops", "support", "growth", "finops", "core"];

    /// <summary>The estimated cost tiers.</summary>
    public static IReadOnlyList<string> CostTiers { get; } = ["low", "medium", "high"];

    /// <summary>The autopilot modules an <c>autopilot.module</c> step may call.</summary>
    public static IReadOnlyList<string> Modules { get; } = ["ops", "support", "growth", "finops"];
}
