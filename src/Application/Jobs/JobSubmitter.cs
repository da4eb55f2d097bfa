using JobForge.Domain.Runs;
using JobForge.Domain.Templates;
using JobForge.Application.Flags;
using JobForge.Application.Policy;
using JobForge.Application.Telemetry;

namespace JobForge.Application.Jobs;

/// <summary>
/// Submits a job request, host-neutral: the HTTP job endpoint and the trigger scheduler both use it. Gates in order:
/// autopilot flag, template exists and is enabled for the tenant, inputs against the input schema, required scopes,
/// then for action jobs the action flag and the policy token (unless pre-approved). Then, unless a dry run, stores the
/// run under the request's idempotency key and signals <see cref="IRunWorkNotifier"/> (when one is registered).
/// Returns what happened and the audit records to write; never writes audit itself, so each host stamps its own context.
/// </summary>
public sealed partial class JobSubmitter
{
    private const string Action = "job_request";
    private readonly IRunStore _runs;
    private readonly TemplateCatalog _catalog;
    private readonly PolicyTokenVerifier _policy;
    private readonly FeatureFlagsReader _flags;
    private readonly IRunIdSource _runIds;
    private readonly TimeProvider _time;
    private readonly IRunWorkNotifier? _notifier;
    private readonly ILogger _logger;

    /// <summary>A submitter; <paramref name="services"/> is asked for an optional <see cref="IRunWorkNotifier"/>.</summary>
    public JobSubmitter(
        IRunStore runs, TemplateCatalog catalog, PolicyTokenVerifier policy, FeatureFlagsReader flags, IRunIdSource runIds,
        TimeProvider time, ILoggerFactory loggers, IServiceProvider services)
    {
        _runs = runs ?? throw new ArgumentNullException(nameof(runs));
        _catalog = catalog ?? throw new ArgumentNullException(nameof(catalog));
        _policy = policy ?? throw new ArgumentNullException(nameof(policy));
        _flags = flags ?? throw new ArgumentNullException(nameof(flags));
        _runIds = runIds ?? throw new ArgumentNullException(nameof(runIds));
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _logger = (loggers ?? throw new ArgumentNullException(nameof(loggers))).CreateLogger("JobForge.Application.Jobs");
        _notifier = (services ?? throw new ArgumentNullException(nameof(services))).GetService<IRunWorkNotifier>();
    }

    /// <summary>Submits <paramref name="submission"/>, in a <c>jobforge.job_request</c> span.</summary>
    public async Task<JobSubmitResult> SubmitAsync(JobSubmission submission, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(submission);
        using var activity = JobForgeTelemetry.StartJobRequest(submission.Request.TenantId, submission.Request.TemplateKey);
        var result = await SubmitGatedAsync(submission, cancellationToken).ConfigureAwait(false);
        activity?.SetTag(Attributes.RunId, result.Run?.RunId).SetTag(Attributes.Outcome, result.Outcome.ToString());
        JobForgeMetrics.JobRequested(result.Outcome.ToString());
        return result;
    }

    private async Task<JobSubmitResult> SubmitGatedAsync(JobSubmission submission, CancellationToken cancellationToken)
    {
        var request = submission.Request;
        var audit = new List<JobAuditEntry>();
        var details = new Dictionary<string, string> { ["template_key"] = request.TemplateKey };
        JobSubmitResult Deny(JobSubmitOutcome outcome, string reason, JobSubmitResult result)
        {
            audit.Add(new JobAuditEntry(Action, "deny", reason, new Dictionary<string, string>(details), request.ActorId));
            JobsLog.Denied(_logger, request.TenantId, request.TemplateKey, reason);
            return result with { Outcome = outcome, Audit = audit };
        }

        if (request.TemplateKey.StartsWith("autopilot.", StringComparison.Ordinal) && !_flags.Current.AutopilotJobsEnabled)
        {
            return Deny(JobSubmitOutcome.FeatureDisabled, "feature_disabled", Empty(audit) with { Flag = FeatureFlagNames.AutopilotJobs });
        }

        var entry = await _catalog.GetAsync(request.TenantId, request.TemplateKey, null, cancellationToken).ConfigureAwait(false);
        if (entry is null || !entry.Enabled)
        {
            return entry is null
                ? Deny(JobSubmitOutcome.TemplateNotFound, "template_not_found", Empty(audit))
                : Deny(JobSubmitOutcome.TemplateDisabled, "template_disabled", Empty(audit) with { Template = entry.Template });
        }

        var template = entry.Template;
        details["version"] = template.Version;
        var validated = JsonSchemaValidator.Validate(template.InputSchema, request.Inputs);
        if (!validated.IsValid)
        {
            var problems = validated.Problems.Select(p => p with { Path = "$.inputs" + p.Path[1..] }).ToList();
            return Deny(JobSubmitOutcome.InputsInvalid, "validation_failed", Empty(audit) with { Template = template, Problems = problems });
        }

        var missing = template.RequiredScopes.Where(scope => !submission.HasScope(scope)).ToList();
        if (missing.Count > 0)
        {
            return Deny(JobSubmitOutcome.MissingScopes, "missing_scopes", Empty(audit) with { Template = template, MissingScopes = missing });
        }

        if (await ActionGateAsync(submission, template, audit, cancellationToken).ConfigureAwait(false) is { } denied)
        {
            return Deny(denied.Outcome, denied.Outcome == JobSubmitOutcome.PolicyDenied ? "policy_denied" : "feature_disabled",
                denied with { Template = template });
        }

        var run = NewRun(submission, template, validated.ValueWithDefaults);
        if (request.DryRun)
        {
            audit.Add(new JobAuditEntry(Action, "allow", "dry_run", new Dictionary<string, string>(details), request.ActorId));
            return new JobSubmitResult { Outcome = JobSubmitOutcome.DryRun, Audit = audit, Run = run, Template = template };
        }

        return await StoreAsync(run, template, details, audit, cancellationToken).ConfigureAwait(false);
    }

    private static JobSubmitResult Empty(List<JobAuditEntry> audit) => new() { Outcome = JobSubmitOutcome.FeatureDisabled, Audit = audit };
}
