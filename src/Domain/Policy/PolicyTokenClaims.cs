using System.Text.Json;

namespace JobForge.Domain.Policy;

/// <summary>The claims of a policy token (wire names in brackets).</summary>
/// <param name="Jti">The token id, a UUID (<c>jti</c>).</param>
/// <param name="Version">The format version, <c>1</c> (<c>ver</c>).</param>
/// <param name="IssuedAt">Unix seconds when it was minted (<c>iat</c>).</param>
/// <param name="ExpiresAt">Unix seconds when it expires (<c>exp</c>).</param>
/// <param name="TenantId">The tenant (<c>tid</c>).</param>
/// <param name="ProjectId">The project, if the token is limited to one (<c>pid</c>).</param>
/// <param name="ActorId">Who may act with it (<c>act</c>).</param>
/// <param name="Scopes">The granted scopes, at least one (<c>scp</c>).</param>
/// <param name="Action">The action it is for, e.g. <c>autopilot.ops.apply</c> (<c>aud</c>).</param>
/// <param name="Resource">The resource it is for, if any (<c>res</c>).</param>
/// <param name="Context">A small JSON object of context, if any (<c>ctx</c>).</param>
public sealed record PolicyTokenClaims(
    string Jti,
    string Version,
    long IssuedAt,
    long ExpiresAt,
    string TenantId,
    string? ProjectId,
    string ActorId,
    IReadOnlyList<string> Scopes,
    string Action,
    string? Resource = null,
    JsonElement? Context = null)
{
    /// <summary><see cref="ExpiresAt"/> as a time.</summary>
    public DateTimeOffset ExpiresAtTime => DateTimeOffset.FromUnixTimeSeconds(ExpiresAt);

    /// <summary><see cref="IssuedAt"/> as a time.</summary>
    public DateTimeOffset IssuedAtTime => DateTimeOffset.FromUnixTimeSeconds(IssuedAt);
}
