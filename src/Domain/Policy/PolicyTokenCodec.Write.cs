using System.Text.Json;

namespace JobForge.Domain.Policy;

/// <content>Writing the claims JSON.</content>
public static partial class PolicyTokenCodec
{
    private static void WriteClaims(Utf8JsonWriter writer, PolicyTokenClaims claims)
    {
        writer.WriteStartObject();
        writer.WriteString("jti", claims.Jti);
        writer.WriteString("ver", claims.Version);
        writer.WriteNumber("iat", claims.IssuedAt);
        writer.WriteNumber("exp", claims.ExpiresAt);
        writer.WriteString("tid", claims.TenantId);
        if (claims.ProjectId is not null)
        {
            writer.WriteString("pid", claims.ProjectId);
        }

        writer.WriteString("act", claims.ActorId);
        writer.WriteStartArray("scp");
        foreach (var scope in claims.Scopes)
        {
            writer.WriteStringValue(scope);
        }

        writer.WriteEndArray();
        writer.WriteString("aud", claims.Action);
        if (claims.Resource is not null)
        {
            writer.WriteString("res", claims.Resource);
        }

        if (claims.Context is { } context)
        {
            writer.WritePropertyName("ctx");
            context.WriteTo(writer);
        }

        writer.WriteEndObject();
    }
}
