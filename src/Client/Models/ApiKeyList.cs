namespace JobForge.Client.Models;

/// <summary>The API keys.</summary>
public sealed record ApiKeyList
{
    /// <summary>The keys.</summary>
    public IReadOnlyList<ApiKey> Keys { get; init; } = [];
}
