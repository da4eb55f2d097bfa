using System.Text.Json;

namespace JobForge.Client.Models;

/// <summary>The server's health.</summary>
public sealed record Health
{
    /// <summary>ok or degraded.</summary>
    public string Status { get; init; } = string.Empty;

    /// <summary>Each dependency check.</summary>
    public IReadOnlyDictionary<string, HealthCheck> Checks { get; init; } = new Dictionary<string, HealthCheck>();

    /// <summary>The error body, when unhealthy.</summary>
    public JsonElement? Error { get; init; }
}
