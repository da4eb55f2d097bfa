namespace JobForge.Application.Flags;

/// <summary>
/// JobForge's feature flags, read from configuration under the names users already know (environment variables such as
/// <c>JOBFORGE_EVENTS_ENABLED=1</c>). Everything is off by default except <see cref="RequirePolicyTokens"/>.
/// Values: <c>1</c>/<c>true</c>/<c>yes</c>/<c>on</c> or <c>0</c>/<c>false</c>/<c>no</c>/<c>off</c>, case-insensitive.
/// </summary>
public sealed record FeatureFlags
{
    /// <summary>Event ingestion (<c>JOBFORGE_EVENTS_ENABLED</c>).</summary>
    public bool EventsEnabled { get; init; }

    /// <summary>Trigger firing (<c>JOBFORGE_TRIGGERS_ENABLED</c>).</summary>
    public bool TriggersEnabled { get; init; }

    /// <summary>Autopilot job templates (<c>JOBFORGE_AUTOPILOT_JOBS_ENABLED</c>).</summary>
    public bool AutopilotJobsEnabled { get; init; }

    /// <summary>Action (write) jobs (<c>JOBFORGE_ACTION_JOBS_ENABLED</c>).</summary>
    public bool ActionJobsEnabled { get; init; }

    /// <summary>Audit logging (<c>JOBFORGE_AUDIT_LOGGING_ENABLED</c>).</summary>
    public bool AuditLoggingEnabled { get; init; }

    /// <summary>Artifact manifests (<c>JOBFORGE_MANIFESTS_ENABLED</c>).</summary>
    public bool ManifestsEnabled { get; init; }

    /// <summary>Per-tenant rate limiting (<c>JOBFORGE_RATE_LIMITING_ENABLED</c>).</summary>
    public bool RateLimitingEnabled { get; init; }

    /// <summary>Overload admission control (<c>JOBFORGE_ADMISSION_CONTROL_ENABLED</c>; bounds under <c>JobForge:Admission</c>).</summary>
    public bool AdmissionControlEnabled { get; init; }

    /// <summary>Action jobs need a policy token (<c>JOBFORGE_REQUIRE_POLICY_TOKENS</c>; on by default).</summary>
    public bool RequirePolicyTokens { get; init; } = true;

    /// <summary>Replay bundles (<c>REPLAY_PACK_ENABLED</c>).</summary>
    public bool ReplayPackEnabled { get; init; }

    /// <summary>The verify pack job (<c>VERIFY_PACK_ENABLED</c>).</summary>
    public bool VerifyPackEnabled { get; init; }

    /// <summary>Policy token lifetime when minting (<c>JOBFORGE_POLICY_TOKEN_EXPIRY_HOURS</c>; default 1, at most 24).</summary>
    public int PolicyTokenExpiryHours { get; init; } = 1;

    /// <summary>Whether policy token secrets are configured (<c>JOBFORGE_POLICY_TOKEN_SECRET</c> or <c>JobForge:Policy:Secrets:n</c>); the secrets themselves are never shown.</summary>
    public bool PolicyTokenSecretConfigured { get; init; }
}
