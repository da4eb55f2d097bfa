namespace JobForge.Application.Jobs;

/// <summary>What <see cref="JobSubmitter.SubmitAsync"/> did, in gate order for the denials.</summary>
public enum JobSubmitOutcome
{
    /// <summary>A run was stored and queued.</summary>
    Queued,

    /// <summary>The idempotency key was used before with the same inputs: the original run.</summary>
    Replayed,

    /// <summary>A dry run passed every gate: nothing was stored.</summary>
    DryRun,

    /// <summary>The idempotency key was used before with other inputs.</summary>
    IdempotencyConflict,

    /// <summary>A feature flag is off (<see cref="JobSubmitResult.Flag"/>).</summary>
    FeatureDisabled,

    /// <summary>There is no such template.</summary>
    TemplateNotFound,

    /// <summary>The template is not enabled for the tenant.</summary>
    TemplateDisabled,

    /// <summary>The inputs do not match the input schema (<see cref="JobSubmitResult.Problems"/>).</summary>
    InputsInvalid,

    /// <summary>The caller lacks scopes the template needs (<see cref="JobSubmitResult.MissingScopes"/>).</summary>
    MissingScopes,

    /// <summary>The policy token does not allow the action job (<see cref="JobSubmitResult.Policy"/>).</summary>
    PolicyDenied,
}
