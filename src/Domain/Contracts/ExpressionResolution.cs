using System.Text.Json;

namespace JobForge.Domain.Contracts;

/// <summary>The outcome of <see cref="ExpressionResolver.Resolve"/>.</summary>
public sealed record ExpressionResolution
{
    /// <summary>The resolved value; null when any error occurred (resolution is all or nothing).</summary>
    public JsonElement? Value { get; init; }

    /// <summary>Every error, in document order (at most 100).</summary>
    public IReadOnlyList<ResolutionError> Errors { get; init; } = [];

    /// <summary>
    /// The distinct secret values substituted (even when resolution failed part-way). Callers must redact them from
    /// logs, outputs, manifests and bundles, e.g. with <see cref="SecretMask.Redact"/>.
    /// </summary>
    public IReadOnlyList<string> SecretValues { get; init; } = [];

    /// <summary>The distinct secret names used, for audit (names are not secret).</summary>
    public IReadOnlyList<string> SecretNames { get; init; } = [];

    /// <summary>Whether every expression resolved.</summary>
    public bool IsSuccess => Errors.Count == 0 && Value is not null;
}
