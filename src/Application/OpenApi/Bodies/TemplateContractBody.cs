using System.Text.Json;

namespace JobForge.Application.OpenApi.Bodies;

/// <summary>
/// A job contract as <c>PUT /api/v1/templates/{key}</c> takes it (JSON here; the same fields in YAML with
/// <c>application/yaml</c>) and <c>GET /api/v1/templates/{key}</c> shows it (adding <c>tenant_id</c>, <c>enabled</c>
/// and <c>built_in</c>). See docs/templates.md.
/// </summary>
public sealed class TemplateContractBody
{
    /// <summary>The key, e.g. <c>acme.billing.reconcile</c> (the route's key).</summary>
    public required string TemplateKey { get; init; }

    /// <summary>A display name.</summary>
    public required string Name { get; init; }

    /// <summary>What it does.</summary>
    public string? Description { get; init; }

    /// <summary><c>ops</c>, <c>support</c>, <c>growth</c>, <c>finops</c> or <c>core</c>.</summary>
    public required string Category { get; init; }

    /// <summary>Semantic version.</summary>
    public required string Version { get; init; }

    /// <summary>JSON Schema (subset) of the inputs.</summary>
    public JsonElement? InputSchema { get; init; }

    /// <summary>JSON Schema (subset) of the last step's outputs.</summary>
    public JsonElement? OutputSchema { get; init; }

    /// <summary>Scopes a caller must hold to request it.</summary>
    public IReadOnlyList<string>? RequiredScopes { get; init; }

    /// <summary>Whether it is an action job (needs the action flag and a policy token).</summary>
    public bool? IsActionJob { get; init; }

    /// <summary>1–10, default 3.</summary>
    public int? DefaultMaxAttempts { get; init; }

    /// <summary><c>5m</c>, <c>300s</c> or ISO-8601 <c>PT5M</c>; default 5 minutes.</summary>
    public string? DefaultTimeout { get; init; }

    /// <summary><c>low</c>, <c>medium</c> or <c>high</c>.</summary>
    public string? EstimatedCostTier { get; init; }

    /// <summary>The steps: <c>{id, uses, with, retry?, timeout?, compensate?, requires_approval?, depends_on?}</c>.</summary>
    public required IReadOnlyList<JsonElement> Steps { get; init; }

    /// <summary>Responses only: the tenant the enabled state is for.</summary>
    public string? TenantId { get; init; }

    /// <summary>Responses only: whether the template is enabled for the tenant.</summary>
    public bool? Enabled { get; init; }

    /// <summary>Responses only: whether it is served from code.</summary>
    public bool? BuiltIn { get; init; }
}
