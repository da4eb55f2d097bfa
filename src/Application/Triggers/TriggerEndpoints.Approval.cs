using JobForge.Domain.Errors;
using JobForge.Domain.Policy;
using JobForge.Domain.Triggers;
using JobForge.Application.Auth;
using JobForge.Application.Errors;
using JobForge.Application.Jobs;

namespace JobForge.Application.Triggers;

public static partial class TriggerEndpoints
{
    // The target template must exist and the caller must hold its scopes; an action template needs allow_action_jobs and
    // a valid policy token for that action, checked when the trigger first targets it or first allows action jobs.
    private static async Task<(IResult Result, string Reason)?> ApproveAsync(
        HttpContext context, Trigger trigger, Trigger? before, TriggerEndpointServices services, CancellationToken cancellationToken)
    {
        var entry = await services.Catalog.GetAsync(trigger.TenantId, trigger.TargetTemplateKey, null, cancellationToken);
        if (entry is null)
        {
            return (Invalid(context, "$.target_template_key", $"there is no template '{trigger.TargetTemplateKey}'; GET /api/v1/templates lists them"),
                "template_not_found");
        }

        var template = entry.Template;
        var caller = context.GetCaller()!;
        var missing = template.RequiredScopes.Where(scope => !caller.HasScope(scope)).ToList();
        if (missing.Count > 0)
        {
            return (ErrorResults.Problem(context, StatusCodes.Status403Forbidden, ErrorType.Forbidden,
                $"Template '{template.TemplateKey}' needs the scope(s) {string.Join(", ", missing)}, which this API key lacks.",
                new { reason = "missing_scopes", missing_scopes = missing }), "missing_scopes");
        }

        if (!template.IsActionJob)
        {
            return null;
        }

        if (!trigger.Safety.AllowActionJobs)
        {
            return (Invalid(context, "$.safety.allow_action_jobs",
                $"'{template.TemplateKey}' is an action template: set safety.allow_action_jobs to true and send a policy token for it"), "action_jobs_not_allowed");
        }

        if (before is not null && before.Safety.AllowActionJobs && before.TargetTemplateKey == trigger.TargetTemplateKey)
        {
            return null; // approved when it was created or last retargeted
        }

        var token = context.Request.Headers[JobEndpoints.PolicyTokenHeader].ToString();
        var decision = token.Length > 0
            ? await services.Policy.VerifyAsync(token, new PolicyCheck(template.TemplateKey, trigger.TenantId, trigger.ProjectId, trigger.CreatedBy, template.RequiredScopes), cancellationToken)
            : PolicyDecision.Deny("token_missing", $"A trigger of action template '{template.TemplateKey}' needs a policy token in the {JobEndpoints.PolicyTokenHeader} header.");
        var details = new Dictionary<string, string> { ["template_key"] = template.TemplateKey, ["trigger_id"] = trigger.Id };
        if (decision.Allowed)
        {
            details["jti"] = decision.Claims!.Jti;
            services.Audit.Record(context, trigger.TenantId, "policy_check_allow", "allow", "allowed", details, trigger.CreatedBy);
            return null;
        }

        details["reason"] = decision.Reason!;
        services.Audit.Record(context, trigger.TenantId, "policy_check_deny", "deny", decision.Reason!, details, trigger.CreatedBy);
        return (ErrorResults.Problem(context, StatusCodes.Status403Forbidden, ErrorType.PolicyDenied,
            $"The policy token does not allow '{template.TemplateKey}': {decision.Detail}", new { reason = decision.Reason, detail = decision.Detail }), "policy_denied");
    }
}
