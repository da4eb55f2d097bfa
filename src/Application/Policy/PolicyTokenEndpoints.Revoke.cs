using JobForge.Domain.Events;
using JobForge.Domain.Policy;
using JobForge.Application.Auth;
using JobForge.Application.Json;

namespace JobForge.Application.Policy;

/// <content><c>POST /api/v1/policy-tokens/{jti}/revoke</c>.</content>
public static partial class PolicyTokenEndpoints
{
    private static readonly string[] s_revokeFields = ["token"];

    /// <summary>
    /// Revokes a token on every server: 200 <c>{jti, tenant_id, revoked_at, expires_at}</c> (the first revocation time
    /// when repeated). A token this service minted is found by its id; one minted elsewhere with a shared secret is
    /// revoked by sending it as <c>{"token": "…"}</c> (its signature is checked and its <c>jti</c> must match). 404 when
    /// unknown or of a tenant the caller does not cover; 400 for an id that is not a UUID.
    /// </summary>
    public static async Task<IResult> RevokeToken(HttpContext context, string jti, [AsParameters] PolicyTokenEndpointServices services)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(services);
        if (!StorageSafeId.IsValid(jti, 36) || !Guid.TryParseExact(jti, "D", out _))
        {
            return ValidationFailed(context, [new ValidationProblem("jti", ValidationProblemCodes.InvalidFormat, "'jti' must be a UUID (8-4-4-4-12 hex digits).")]);
        }

        var record = await services.Revocations.GetAsync(jti, context.RequestAborted);
        if (context.Request.ContentLength > 0 || context.Request.ContentType is not null)
        {
            var (fromBody, error) = await RecordFromBodyAsync(context, jti, services);
            if (error is not null)
            {
                return error;
            }

            record ??= fromBody;
        }

        var caller = context.GetCaller()!;
        if (record is null || !caller.CoversTenant(record.TenantId))
        {
            services.Audit.Record(context, caller.TenantId, "policy_token_revoked", "deny", "not_found", Details(jti, null));
            return TokenNotFound(context);
        }

        var revoked = await services.Revocations.RevokeAsync(record, services.Time.GetUtcNow(), context.RequestAborted);
        PolicyLog.TokenRevoked(services.Logger, jti, caller.KeyId);
        services.Audit.Record(context, revoked.TenantId, "policy_token_revoked", "allow", "revoked", Details(jti, null));
        return TypedResults.Ok(new PolicyTokenRevokedResponse(revoked.Jti, revoked.TenantId, revoked.RevokedAt!.Value, revoked.ExpiresAt));
    }

    private static async Task<(PolicyTokenRecord? Record, IResult? Error)> RecordFromBodyAsync(
        HttpContext context, string jti, PolicyTokenEndpointServices services)
    {
        var (document, error) = await JsonRequestBody.ReadAsync(context, MaxBodyBytes, context.RequestAborted);
        if (error is not null)
        {
            return (null, error);
        }

        string? token;
        using (document)
        {
            var reader = PolicyBodyReader.Open(document!.RootElement, s_revokeFields);
            token = reader.Text("token", PolicyTokenLimits.MaxTokenLength, required: false);
            if (reader.Problems.Count > 0)
            {
                return (null, ValidationFailed(context, reader.Problems));
            }
        }

        if (token is null)
        {
            return (null, null);
        }

        if (!PolicyTokenCodec.TrySplit(token, out var payload, out var signature)
            || !PolicyTokenCodec.VerifySignature(payload, signature, services.Keys)
            || !PolicyTokenCodec.TryParseClaims(payload, out var claims, out _)
            || !string.Equals(claims!.Jti, jti, StringComparison.Ordinal))
        {
            return (null, ValidationFailed(context, [new ValidationProblem("token", ValidationProblemCodes.InvalidValue,
                "'token' must be a validly signed policy token whose jti is the one in the path.")]));
        }

        return (new PolicyTokenRecord(claims.Jti, claims.TenantId, claims.ExpiresAtTime), null);
    }
}
