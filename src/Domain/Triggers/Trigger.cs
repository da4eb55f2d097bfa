using System.Text.Json;
using JobForge.Domain.Triggers.Cron;

namespace JobForge.Domain.Triggers;

/// <summary>
/// A cron or event trigger: what it targets, its filters or schedule, and its safety block. Wire names are snake_case
/// (<see cref="TriggerWireNames"/>).
/// </summary>
public sealed record Trigger
{
    /// <summary>The trigger id (<see cref="Events.StorageSafeId"/>, at most 64).</summary>
    public required string Id { get; init; }

    /// <summary>The tenant.</summary>
    public required string TenantId { get; init; }

    /// <summary>The project, if any.</summary>
    public string? ProjectId { get; init; }

    /// <summary>Cron or event.</summary>
    public required TriggerType TriggerType { get; init; }

    /// <summary>A display name (1–200 characters).</summary>
    public required string Name { get; init; }

    /// <summary>The template a fire requests.</summary>
    public required string TargetTemplateKey { get; init; }

    /// <summary>The inputs object of a fire; event triggers may use <c>${{ event.* }}</c>.</summary>
    public required JsonElement TargetInputs { get; init; }

    /// <summary>Whether it fires (default false).</summary>
    public bool Enabled { get; init; }

    /// <summary>Whether fires are only recorded, never requested (default false).</summary>
    public bool DryRun { get; init; }

    /// <summary>The safety block.</summary>
    public TriggerSafety Safety { get; init; } = new();

    /// <summary>The cron expression (cron triggers).</summary>
    public string? CronExpression { get; init; }

    /// <summary>The IANA time zone the expression is read in (cron triggers; default <c>UTC</c>).</summary>
    public string? TimeZone { get; init; }

    /// <summary>What to do with missed slots (cron triggers; default fire once).</summary>
    public MisfirePolicy MisfirePolicy { get; init; } = MisfirePolicy.FireOnce;

    /// <summary>The event type filter: exact or with a trailing <c>*</c> (event triggers).</summary>
    public string? EventTypeFilter { get; init; }

    /// <summary>The source app that must have sent the event, if set.</summary>
    public string? EventSourceFilter { get; init; }

    /// <summary>The source module that must have sent the event, if set.</summary>
    public string? SourceModule { get; init; }

    /// <summary>The lowest <c>payload.severity</c> that matches, if set.</summary>
    public string? SeverityThreshold { get; init; }

    /// <summary>The lowest <c>payload.priority</c> that matches, if set.</summary>
    public string? PriorityThreshold { get; init; }

    /// <summary>The actor that created it.</summary>
    public string? CreatedBy { get; init; }

    /// <summary>When it was created.</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>When it was last changed; a cron trigger's schedule restarts from here.</summary>
    public required DateTimeOffset UpdatedAt { get; init; }
}
