using JobForge.Domain.Events;

namespace JobForge.Domain.Triggers;

/// <summary>The outcome of <see cref="TriggerRequestParser"/>: a trigger, or every problem with its JSON path.</summary>
/// <param name="Trigger">The trigger, when valid.</param>
/// <param name="TenantId">The tenant the body names, when readable (for the tenant check even when invalid).</param>
/// <param name="Problems">Every problem found.</param>
public sealed record TriggerParseResult(Trigger? Trigger, string? TenantId, IReadOnlyList<ValidationProblem> Problems);
