using JobForge.Domain.Errors;
using JobForge.Domain.Policy;
using JobForge.Domain.Runs;
using JobForge.Domain.Templates;
using JobForge.Server.Auth;
using JobForge.Server.Errors;
using JobForge.Server.Flags;

namespace JobForge.Server.Jobs;

public static partial class JobEndpoints
{
    private static IResult? AutopilotGate(HttpContext context, JobRequest request, JobEndpointServices services) =>
        request.TemplateKey.StartsWith("autopilot.", StringComparison.Ordinal)
            ? FeatureGate.Check(context, services.Flags.Current.AutopilotJobsEnabled, FeatureFlagNames.AutopilotJobs)
            : null;

    private static IResult? TemplateGate(HttpContext context, JobRequest request, CatalogTemplate? entry)
    {
        if (entry is null)
        {
            return ErrorResults.Problem(context, StatusCodes.Status404NotFound, ErrorType.NotFound,
                $"There is no template '{request.TemplateKey}'; GET /api/v1/templates lists them.", new { template_key = request.TemplateKey });
        }

        return entry.Enabled
            ? null
            : ErrorResults.Problem(context, StatusCodes.Status409Conflict, ErrorType.Conflict,
                $"Template '{request.TemplateKey}' is not enabled for tenant '{request.TenantId}'; an admin enables it with POST /api/v1/templates/{request.TemplateKey}/enable.",
                new { reason = "template_disabled", template_key = request.TemplateKey, tenant_id = request.TenantId });
    }

    private static IResult? ScopeGate(HttpContext context, JobTemplate template)
    {
        var caller = context.GetCaller()!;
        var missing = template.RequiredScopes.Where(scope => !caller.HasScope(scope)).ToList();
        return missing.Count == 0
            ? null
            : ErrorResults.Problem(context, StatusCodes.Status403Forbidden, ErrorType.Forbidden,
                $"Template '{template.TemplateKey}' needs the scope(s) {string.Join(", ", missing)}, which this API key lacks.",
                new { reason = "missing_scopes", missing_scopes = missing });
    }

    private static async Task<(IResult Result, string Reason)?> ActionGateAsync(
        HttpContext context, JobRequest request, JobTemplate template, JobEndpointServices services, CancellationToken cancellationToken)
    {
        if (!template.IsActionJob)
        {
            return null;
        }

        var flags = services.Flags.Current;
        if (FeatureGate.Check(context, flags.ActionJobsEnabled, FeatureFlagNames.ActionJobs) is { } off)
        {
            return (off, "feature_disabled");
        }

        if (!flags.RequirePolicyTokens)
        {
            return null;
        }

        var audit = new Dictionary<string, string> { ["template_key"] = template.TemplateKey };
        var decision = request.ApprovalToken is { } token
            ? await services.Policy.VerifyAsync(token, new PolicyCheck(template.TemplateKey, request.TenantId, request.ProjectId, request.ActorId, template.RequiredScopes), cancellationToken)
            : PolicyDecision.Deny("token_missing",
                $"Action job '{template.TemplateKey}' needs a policy token: send it in the {PolicyTokenHeader} header or as inputs.approval_token.");
        if (decision.Allowed)
        {
            audit["jti"] = decision.Claims!.Jti;
            services.Audit.Record(context, request.TenantId, "policy_check_allow", "allow", "allowed", audit, request.ActorId);
            return null;
        }

        audit["reason"] = decision.Reason!;
        services.Audit.Record(context, request.TenantId, "policy_check_deny", "deny", decision.Reason!, audit, request.ActorId);
        var result = ErrorResults.Problem(context, StatusCodes.Status403Forbidden, ErrorType.PolicyDenied,
            $"The policy token does not allow '{template.TemplateKey}': {decision.Detail}",
            new { reason = decision.Reason, detail = decision.Detail });
        return (result, "policy_denied");
    }
}
