using JobForge.Application.Auth;

namespace JobForge.Application.Flags;

/// <summary><c>GET /api/v1/flags</c>: the effective feature flags (operators: scope <c>admin</c>).</summary>
public static class FlagEndpoints
{
    /// <summary>Maps the flags route.</summary>
    public static IEndpointRouteBuilder MapFlagEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/v1/flags", GetFlags).WithName("GetFlags").RequireScope("admin").Produces<Dictionary<string, object>>();
        return routes;
    }

    /// <summary>The flags in effect now, under their configuration names; the token secret only as configured or not.</summary>
    public static IResult GetFlags(FeatureFlagsReader flags)
    {
        var current = flags.Current;
        return TypedResults.Ok(new Dictionary<string, object>
        {
            [FeatureFlagNames.Events] = current.EventsEnabled,
            [FeatureFlagNames.Triggers] = current.TriggersEnabled,
            [FeatureFlagNames.AutopilotJobs] = current.AutopilotJobsEnabled,
            [FeatureFlagNames.ActionJobs] = current.ActionJobsEnabled,
            [FeatureFlagNames.AuditLogging] = current.AuditLoggingEnabled,
            [FeatureFlagNames.Manifests] = current.ManifestsEnabled,
            [FeatureFlagNames.RateLimiting] = current.RateLimitingEnabled,
            [FeatureFlagNames.AdmissionControl] = current.AdmissionControlEnabled,
            [FeatureFlagNames.RequirePolicyTokens] = current.RequirePolicyTokens,
            [FeatureFlagNames.ReplayPack] = current.ReplayPackEnabled,
            [FeatureFlagNames.VerifyPack] = current.VerifyPackEnabled,
            [FeatureFlagNames.PolicyTokenExpiryHours] = current.PolicyTokenExpiryHours,
            [FeatureFlagNames.PolicyTokenSecret] = current.PolicyTokenSecretConfigured ? "configured" : "not configured",
        });
    }
}
