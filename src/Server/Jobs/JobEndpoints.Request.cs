using System.Text.Json;
using JobForge.Domain.Contracts;
using JobForge.Domain.Errors;
using JobForge.Domain.Events;
using JobForge.Domain.Runs;
using JobForge.Domain.Templates;
using JobForge.Server.Auth;
using JobForge.Server.Errors;
using JobForge.Server.Json;

namespace JobForge.Server.Jobs;

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
    /// the policy token (403 <c>policy_denied</c>). A dry run then answers 200 with the plan; a real request 202 with
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

            return await GateAsync(context, request, services, cancellationToken);
        }
    }

    private static async Task<IResult> GateAsync(HttpContext context, JobRequest request, JobEndpointServices services, CancellationToken cancellationToken)
    {
        var details = new Dictionary<string, string> { ["template_key"] = request.TemplateKey };
        IResult Deny(string reason, IResult result)
        {
            services.Audit.Record(context, request.TenantId, Action, "deny", reason, details, request.ActorId);
            JobsLog.Denied(services.Logger, request.TenantId, request.TemplateKey, reason);
            return result;
        }

        if (AutopilotGate(context, request, services) is { } off)
        {
            return Deny("feature_disabled", off);
        }

        var entry = await services.Catalog.GetAsync(request.TenantId, request.TemplateKey, null, cancellationToken);
        if (TemplateGate(context, request, entry) is { } missing)
        {
            return Deny(entry is null ? "template_not_found" : "template_disabled", missing);
        }

        var template = entry!.Template;
        details["version"] = template.Version;
        var validated = JsonSchemaValidator.Validate(template.InputSchema, request.Inputs);
        if (!validated.IsValid)
        {
            var problems = validated.Problems.Select(p => p with { Path = "$.inputs" + p.Path[1..] }).ToList();
            return Deny("validation_failed", ValidationFailed(context, $"The inputs do not match the input schema of '{template.TemplateKey}'", problems));
        }

        if (ScopeGate(context, template) is { } unscoped)
        {
            return Deny("missing_scopes", unscoped);
        }

        if (await ActionGateAsync(context, request, template, services, cancellationToken) is { } denied)
        {
            return Deny(denied.Reason, denied.Result);
        }

        var run = NewRun(context, request, template, validated.ValueWithDefaults, services);
        if (request.DryRun)
        {
            services.Audit.Record(context, request.TenantId, Action, "allow", "dry_run", details, request.ActorId);
            using var inputs = JsonDocument.Parse(run.InputsJson);
            var values = new RunExpressionValues("dry-run", run.TenantId, 1)
            {
                ProjectId = run.ProjectId, TemplateId = template.TemplateKey, TemplateVersion = template.Version,
            };
            var resolution = new ExpressionResolutionContext(values, static _ => null) { Inputs = inputs.RootElement };
            return TypedResults.Ok(new JobDryRunResponse(true, true, run.TraceId, template.TemplateKey, template.Version,
                inputs.RootElement.Clone(), JobPlanner.Plan(template, resolution).Select(PlanStepResponse.From).ToList()));
        }

        return await StoreAsync(context, run, details, services, cancellationToken);
    }

    private static async Task<IResult> StoreAsync(
        HttpContext context, Run run, Dictionary<string, string> details, JobEndpointServices services, CancellationToken cancellationToken)
    {
        var result = await services.Runs.CreateAsync(run.TenantId, run, cancellationToken);
        var stored = result.Run;
        details["run_id"] = stored.RunId;
        var response = new JobAcceptedResponse(stored.RunId, RunStatusNames.ToWireName(stored.Status), stored.TraceId);
        switch (result.Outcome)
        {
            case RunCreateOutcome.Created:
                services.Audit.Record(context, run.TenantId, Action, "allow", "queued", details, run.ActorId);
                JobsLog.Queued(services.Logger, run.TenantId, run.TemplateKey, stored.RunId);
                services.Work?.RunCreated(result);
                return TypedResults.Accepted("/api/v1/jobs/" + stored.RunId, response);
            case RunCreateOutcome.Replayed:
                services.Audit.Record(context, run.TenantId, Action, "allow", "idempotent_replay", details, run.ActorId);
                JobsLog.Replayed(services.Logger, run.TenantId, run.TemplateKey, stored.RunId);
                return TypedResults.Ok(response);
            default:
                services.Audit.Record(context, run.TenantId, Action, "deny", "idempotency_conflict", details, run.ActorId);
                return ErrorResults.Problem(context, StatusCodes.Status409Conflict, ErrorType.Conflict,
                    "This idempotency key was used for a request with other inputs; use a new key for a different request.",
                    new { idempotency_key = run.IdempotencyKey, run_id = stored.RunId });
        }
    }

    private static Run NewRun(HttpContext context, JobRequest request, JobTemplate template, JsonElement inputs, JobEndpointServices services)
    {
        var canonical = CanonicalJson.ToText(inputs);
        return new Run
        {
            RunId = services.RunIds.NewRunId(),
            TenantId = request.TenantId,
            ProjectId = request.ProjectId,
            TemplateKey = template.TemplateKey,
            TemplateVersion = template.Version,
            TemplateJson = JobTemplateJson.ToJsonString(template),
            InputsJson = canonical,
            InputsSha256 = CanonicalJson.Sha256Hex(canonical),
            Status = RunStatus.Queued,
            TraceId = request.TraceId ?? ErrorResults.TraceId(context),
            ActorId = request.ActorId,
            RequestedByKeyId = context.GetCaller()?.KeyId,
            RequestedAt = services.Time.GetUtcNow(),
            IdempotencyKey = request.IdempotencyKey,
        };
    }

    private static string? Single(Microsoft.Extensions.Primitives.StringValues values) => values.Count == 0 ? null : values.ToString();

    private static Dictionary<string, string> Count(IReadOnlyList<ValidationProblem> problems) =>
        new() { ["problems"] = problems.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) };

    private static IResult ValidationFailed(HttpContext context, string message, IReadOnlyList<ValidationProblem> problems) =>
        ErrorResults.Problem(context, StatusCodes.Status400BadRequest, ErrorType.ValidationFailed,
            $"{message}: {problems.Count} problem(s).",
            problems.Select(p => (object)new { path = p.Path, code = p.Code, message = p.Message }).ToArray());
}
