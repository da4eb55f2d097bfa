using System.Text.Json;

namespace JobForge.Client.Models;

/// <summary>A trigger (cron or event).</summary>
public sealed record Trigger
{
    /// <summary>The trigger id.</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>The tenant.</summary>
    public string TenantId { get; init; } = string.Empty;

    /// <summary>The project.</summary>
    public string? ProjectId { get; init; }

    /// <summary>cron or event.</summary>
    public string TriggerType { get; init; } = string.Empty;

    /// <summary>The name.</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>The template it requests.</summary>
    public string TargetTemplateKey { get; init; } = string.Empty;

    /// <summary>The inputs it requests with.</summary>
    public JsonElement TargetInputs { get; init; }

    /// <summary>Whether it fires.</summary>
    public bool Enabled { get; init; }

    /// <summary>Whether it only records decisions.</summary>
    public bool DryRun { get; init; }

    /// <summary>Its safety limits.</summary>
    public JsonElement Safety { get; init; }

    /// <summary>The cron expression.</summary>
    public string? CronExpression { get; init; }

    /// <summary>The time zone.</summary>
    public string? TimeZone { get; init; }

    /// <summary>The misfire policy.</summary>
    public string? MisfirePolicy { get; init; }

    /// <summary>The next fire time.</summary>
    public DateTimeOffset? NextFireAt { get; init; }

    /// <summary>The next few fire times (cron triggers).</summary>
    public IReadOnlyList<DateTimeOffset> NextFires { get; init; } = [];

    /// <summary>The event type filter.</summary>
    public string? EventTypeFilter { get; init; }

    /// <summary>The event source filter.</summary>
    public string? EventSourceFilter { get; init; }

    /// <summary>The source module filter.</summary>
    public string? SourceModule { get; init; }

    /// <summary>The severity threshold.</summary>
    public string? SeverityThreshold { get; init; }

    /// <summary>The priority threshold.</summary>
    public string? PriorityThreshold { get; init; }

    /// <summary>Who created it.</summary>
    public string? CreatedBy { get; init; }

    /// <summary>When it was created.</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>When it was last changed.</summary>
    public DateTimeOffset UpdatedAt { get; init; }

    /// <summary>Its version (for conditional updates).</summary>
    public string Version { get; init; } = string.Empty;
}
