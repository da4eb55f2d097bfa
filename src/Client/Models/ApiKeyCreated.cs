namespace JobForge.Client.Models;

/// <summary>A new API key with its secret, shown once.</summary>
public sealed record ApiKeyCreated
{
    /// <summary>The key id.</summary>
    public string KeyId { get; init; } = string.Empty;

    /// <summary>The secret; store it now, it is never shown again.</summary>
    public string ApiKey { get; init; } = string.Empty;

    /// <summary>The name.</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>The tenant.</summary>
    public string TenantId { get; init; } = string.Empty;

    /// <summary>The scopes.</summary>
    public IReadOnlyList<string> Scopes { get; init; } = [];

    /// <summary>When it was created.</summary>
    public DateTimeOffset CreatedAt { get; init; }
}
