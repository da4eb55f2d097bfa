using System.Text.Json;

namespace JobForge.Domain.Contracts;

/// <summary>One step of a contract as plain data, for <see cref="StepContractValidator"/>.</summary>
/// <param name="Id">The step id.</param>
public sealed record StepContract(string Id)
{
    /// <summary>The ids in its <c>depends_on</c>.</summary>
    public IReadOnlyList<string> DependsOn { get; init; } = [];

    /// <summary>The compensation-only step that undoes it, if any.</summary>
    public string? Compensate { get; init; }

    /// <summary>Whether it is compensation-only (see <see cref="StepNode.IsCompensation"/>).</summary>
    public bool IsCompensation { get; init; }

    /// <summary>Its <c>with</c> value (undefined when it has none).</summary>
    public JsonElement With { get; init; }
}
