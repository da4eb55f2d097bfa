using System.Text.Json;
using JobForge.Domain.Contracts;
using JobForge.Domain.Events;

namespace JobForge.Domain.Templates;

/// <summary>
/// The contract checks as a template step rule: adapts each <see cref="TemplateStep"/> to a <see cref="StepContract"/>
/// and runs <see cref="StepContractValidator"/>, so a template is rejected for steps referring to later steps,
/// dependency cycles, and <c>${{ … }}</c> expressions naming unknown inputs or steps. A step is compensation-only when
/// another step's <c>compensate</c> names it.
/// </summary>
public sealed class ContractStepRule : ITemplateStepRule
{
    private readonly IReadOnlySet<string>? _inputNames;
    private readonly bool _secretsAllowed;

    /// <summary>A rule checking expressions against <paramref name="inputNames"/> (null: inputs are not checked).</summary>
    public ContractStepRule(IReadOnlySet<string>? inputNames, bool secretsAllowed = true)
    {
        _inputNames = inputNames;
        _secretsAllowed = secretsAllowed;
    }

    /// <summary>A rule for a template whose input schema is <paramref name="inputSchema"/> (its top-level <c>properties</c>).</summary>
    public static ContractStepRule ForInputSchema(JsonElement inputSchema) => new(InputNames(inputSchema));

    /// <summary>
    /// The top-level <c>properties</c> names of <paramref name="inputSchema"/>; an empty set when the schema is an object
    /// without properties, null when it is not an object at all (then inputs are not checked).
    /// </summary>
    public static IReadOnlySet<string>? InputNames(JsonElement inputSchema)
    {
        if (inputSchema.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        if (inputSchema.TryGetProperty("properties", out var properties) && properties.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in properties.EnumerateObject())
            {
                names.Add(property.Name);
            }
        }

        return names;
    }

    /// <inheritdoc />
    public IEnumerable<ValidationProblem> Check(IReadOnlyList<TemplateStep> steps)
    {
        ArgumentNullException.ThrowIfNull(steps);
        var compensation = steps.Select(step => step.Compensate).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var contracts = steps.Select(step => new StepContract(step.Id)
        {
            DependsOn = step.Dependencies,
            Compensate = step.Compensate,
            IsCompensation = compensation.Contains(step.Id),
            With = step.With,
        }).ToList();
        return StepContractValidator.Validate(contracts, _inputNames, _secretsAllowed).Problems;
    }
}
