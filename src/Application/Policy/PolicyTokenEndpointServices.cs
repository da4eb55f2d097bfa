using JobForge.Domain.Policy;
using JobForge.Application.Audit;
using JobForge.Application.Flags;

namespace JobForge.Application.Policy;

/// <summary>What the policy token endpoints need, bound with <c>[AsParameters]</c>.</summary>
/// <param name="Issuer">Mints tokens.</param>
/// <param name="Verifier">Checks tokens.</param>
/// <param name="Keys">The secrets (for checking a token given to the revoke endpoint).</param>
/// <param name="Revocations">The shared revocations, through this server's cache.</param>
/// <param name="Flags">The feature flags (default lifetime).</param>
/// <param name="Audit">The audit trail.</param>
/// <param name="Time">The clock.</param>
/// <param name="Logger">The policy logger.</param>
public sealed record PolicyTokenEndpointServices(
    PolicyTokenIssuer Issuer,
    PolicyTokenVerifier Verifier,
    PolicyTokenKeyRing Keys,
    CachedPolicyTokenRevocations Revocations,
    FeatureFlagsReader Flags,
    AuditRecorder Audit,
    TimeProvider Time,
    ILogger<PolicyTokenVerifier> Logger);
