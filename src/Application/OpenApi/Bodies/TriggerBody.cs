using System.Text.Json;

namespace JobForge.Application.OpenApi.Bodies;

/// <summary>
/// The body of <c>POST /api/v1/triggers</c> and (every field optional, <c>null</c> clears; <c>id</c>, <c>tenant_id</c>,
/// <c>trigger_type</c> and <c>actor_id</c> immutable) <c>PATCH /api/v1/triggers/{id}</c>. See docs/triggers.md.
/// </summary>
public sealed class TriggerBody
{
    /// <summary>Optional on create (else <c>trg_…</c>).</summary>
    public string? Id { get; init; }

    /// <summary>The tenant.</summary>
    public string? TenantId { get; init; }

    /// <summary>The project, if any.</summary>
    public string? ProjectId { get; init; }

    /// <summary><c>cron</c> or <c>event</c>.</summary>
    public string? TriggerType { get; init; }

    /// <summary>A display name.</summary>
    public string? Name { get; init; }

    /// <summary>The template each fire requests.</summary>
    public string? TargetTemplateKey { get; init; }

    /// <summary>The inputs of each run; event triggers may use <c>${{ event.* }}</c>.</summary>
    public JsonElement? TargetInputs { get; init; }

    /// <summary>Default false.</summary>
    public bool? Enabled { get; init; }

    /// <summary>Record what would fire, request nothing. Default false.</summary>
    public bool? DryRun { get; init; }

    /// <summary>The safety gate.</summary>
    public TriggerSafetyBody? Safety { get; init; }

    /// <summary>Cron: 5 fields, or 6 with seconds first.</summary>
    public string? CronExpression { get; init; }

    /// <summary>Cron: an IANA time zone; default UTC.</summary>
    public string? TimeZone { get; init; }

    /// <summary>Cron: <c>fire_once</c> (default) or <c>skip</c>.</summary>
    public string? MisfirePolicy { get; init; }

    /// <summary>Event: <c>infrastructure.vm.down</c> or <c>infrastructure.*</c>.</summary>
    public string? EventTypeFilter { get; init; }

    /// <summary>Event: the source app.</summary>
    public string? EventSourceFilter { get; init; }

    /// <summary>Event: the source module.</summary>
    public string? SourceModule { get; init; }

    /// <summary>Event: the least <c>payload.severity</c>.</summary>
    public string? SeverityThreshold { get; init; }

    /// <summary>Event: the least <c>payload.priority</c>.</summary>
    public string? PriorityThreshold { get; init; }

    /// <summary>Create only: the actor fires run as.</summary>
    public string? ActorId { get; init; }
}
