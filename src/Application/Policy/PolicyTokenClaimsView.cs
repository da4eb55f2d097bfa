using System.Text.Json;
using System.Text.Json.Serialization;
using JobForge.Domain.Policy;

namespace JobForge.Application.Policy;

/// <summary>Token claims on the API, under their wire names.</summary>
/// <param name="Jti">The token id.</param>
/// <param name="Ver">The format version.</param>
/// <param name="Iat">Issued at, Unix seconds.</param>
/// <param name="Exp">Expires at, Unix seconds.</param>
/// <param name="Tid">The tenant.</param>
/// <param name="Pid">The project, if any.</param>
/// <param name="Act">The actor.</param>
/// <param name="Scp">The scopes.</param>
/// <param name="Aud">The action.</param>
/// <param name="Res">The resource, if any.</param>
/// <param name="Ctx">The context, if any.</param>
public sealed record PolicyTokenClaimsView(
    [property: JsonPropertyName("jti")] string Jti,
    [property: JsonPropertyName("ver")] string Ver,
    [property: JsonPropertyName("iat")] long Iat,
    [property: JsonPropertyName("exp")] long Exp,
    [property: JsonPropertyName("tid")] string Tid,
    [property: JsonPropertyName("pid")] string? Pid,
    [property: JsonPropertyName("act")] string Act,
    [property: JsonPropertyName("scp")] IReadOnlyList<string> Scp,
    [property: JsonPropertyName("aud")] string Aud,
    [property: JsonPropertyName("res")] string? Res,
    [property: JsonPropertyName("ctx")] JsonElement? Ctx)
{
    /// <summary>The view of <paramref name="claims"/>.</summary>
    public static PolicyTokenClaimsView From(PolicyTokenClaims claims)
    {
        ArgumentNullException.ThrowIfNull(claims);
        return new(claims.Jti, claims.Version, claims.IssuedAt, claims.ExpiresAt, claims.TenantId, claims.ProjectId,
            claims.ActorId, claims.Scopes, claims.Action, claims.Resource, claims.Context);
    }
}
