using JobForge.Domain.Audit;
using JobForge.Domain.Runs;
using JobForge.Domain.Triggers;
using JobForge.Application.Flags;
using JobForge.Application.Jobs;

namespace JobForge.Application.Triggers;

/// <summary>
/// Turns a passed gate into a job request through <see cref="JobSubmitter"/>: the target inputs resolved against the
/// event, the fire identity as idempotency key (so a slot or an event never makes two runs), the creator as actor,
/// an action template pre-approved by the policy token shown at creation. Writes the submission's audit records, and a
/// <c>trigger_fire</c> record for every fire of an action template.
/// </summary>
public sealed class TriggerJobRequester
{
    private readonly JobSubmitter _submitter;
    private readonly IAuditLog _audit;
    private readonly FeatureFlagsReader _flags;
    private readonly TimeProvider _time;

    /// <summary>A requester submitting through <paramref name="submitter"/>.</summary>
    public TriggerJobRequester(JobSubmitter submitter, IAuditLog audit, FeatureFlagsReader flags, TimeProvider time)
    {
        _submitter = submitter ?? throw new ArgumentNullException(nameof(submitter));
        _audit = audit ?? throw new ArgumentNullException(nameof(audit));
        _flags = flags ?? throw new ArgumentNullException(nameof(flags));
        _time = time ?? throw new ArgumentNullException(nameof(time));
    }

    /// <summary>Requests (or, when <paramref name="dryRun"/>, plans) the job of <paramref name="fire"/>.</summary>
    public async Task<TriggerJobRequest> RequestAsync(TriggerFire fire, bool dryRun, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(fire);
        var trigger = fire.Trigger;
        var inputs = TriggerInputs.Resolve(trigger, fire.FireIdentity, fire.Event);
        if (!inputs.IsSuccess)
        {
            return new TriggerJobRequest("failed:inputs_unresolved", null);
        }

        var traceId = CanonicalJson.Sha256Hex(fire.FireIdentity)[..32];
        var request = new JobRequest(trigger.TenantId, trigger.TargetTemplateKey, inputs.Value!.Value, trigger.ProjectId, traceId,
            trigger.CreatedBy, dryRun, fire.FireIdentity, null);
        var result = await _submitter.SubmitAsync(
            new JobSubmission(request, traceId, static _ => true) { ActionPreApproved = trigger.Safety.AllowActionJobs }, cancellationToken).ConfigureAwait(false);
        if (!dryRun)
        {
            await AuditAsync(trigger, fire, result, traceId).ConfigureAwait(false);
        }

        var outcome = result.Outcome switch
        {
            JobSubmitOutcome.Queued => "queued",
            JobSubmitOutcome.Replayed => "replayed",
            JobSubmitOutcome.DryRun => "would_request",
            _ => "failed:" + result.Audit.LastOrDefault()?.Reason,
        };
        return new TriggerJobRequest(outcome, result.Accepted ? result.Run?.RunId : null);
    }

    private async Task AuditAsync(Trigger trigger, TriggerFire fire, JobSubmitResult result, string traceId)
    {
        if (!_flags.Current.AuditLoggingEnabled)
        {
            return;
        }

        var now = _time.GetUtcNow();
        foreach (var entry in result.Audit)
        {
            await _audit.RecordAsync(new AuditRecord(trigger.TenantId, entry.Action, entry.Decision, entry.Reason, now, null, entry.ActorId, traceId, entry.Details),
                CancellationToken.None).ConfigureAwait(false);
        }

        if (result.Template?.IsActionJob == true)
        {
            var details = new Dictionary<string, string>
            {
                ["trigger_id"] = trigger.Id, ["template_key"] = trigger.TargetTemplateKey, ["fire_identity"] = fire.FireIdentity,
                ["run_id"] = result.Run?.RunId ?? "",
            };
            await _audit.RecordAsync(new AuditRecord(trigger.TenantId, "trigger_fire", result.Accepted ? "allow" : "deny",
                result.Accepted ? "action_job_fired" : "action_job_refused", now, null, trigger.CreatedBy, traceId, details), CancellationToken.None).ConfigureAwait(false);
        }
    }
}
