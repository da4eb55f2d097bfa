using JobForge.Domain.Events;

namespace JobForge.Domain.Runs;

/// <summary>The outcome of <see cref="JobRequestParser.Parse"/>.</summary>
/// <param name="Request">The request when there are no problems, else null.</param>
/// <param name="TenantId">The tenant id when it alone could be read (for the tenant check before shape problems).</param>
/// <param name="Problems">Every problem with its path (<c>$.template_key</c>); empty when valid.</param>
public sealed record JobRequestParseResult(JobRequest? Request, string? TenantId, IReadOnlyList<ValidationProblem> Problems)
{
    /// <summary>Whether the body has the right shape.</summary>
    public bool IsValid => Request is not null;
}
