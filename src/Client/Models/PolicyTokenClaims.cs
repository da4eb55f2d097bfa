using System.Text.Json;

namespace JobForge.Client.Models;

/// <summary>A policy token's claims.</summary>
public sealed record PolicyTokenClaims
{
    /// <summary>The token id.</summary>
    public string Jti { get; init; } = string.Empty;

    /// <summary>The format version.</summary>
    public string Ver { get; init; } = string.Empty;

    /// <summary>Issued at (Unix seconds).</summary>
    public long Iat { get; init; }

    /// <summary>Expires at (Unix seconds).</summary>
    public long Exp { get; init; }

    /// <summary>The tenant.</summary>
    public string Tid { get; init; } = string.Empty;

    /// <summary>The project.</summary>
    public string? Pid { get; init; }

    /// <summary>The actor.</summary>
    public string Act { get; init; } = string.Empty;

    /// <summary>The scopes.</summary>
    public IReadOnlyList<string> Scp { get; init; } = [];

    /// <summary>The action (audience).</summary>
    public string Aud { get; init; } = string.Empty;

    /// <summary>The resource.</summary>
    public string? Res { get; init; }

    /// <summary>The context.</summary>
    public JsonElement? Ctx { get; init; }
}
