using JobForge.Fuzz.Targets;

namespace JobForge.Fuzz;

/// <summary>Every fuzz target, by name.</summary>
public static class FuzzTargets
{
    /// <summary>The targets in the order scripts/fuzz runs them.</summary>
    public static IReadOnlyList<FuzzTarget> All { get; } =
    [
        new("event-envelope", EventEnvelopeTarget.Run),
        new("yaml-contract", YamlContractTarget.Run),
        new("cron", CronTarget.Run),
        new("policy-token", PolicyTokenTarget.Run),
        new("json-schema", JsonSchemaTarget.Run),
        new("expression", ExpressionTarget.Run),
    ];

    /// <summary>The target named <paramref name="name"/>, or null.</summary>
    public static FuzzTarget? Find(string name) => All.FirstOrDefault(target => string.Equals(target.Name, name, StringComparison.Ordinal));
}
