namespace JobForge.Application.OpenApi.Bodies;

/// <summary>The body of <c>POST /api/v1/api-keys</c>.</summary>
public sealed class ApiKeyCreateBody
{
    /// <summary>A name for people.</summary>
    public required string Name { get; init; }

    /// <summary>One tenant, or <c>*</c> for all (only an all-tenant admin may create those).</summary>
    public required string TenantId { get; init; }

    /// <summary>Scopes such as <c>jobs:write</c>, <c>jobs:approve</c>, <c>ops:read</c>, <c>*</c>.</summary>
    public required IReadOnlyList<string> Scopes { get; init; }
}
