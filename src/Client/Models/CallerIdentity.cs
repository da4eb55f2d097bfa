namespace JobForge.Client.Models;

/// <summary>Who the API key is (<c>GET /api/v1/me</c>), never its secret.</summary>
public sealed record CallerIdentity
{
    /// <summary>The key's public id.</summary>
    public string KeyId { get; init; } = string.Empty;

    /// <summary>The one tenant the key acts for; null for a key that covers every tenant.</summary>
    public string? TenantId { get; init; }

    /// <summary>Whether the key covers every tenant.</summary>
    public bool AllTenants { get; init; }

    /// <summary>The granted scopes (exact, <c>resource:*</c> or <c>*</c>).</summary>
    public IReadOnlyList<string> Scopes { get; init; } = [];
}
