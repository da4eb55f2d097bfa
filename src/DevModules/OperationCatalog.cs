using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Nodes;
using JobForge.DevModules.Operations;

namespace JobForge.DevModules;

/// <summary>Every operation the host answers: one per built-in autopilot template (<c>autopilot.{module}.{operation}</c>).</summary>
public static class OperationCatalog
{
    private static readonly Dictionary<OperationKey, Func<OperationInput, JsonObject>> s_answers =
        new[] { OpsOperations.All, SupportOperations.All, GrowthOperations.All, FinopsOperations.All }
            .SelectMany(module => module)
            .ToDictionary(pair => pair.Key, pair => pair.Value);

    /// <summary>The operations, ordered by module then name.</summary>
    public static IReadOnlyList<OperationKey> Operations { get; } =
        [.. s_answers.Keys.OrderBy(key => key.Module, StringComparer.Ordinal).ThenBy(key => key.Operation, StringComparer.Ordinal)];

    /// <summary>The answer function of <paramref name="module"/>/<paramref name="operation"/>, if there is one.</summary>
    public static bool TryFind(string module, string operation, [NotNullWhen(true)] out Func<OperationInput, JsonObject>? answer) =>
        s_answers.TryGetValue(new OperationKey(module, operation), out answer);
}
