namespace JobForge.Domain.Contracts;

/// <summary>What the expressions of one step may refer to, for <see cref="ExpressionValidator"/>.</summary>
public sealed record ExpressionReferenceContext
{
    /// <summary>
    /// The declared input names (the input schema's top-level <c>properties</c>), or null when the template has no
    /// schema, in which case any <c>inputs.x</c> is accepted.
    /// </summary>
    public IReadOnlySet<string>? InputNames { get; init; }

    /// <summary>The id of the step whose <c>with</c> is checked (null outside a step).</summary>
    public string? CurrentStepId { get; init; }

    /// <summary>The regular steps listed before the current one: the only steps it may refer to.</summary>
    public IReadOnlySet<string> EarlierStepIds { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Every step id of the template, to tell a later step from an unknown one.</summary>
    public IReadOnlySet<string> AllStepIds { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Compensation-only step ids: regular steps must not refer to them.</summary>
    public IReadOnlySet<string> CompensationStepIds { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Whether <c>secrets.*</c> may be used here.</summary>
    public bool SecretsAllowed { get; init; } = true;

    /// <summary>The secret names that may be used, or null for any well-formed name.</summary>
    public IReadOnlySet<string>? AllowedSecretNames { get; init; }

    /// <summary>Whether the current step is itself compensation-only (it may then refer to any earlier step).</summary>
    public bool CurrentIsCompensation { get; init; }
}
