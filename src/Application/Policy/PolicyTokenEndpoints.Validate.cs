using JobForge.Domain.Events;
using JobForge.Domain.Policy;
using JobForge.Application.Auth;
using JobForge.Application.Json;

namespace JobForge.Application.Policy;

/// <content><c>POST /api/v1/policy-tokens/validate</c>.</content>
public static partial class PolicyTokenEndpoints
{
    private static readonly string[] s_validateFields = ["token", "action", "tenant_id", "actor_id", "project_id", "scopes"];

    /// <summary>
    /// Checks a token: 200 <c>{allowed, reason?, detail?, claims?}</c> (claims only when the signature verified); 400 for
    /// a bad body, 403 for another tenant or when no secret is configured.
    /// </summary>
    public static async Task<IResult> ValidateToken(HttpContext context, [AsParameters] PolicyTokenEndpointServices services)
    {
        var (document, error) = await ReadSignedRequestAsync(context, services);
        if (error is not null)
        {
            return error;
        }

        string token;
        PolicyCheck check;
        using (document)
        {
            var reader = PolicyBodyReader.Open(document!.RootElement, s_validateFields);
            var text = reader.Text("token", int.MaxValue, required: true);
            var action = reader.Id("action", PolicyTokenLimits.MaxClaimLength, required: true);
            var tenant = reader.Id("tenant_id", StorageSafeId.MaxScopeIdLength, required: true);
            var actor = reader.Id("actor_id", StorageSafeId.MaxActorOrTraceIdLength, required: false);
            var project = reader.Id("project_id", StorageSafeId.MaxScopeIdLength, required: false);
            var scopes = reader.Scopes("scopes", required: false);
            if (reader.Problems.Count > 0)
            {
                return ValidationFailed(context, reader.Problems);
            }

            token = text!;
            // No actor named: the caller's own identity (its key id), so a token minted for someone else never matches.
            check = new PolicyCheck(action!, tenant!, project, actor ?? context.GetCaller()?.KeyId, scopes ?? []);
        }

        if (TenantAccess.Check(context, check.TenantId) is { } forbidden)
        {
            services.Audit.Record(context, check.TenantId, "policy_check_deny", "deny", "tenant_forbidden", Details(null, check.Action), check.ActorId);
            return forbidden;
        }

        var decision = await services.Verifier.VerifyAsync(token, check, context.RequestAborted);
        services.Audit.Record(
            context, check.TenantId, decision.Allowed ? "policy_check_allow" : "policy_check_deny", decision.Allowed ? "allow" : "deny",
            decision.Reason ?? "allowed", Details(decision.Claims?.Jti, check.Action), check.ActorId);
        return TypedResults.Ok(new PolicyCheckResponse(
            decision.Allowed, decision.Reason, decision.Detail, decision.Claims is { } claims ? PolicyTokenClaimsView.From(claims) : null));
    }
}
