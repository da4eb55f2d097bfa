namespace JobForge.Application.Flags;

/// <summary>The configuration keys of the feature flags (also their environment variable names).</summary>
public static class FeatureFlagNames
{
    /// <summary>Event ingestion.</summary>
    public const string Events = "JOBFORGE_EVENTS_ENABLED";

    /// <summary>Trigger firing.</summary>
    public const string Triggers = "JOBFORGE_TRIGGERS_ENABLED";

    /// <summary>Autopilot jobs.</summary>
    public const string AutopilotJobs = "JOBFORGE_AUTOPILOT_JOBS_ENABLED";

    /// <summary>Action jobs.</summary>
    public const string ActionJobs = "JOBFORGE_ACTION_JOBS_ENABLED";

    /// <summary>Audit logging.</summary>
    public const string AuditLogging = "JOBFORGE_AUDIT_LOGGING_ENABLED";

    /// <summary>Artifact manifests.</summary>
    public const string Manifests = "JOBFORGE_MANIFESTS_ENABLED";

    /// <summary>Rate limiting.</summary>
    public const string RateLimiting = "JOBFORGE_RATE_LIMITING_ENABLED";

    /// <summary>Overload admission control: 503 <c>overloaded</c> when the server is behind (<c>JobForge:Admission</c>).</summary>
    public const string AdmissionControl = "JOBFORGE_ADMISSION_CONTROL_ENABLED";

    /// <summary>Policy tokens required for action jobs.</summary>
    public const string RequirePolicyTokens = "JOBFORGE_REQUIRE_POLICY_TOKENS";

    /// <summary>Replay bundles.</summary>
    public const string ReplayPack = "REPLAY_PACK_ENABLED";

    /// <summary>Verify pack.</summary>
    public const string VerifyPack = "VERIFY_PACK_ENABLED";

    /// <summary>Policy token secret(s), comma-separated; the first signs, all verify.</summary>
    public const string PolicyTokenSecret = "JOBFORGE_POLICY_TOKEN_SECRET";

    /// <summary>Policy token expiry in hours.</summary>
    public const string PolicyTokenExpiryHours = "JOBFORGE_POLICY_TOKEN_EXPIRY_HOURS";
}
