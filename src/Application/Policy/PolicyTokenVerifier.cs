using JobForge.Domain.Policy;

namespace JobForge.Application.Policy;

/// <summary>
/// Verifies policy tokens for the server (the job request endpoints call it): the domain
/// <see cref="PolicyTokenValidator"/> at the injected clock, over the configured secrets and the shared (briefly
/// cached) revocations. Never throws on token input. Singleton; thread-safe.
/// </summary>
public sealed class PolicyTokenVerifier
{
    private readonly PolicyTokenValidator _validator;
    private readonly TimeProvider _time;
    private readonly ILogger<PolicyTokenVerifier> _logger;

    /// <summary>Creates the verifier.</summary>
    public PolicyTokenVerifier(PolicyTokenKeyRing keys, IPolicyTokenRevocations revocations, TimeProvider time, ILogger<PolicyTokenVerifier> logger)
    {
        _validator = new PolicyTokenValidator(keys, revocations);
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
    }

    /// <summary>Whether <paramref name="token"/> allows <paramref name="check"/> now; a deny carries a stable reason.</summary>
    public async Task<PolicyDecision> VerifyAsync(string token, PolicyCheck check, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(check);
        var decision = await _validator.ValidateAsync(token, check, _time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        if (!decision.Allowed)
        {
            PolicyLog.CheckDenied(_logger, check.Action, decision.Reason!);
        }

        return decision;
    }
}
