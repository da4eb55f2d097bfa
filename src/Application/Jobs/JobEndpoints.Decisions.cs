using System.Text.Json;
using JobForge.Domain.Auth;
using JobForge.Domain.Errors;
using JobForge.Domain.Runs;
using JobForge.Application.Auth;
using JobForge.Application.Errors;
using JobForge.Application.Json;
using JobForge.Application.Runs;

namespace JobForge.Application.Jobs;

public static partial class JobEndpoints
{
    /// <summary>The scope that approves and rejects runs.</summary>
    public const string ApproveScope = "jobs:approve";

    /// <summary>Approves the run's pending approval (<c>jobs:approve</c>; not by its requester unless configured).</summary>
    public static Task<IResult> ApproveAsync(HttpContext context, [Microsoft.AspNetCore.Mvc.FromRoute(Name = "run_id")] string runId, [AsParameters] RunDecisionServices services, CancellationToken cancellationToken) =>
        DecideAsync(context, runId, RunSignalKinds.Approve, services, cancellationToken);

    /// <summary>Rejects the run's pending approval: the run fails (and rolls back what it can).</summary>
    public static Task<IResult> RejectAsync(HttpContext context, [Microsoft.AspNetCore.Mvc.FromRoute(Name = "run_id")] string runId, [AsParameters] RunDecisionServices services, CancellationToken cancellationToken) =>
        DecideAsync(context, runId, RunSignalKinds.Reject, services, cancellationToken);

    /// <summary>Cancels an unfinished run before its next step, signalling the step in flight; <c>rollback: true</c> compensates.</summary>
    public static Task<IResult> CancelAsync(HttpContext context, [Microsoft.AspNetCore.Mvc.FromRoute(Name = "run_id")] string runId, [AsParameters] RunDecisionServices services, CancellationToken cancellationToken) =>
        DecideAsync(context, runId, RunSignalKinds.Cancel, services, cancellationToken);

    /// <summary>Rolls back a succeeded run: its completed steps' compensations run in reverse order.</summary>
    public static Task<IResult> RollbackAsync(HttpContext context, [Microsoft.AspNetCore.Mvc.FromRoute(Name = "run_id")] string runId, [AsParameters] RunDecisionServices services, CancellationToken cancellationToken) =>
        DecideAsync(context, runId, RunSignalKinds.Rollback, services, cancellationToken);

    private static async Task<IResult> DecideAsync(HttpContext context, string runId, string kind, RunDecisionServices services, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(services);
        var caller = context.GetCaller()!;
        var (tenant, problems) = RunRouteTarget.Resolve(context, runId, caller, []);
        if (problems.Count > 0)
        {
            return ValidationFailed(context, "The request is not valid", problems);
        }

        var (request, bodyError) = await ReadDecisionAsync(context, kind == RunSignalKinds.Cancel, cancellationToken);
        if (bodyError is not null)
        {
            return bodyError;
        }

        var action = "job_" + kind;
        var notFound = ErrorResults.Problem(context, StatusCodes.Status404NotFound, ErrorType.NotFound, $"There is no run '{runId}' for this tenant.", new { run_id = runId });
        if (!caller.CoversTenant(tenant!))
        {
            return notFound;
        }

        var signal = new RunSignal(kind, request!.ActorId ?? caller.KeyId, services.Time.GetUtcNow(), request.Comment, request.Rollback);
        var plans = context.RequestServices.GetRequiredService<RunPlanCache>();
        var (record, refusal) = await services.Signals.SendAsync(tenant!, runId, signal,
            current => Refusal(kind, current, caller, request, services.Engine.Value.AllowSelfApproval) ?? NothingToUndo(kind, current, plans), cancellationToken);
        if (record is null)
        {
            return notFound;
        }

        var details = new Dictionary<string, string> { ["run_id"] = runId, ["template_key"] = record.Run.TemplateKey };
        if (request.Comment is { } comment && kind is RunSignalKinds.Approve or RunSignalKinds.Reject)
        {
            details["comment"] = comment; // the approver's reason stays with the decision (redacted and capped by the recorder)
        }

        if (refusal is not null)
        {
            services.Audit.Record(context, tenant, action, "deny", refusal, details, request.ActorId);
            return refusal switch
            {
                "self_approval" => ErrorResults.Problem(context, StatusCodes.Status403Forbidden, ErrorType.Forbidden,
                    "The run's requester may not decide on its own approval; ask another approver.", new { run_id = runId, reason = refusal }),
                RunIgnoredReasons.NothingToCompensate => ErrorResults.Problem(context, StatusCodes.Status409Conflict, ErrorType.Conflict,
                    "The run has nothing to compensate: none of its succeeded steps declares 'compensate', so a rollback would change nothing.",
                    new { run_id = runId, reason = refusal, status = RunStatusNames.ToWireName(record.Status) }),
                _ => ErrorResults.Problem(context, StatusCodes.Status409Conflict, ErrorType.Conflict,
                    $"The run is {RunStatusNames.ToWireName(record.Status)}; it cannot be {Past(kind)} now.",
                    new { run_id = runId, reason = refusal, status = RunStatusNames.ToWireName(record.Status) }),
            };
        }

        services.Audit.Record(context, tenant, action, "allow", kind, details, request.ActorId);
        return TypedResults.Accepted($"/api/v1/jobs/{runId}", new RunDecisionResponse(runId, RunStatusNames.ToWireName(record.Status), kind));
    }

    private static string? Refusal(string kind, RunRecord record, Caller caller, RunDecisionRequest request, bool allowSelfApproval)
    {
        var status = record.Status;
        return kind switch
        {
            RunSignalKinds.Approve or RunSignalKinds.Reject when status != RunStatus.AwaitingApproval => "not_awaiting_approval",
            RunSignalKinds.Approve or RunSignalKinds.Reject when !allowSelfApproval && IsRequester(record.Run, caller, request) => "self_approval",
            RunSignalKinds.Cancel when RunTransitions.IsTerminal(status) => "already_finished",
            RunSignalKinds.Rollback when status != RunStatus.Succeeded => "not_succeeded",
            _ when record.Inbox.Any(pending => pending.Kind == kind) => "already_requested",
            _ => null,
        };
    }

    /// <summary>A rollback of a succeeded run none of whose steps declares a compensation would do nothing: refused, saying so.</summary>
    private static string? NothingToUndo(string kind, RunRecord record, RunPlanCache plans) =>
        kind == RunSignalKinds.Rollback && record.State is { } state && plans.Get(record.Run) is { } planned && !RunDecider.HasCompensation(planned.Plan, state)
            ? RunIgnoredReasons.NothingToCompensate
            : null;

    private static bool IsRequester(Run run, Caller caller, RunDecisionRequest request) =>
        string.Equals(run.RequestedByKeyId, caller.KeyId, StringComparison.Ordinal)
        || (run.ActorId is not null && string.Equals(run.ActorId, request.ActorId, StringComparison.Ordinal));

    private static string Past(string kind) => kind switch
    {
        RunSignalKinds.Approve => "approved",
        RunSignalKinds.Reject => "rejected",
        RunSignalKinds.Cancel => "canceled",
        _ => "rolled back",
    };

    private static async Task<(RunDecisionRequest? Request, IResult? Error)> ReadDecisionAsync(HttpContext context, bool allowRollback, CancellationToken cancellationToken)
    {
        if (context.Request.ContentLength == 0 || (context.Request.ContentLength is null && !context.Request.Headers.ContainsKey("Transfer-Encoding")))
        {
            return (RunDecisionRequest.Parse(null, allowRollback).Request, null);
        }

        var (document, error) = await JsonRequestBody.ReadAsync(context, RunDecisionRequest.MaxBodyBytes, cancellationToken);
        if (error is not null)
        {
            return (null, error);
        }

        using (document)
        {
            var (request, problems) = RunDecisionRequest.Parse(document!.RootElement, allowRollback);
            return problems.Count > 0 ? (null, ValidationFailed(context, "The request is not valid", problems)) : (request, null);
        }
    }
}
