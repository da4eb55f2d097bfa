using JobForge.Domain.Events;
using JobForge.Domain.Policy;
using JobForge.Application.Auth;
using JobForge.Application.Json;

namespace JobForge.Application.Policy;

/// <content><c>POST /api/v1/policy-tokens</c>.</content>
public static partial class PolicyTokenEndpoints
{
    private static readonly string[] s_issueFields =
        ["tenant_id", "project_id", "actor_id", "action", "scopes", "expires_in_hours", "resource", "context"];

    /// <summary>
    /// Mints a token: 201 <c>{token, jti, expires_at, claims}</c>; 400 for a bad body, 403 for another tenant or when
    /// no secret is configured (naming <c>JOBFORGE_POLICY_TOKEN_SECRET</c>).
    /// </summary>
    public static async Task<IResult> IssueToken(HttpContext context, [AsParameters] PolicyTokenEndpointServices services)
    {
        var (document, error) = await ReadSignedRequestAsync(context, services);
        if (error is not null)
        {
            return error;
        }

        PolicyTokenIssue issue;
        using (document)
        {
            var reader = PolicyBodyReader.Open(document!.RootElement, s_issueFields);
            var tenant = reader.Id("tenant_id", StorageSafeId.MaxScopeIdLength, required: true);
            var project = reader.Id("project_id", StorageSafeId.MaxScopeIdLength, required: false);
            var actor = reader.Id("actor_id", StorageSafeId.MaxActorOrTraceIdLength, required: true);
            var action = reader.Id("action", PolicyTokenLimits.MaxClaimLength, required: true);
            var scopes = reader.Scopes("scopes", required: true);
            var hours = reader.Integer("expires_in_hours", 1, (int)PolicyTokenLimits.MaxLifetime.TotalHours);
            var resource = reader.Text("resource", PolicyTokenLimits.MaxClaimLength, required: false);
            var extra = reader.SmallObject("context");
            if (reader.Problems.Count > 0)
            {
                return ValidationFailed(context, reader.Problems);
            }

            issue = new PolicyTokenIssue(tenant!, project, actor!, action!, scopes!, hours, resource, extra);
        }

        if (TenantAccess.Check(context, issue.TenantId) is { } forbidden)
        {
            services.Audit.Record(context, issue.TenantId, "policy_token_issued", "deny", "tenant_forbidden",
                Details(null, issue.Action), issue.ActorId);
            return forbidden;
        }

        var lifetime = TimeSpan.FromHours(issue.ExpiresInHours ?? services.Flags.Current.PolicyTokenExpiryHours);
        var (token, claims) = await services.Issuer.IssueAsync(issue, lifetime, context.RequestAborted);
        PolicyLog.TokenIssued(services.Logger, claims.Jti, claims.TenantId, claims.Action, context.GetCaller()?.KeyId);
        services.Audit.Record(context, claims.TenantId, "policy_token_issued", "allow", "issued", Details(claims.Jti, claims.Action), claims.ActorId);
        return TypedResults.Created(
            (string?)null, // a token is not a readable resource: no Location
            new PolicyTokenIssuedResponse(token, claims.Jti, claims.ExpiresAtTime, PolicyTokenClaimsView.From(claims)));
    }
}
