using System.Text.Json;
using JobForge.Domain.Policy;
using JobForge.Domain.Runs;
using JobForge.Domain.Templates;
using JobForge.Application.Flags;

namespace JobForge.Application.Jobs;

/// <content>The action gate and storing the run.</content>
public sealed partial class JobSubmitter
{
    private async Task<JobSubmitResult?> ActionGateAsync(
        JobSubmission submission, JobTemplate template, List<JobAuditEntry> audit, CancellationToken cancellationToken)
    {
        if (!template.IsActionJob)
        {
            return null;
        }

        var flags = _flags.Current;
        if (!flags.ActionJobsEnabled)
        {
            return Empty(audit) with { Outcome = JobSubmitOutcome.FeatureDisabled, Flag = FeatureFlagNames.ActionJobs };
        }

        if (!flags.RequirePolicyTokens || submission.ActionPreApproved)
        {
            return null;
        }

        var request = submission.Request;
        var details = new Dictionary<string, string> { ["template_key"] = template.TemplateKey };
        var decision = request.ApprovalToken is { } token
            ? await _policy.VerifyAsync(token, new PolicyCheck(template.TemplateKey, request.TenantId, request.ProjectId, request.ActorId, template.RequiredScopes), cancellationToken)
                .ConfigureAwait(false)
            : PolicyDecision.Deny("token_missing",
                $"Action job '{template.TemplateKey}' needs a policy token: send it in the {JobEndpoints.PolicyTokenHeader} header or as inputs.approval_token.");
        if (decision.Allowed)
        {
            details["jti"] = decision.Claims!.Jti;
            audit.Add(new JobAuditEntry("policy_check_allow", "allow", "allowed", details, request.ActorId));
            return null;
        }

        details["reason"] = decision.Reason!;
        audit.Add(new JobAuditEntry("policy_check_deny", "deny", decision.Reason!, details, request.ActorId));
        return Empty(audit) with { Outcome = JobSubmitOutcome.PolicyDenied, Policy = decision };
    }

    private async Task<JobSubmitResult> StoreAsync(
        Run run, JobTemplate template, Dictionary<string, string> details, List<JobAuditEntry> audit, CancellationToken cancellationToken)
    {
        var result = await _runs.CreateAsync(run.TenantId, run, cancellationToken).ConfigureAwait(false);
        var stored = result.Run;
        details["run_id"] = stored.RunId;
        var (outcome, decision, reason) = result.Outcome switch
        {
            RunCreateOutcome.Created => (JobSubmitOutcome.Queued, "allow", "queued"),
            RunCreateOutcome.Replayed => (JobSubmitOutcome.Replayed, "allow", "idempotent_replay"),
            _ => (JobSubmitOutcome.IdempotencyConflict, "deny", "idempotency_conflict"),
        };
        audit.Add(new JobAuditEntry(Action, decision, reason, new Dictionary<string, string>(details), run.ActorId));
        if (outcome == JobSubmitOutcome.Queued)
        {
            JobsLog.Queued(_logger, run.TenantId, run.TemplateKey, stored.RunId);
            Telemetry.JobForgeTelemetry.RememberRunParent(run.TenantId, stored.RunId); // before the engine can pick it up
            _notifier?.RunCreated(result);
        }
        else if (outcome == JobSubmitOutcome.Replayed)
        {
            JobsLog.Replayed(_logger, run.TenantId, run.TemplateKey, stored.RunId);
        }

        return new JobSubmitResult { Outcome = outcome, Audit = audit, Run = stored, Template = template };
    }

    private Run NewRun(JobSubmission submission, JobTemplate template, JsonElement inputs)
    {
        var request = submission.Request;
        var canonical = CanonicalJson.ToText(inputs);
        return new Run
        {
            RunId = _runIds.NewRunId(),
            TenantId = request.TenantId,
            ProjectId = request.ProjectId,
            TemplateKey = template.TemplateKey,
            TemplateVersion = template.Version,
            TemplateJson = JobTemplateJson.ToJsonString(template),
            InputsJson = canonical,
            InputsSha256 = CanonicalJson.Sha256Hex(canonical),
            Status = RunStatus.Queued,
            TraceId = request.TraceId ?? submission.FallbackTraceId,
            ActorId = request.ActorId,
            RequestedByKeyId = submission.RequestedByKeyId,
            RequestedAt = _time.GetUtcNow(),
            IdempotencyKey = request.IdempotencyKey,
        };
    }
}
