namespace JobForge.Domain.Triggers;

/// <summary>What <see cref="TriggerGate"/> decided.</summary>
/// <param name="Code">A <see cref="TriggerDecisionCodes"/> value.</param>
/// <param name="Reason">Why, for people (names the failing limit and its values).</param>
/// <param name="RetryAfter">For <c>cooldown</c> and <c>rate_limited</c>: how long until the check could pass.</param>
public sealed record TriggerDecision(string Code, string Reason, TimeSpan? RetryAfter = null)
{
    /// <summary>Whether a job is to be requested.</summary>
    public bool Fires => Code == TriggerDecisionCodes.Fire;

    /// <summary>Whether every check passed (a fire, or a dry run that would have fired).</summary>
    public bool Passed => Code is TriggerDecisionCodes.Fire or TriggerDecisionCodes.DryRun;
}
