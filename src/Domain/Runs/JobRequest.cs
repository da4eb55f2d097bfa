using System.Text.Json;

namespace JobForge.Domain.Runs;

/// <summary>A parsed <c>POST /api/v1/jobs</c> body (shape only: the gates come after).</summary>
/// <param name="TenantId">The tenant.</param>
/// <param name="TemplateKey">The template key.</param>
/// <param name="Inputs">The inputs object, without <c>approval_token</c>.</param>
/// <param name="ProjectId">The project, if given.</param>
/// <param name="TraceId">The caller's trace id, if given.</param>
/// <param name="ActorId">The actor, if given.</param>
/// <param name="DryRun">Whether to plan only.</param>
/// <param name="IdempotencyKey">The idempotency key (body or header), if given.</param>
/// <param name="ApprovalToken">The policy token (header or <c>inputs.approval_token</c>), if given.</param>
public sealed record JobRequest(
    string TenantId,
    string TemplateKey,
    JsonElement Inputs,
    string? ProjectId,
    string? TraceId,
    string? ActorId,
    bool DryRun,
    string? IdempotencyKey,
    string? ApprovalToken);
