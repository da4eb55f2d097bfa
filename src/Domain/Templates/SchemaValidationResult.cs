using System.Text.Json;
using JobForge.Domain.Events;

namespace JobForge.Domain.Templates;

/// <summary>The outcome of <see cref="JsonSchemaValidator.Validate"/>.</summary>
/// <param name="Problems">Every problem, each with its JSON path into the value (<c>$.depth</c>); empty when valid.</param>
/// <param name="ValueWithDefaults">The value with missing properties that have a <c>default</c> filled in.</param>
public sealed record SchemaValidationResult(IReadOnlyList<ValidationProblem> Problems, JsonElement ValueWithDefaults)
{
    /// <summary>Whether the value satisfies the schema.</summary>
    public bool IsValid => Problems.Count == 0;
}
