using System.Text.Json;
using JobForge.Domain.Contracts;
using JobForge.Domain.Errors;
using JobForge.Domain.Events;
using JobForge.Domain.Runs;
using JobForge.Domain.Templates;
using JobForge.Application.Admission;
using JobForge.Application.Auth;
using JobForge.Application.Errors;
using JobForge.Application.Flags;
using JobForge.Application.Json;

namespace JobForge.Application.Jobs;

public static partial class JobEndpoints
{
    /// <summary>The header that carries a policy token (<c>inputs.approval_token</c> works too).</summary>
    public const string PolicyTokenHeader = "X-JobForge-Policy-Token";

    private const string Action = "job_request";

    /// <summary>
    /// Requests a job. Gates in order, each audited: tenant (403 <c>forbidden</c>), shape (400), autopilot flag (403
    /// <c>feature_disabled</c>), template exists (404 <c>not_found</c>) and is enabled for the tenant (409
    /// <c>conflict</c>, reason <c>template_disabled</c>), inputs (400 <c>validation_failed</c> at <c>$.inputs…</c>),
    /// required scopes (403 <c>forbidden</c>), then for action jobs the action flag (403 <c>feature_disabled</c>) and
    /// the policy token (403 <c>policy_denied</c>); while the server is over capacity (<c>JOBFORGE_ADMISSION_CONTROL_ENABLED</c>)
    /// a real request is refused first with 503 <c>overloaded</c> and <c>Retry-After</c>, before anything is written. A dry run then answers 200 with the plan; a real request 202 with
    /// <c>Location</c>, or 200 with the original run for a replayed idempotency key (409 <c>conflict</c> if the inputs differ).
    /// </summary>
    public static async Task<IResult> RequestAsync(HttpContext context, [AsParameters] JobEndpointServices services, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(services);
        var (document, bodyError) = await JsonRequestBody.ReadAsync(context, MaxBodyBytes, cancellationToken);
        if (bodyError is not null)
        {
            return bodyError;
        }

        using (document)
        {
            var headers = context.Request.Headers;
            var parsed = JobRequestParser.Parse(
                document!.RootElement, Single(headers["Idempotency-Key"]), Single(headers[PolicyTokenHeader]));
            var caller = context.GetCaller()!;
            if (parsed.TenantId is { } claimed && !caller.CoversTenant(claimed))
            {
                services.Audit.Record(context, caller.TenantId, Action, "deny", "tenant_not_covered", new Dictionary<string, string> { ["tenant_id"] = claimed });
                return ErrorResults.Problem(context, StatusCodes.Status403Forbidden, ErrorType.Forbidden,
                    "The API key does not cover this tenant; use a key issued for it.", new { tenant_id = claimed });
            }

            if (parsed.Request is not { } request)
            {
                services.Audit.Record(context, caller.TenantId ?? parsed.TenantId, Action, "deny", "validation_failed", Count(parsed.Problems));
                return ValidationFailed(context, "The job request is not valid", parsed.Problems);
            }

            // Overload: refused before anything is written or audited (a dry run writes nothing, so it is never refused).
            if (!request.DryRun && AdmissionGate.Check(context, request.TenantId, AdmittedWork.Run) is { } overloaded)
            {
                return overloaded;
            }

            return await GateAsync(context, request, services, cancellationToken);
        }
    }

    private static async Task<IResult> GateAsync(HttpContext context, JobRequest request, JobEndpointServices services, CancellationToken cancellationToken)
    {
        var caller = context.GetCaller()!;

        // A request that names no actor acts as the key: a policy token bound to an actor then authorises only that
        // actor's requests (docs/policy-tokens.md), and the audit trail names who asked.
        request = request with { ActorId = request.ActorId ?? caller.KeyId };
        var result = await services.Submitter.SubmitAsync(
            new JobSubmission(request, ErrorResults.TraceId(context), caller.HasScope) { RequestedByKeyId = caller.KeyId }, cancellationToken);
        foreach (var entry in result.Audit)
        {
            services.Audit.Record(context, request.TenantId, entry.Action, entry.Decision, entry.Reason, entry.Details, entry.ActorId);
        }

        return Respond(context, request, result);
    }

    private static IResult Respond(HttpContext context, JobRequest request, JobSubmitResult result)
    {
        var template = result.Template;
        switch (result.Outcome)
        {
            case JobSubmitOutcome.FeatureDisabled:
                return FeatureGate.Check(context, false, result.Flag!)!;
            case JobSubmitOutcome.TemplateNotFound:
                return ErrorResults.Problem(context, StatusCodes.Status404NotFound, ErrorType.NotFound,
                    $"There is no template '{request.TemplateKey}'; GET /api/v1/templates lists them.", new { template_key = request.TemplateKey });
            case JobSubmitOutcome.TemplateDisabled:
                return ErrorResults.Problem(context, StatusCodes.Status409Conflict, ErrorType.Conflict,
                    $"Template '{request.TemplateKey}' is not enabled for tenant '{request.TenantId}'; an admin enables it with POST /api/v1/templates/{request.TemplateKey}/enable.",
                    new { reason = "template_disabled", template_key = request.TemplateKey, tenant_id = request.TenantId });
            case JobSubmitOutcome.InputsInvalid:
                return ValidationFailed(context, $"The inputs do not match the input schema of '{template!.TemplateKey}'", result.Problems);
            case JobSubmitOutcome.MissingScopes:
                return ErrorResults.Problem(context, StatusCodes.Status403Forbidden, ErrorType.Forbidden,
                    $"Template '{template!.TemplateKey}' needs the scope(s) {string.Join(", ", result.MissingScopes)}, which this API key lacks.",
                    new { reason = "missing_scopes", missing_scopes = result.MissingScopes });
            case JobSubmitOutcome.PolicyDenied:
                return ErrorResults.Problem(context, StatusCodes.Status403Forbidden, ErrorType.PolicyDenied,
                    $"The policy token does not allow '{template!.TemplateKey}': {result.Policy!.Detail}",
                    new { reason = result.Policy.Reason, detail = result.Policy.Detail });
            case JobSubmitOutcome.DryRun:
                return DryRun(result.Run!, template!);
            case JobSubmitOutcome.Queued:
                return TypedResults.Accepted("/api/v1/jobs/" + result.Run!.RunId, Accepted(result.Run));
            case JobSubmitOutcome.Replayed:
                return TypedResults.Ok(Accepted(result.Run!));
            default:
                return ErrorResults.Problem(context, StatusCodes.Status409Conflict, ErrorType.Conflict,
                    "This idempotency key was used for a request with other inputs; use a new key for a different request.",
                    new { idempotency_key = request.IdempotencyKey, run_id = result.Run!.RunId });
        }
    }

    private static JobAcceptedResponse Accepted(Run stored) => new(stored.RunId, RunStatusNames.ToWireName(stored.Status), stored.TraceId);

    private static IResult DryRun(Run run, JobTemplate template)
    {
        using var inputs = JsonDocument.Parse(run.InputsJson);
        var values = new RunExpressionValues("dry-run", run.TenantId, 1)
        {
            ProjectId = run.ProjectId, TemplateId = template.TemplateKey, TemplateVersion = template.Version,
        };
        var resolution = new ExpressionResolutionContext(values, static _ => null) { Inputs = inputs.RootElement };
        return TypedResults.Ok(new JobDryRunResponse(true, true, run.TraceId, template.TemplateKey, template.Version,
            inputs.RootElement.Clone(), JobPlanner.Plan(template, resolution).Select(PlanStepResponse.From).ToList()));
    }

    private static string? Single(Microsoft.Extensions.Primitives.StringValues values) => values.Count == 0 ? null : values.ToString();

    private static Dictionary<string, string> Count(IReadOnlyList<ValidationProblem> problems) =>
        new() { ["problems"] = problems.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) };

    private static IResult ValidationFailed(HttpContext context, string message, IReadOnlyList<ValidationProblem> problems) =>
        ErrorResults.ValidationFailed(context, message, problems);
}
