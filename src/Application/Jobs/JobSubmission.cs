using JobForge.Domain.Runs;

namespace JobForge.Application.Jobs;

/// <summary>A job request to submit, with what its host knows about the caller.</summary>
/// <param name="Request">The parsed request (its idempotency key makes the submission exact-once).</param>
/// <param name="FallbackTraceId">The trace id to use when the request names none.</param>
/// <param name="HasScope">Whether the caller holds a scope (the template's required scopes are checked with it).</param>
public sealed record JobSubmission(JobRequest Request, string FallbackTraceId, Func<string, bool> HasScope)
{
    /// <summary>
    /// The action job was approved up front (a trigger created with <c>allow_action_jobs</c> and a valid policy token),
    /// so no policy token is checked now; the action-jobs flag still is.
    /// </summary>
    public bool ActionPreApproved { get; init; }

    /// <summary>The API key that requests the run (its approvals are refused unless self-approval is allowed); null for system callers.</summary>
    public string? RequestedByKeyId { get; init; }
}
