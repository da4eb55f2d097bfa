using System.Text.Json;
using JobForge.Domain.Triggers;
using JobForge.Domain.Triggers.Cron;

namespace JobForge.Application.Triggers;

/// <summary>A trigger on the wire (snake_case), with <c>next_fire_at</c> for cron triggers and its version (also the <c>ETag</c>).</summary>
public sealed record TriggerResponse
{
    /// <summary>The id.</summary>
    public required string Id { get; init; }

    /// <summary>The tenant.</summary>
    public required string TenantId { get; init; }

    /// <summary>The project, if any.</summary>
    public string? ProjectId { get; init; }

    /// <summary><c>cron</c> or <c>event</c>.</summary>
    public required string TriggerType { get; init; }

    /// <summary>The name.</summary>
    public required string Name { get; init; }

    /// <summary>The template a fire requests.</summary>
    public required string TargetTemplateKey { get; init; }

    /// <summary>The inputs of a fire.</summary>
    public required JsonElement TargetInputs { get; init; }

    /// <summary>Whether it fires.</summary>
    public required bool Enabled { get; init; }

    /// <summary>Whether fires are only recorded.</summary>
    public required bool DryRun { get; init; }

    /// <summary>The safety block.</summary>
    public required TriggerSafetyResponse Safety { get; init; }

    /// <summary>The cron expression.</summary>
    public string? CronExpression { get; init; }

    /// <summary>The time zone.</summary>
    public string? TimeZone { get; init; }

    /// <summary><c>fire_once</c> or <c>skip</c> (cron triggers).</summary>
    public string? MisfirePolicy { get; init; }

    /// <summary>The next slot (cron triggers; null when the schedule has none).</summary>
    public DateTimeOffset? NextFireAt { get; init; }

    /// <summary>The next <see cref="NextFiresShown"/> slots, oldest first (cron triggers; empty otherwise).</summary>
    public IReadOnlyList<DateTimeOffset> NextFires { get; init; } = [];

    /// <summary>The event type filter.</summary>
    public string? EventTypeFilter { get; init; }

    /// <summary>The source app filter.</summary>
    public string? EventSourceFilter { get; init; }

    /// <summary>The source module filter.</summary>
    public string? SourceModule { get; init; }

    /// <summary>The severity threshold.</summary>
    public string? SeverityThreshold { get; init; }

    /// <summary>The priority threshold.</summary>
    public string? PriorityThreshold { get; init; }

    /// <summary>The creating actor.</summary>
    public string? CreatedBy { get; init; }

    /// <summary>When it was created.</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>When it was last changed.</summary>
    public required DateTimeOffset UpdatedAt { get; init; }

    /// <summary>The version (send it back in <c>If-Match</c> to PATCH safely).</summary>
    public required string Version { get; init; }

    /// <summary>The response for <paramref name="stored"/> at <paramref name="now"/>.</summary>
    public static TriggerResponse From(StoredTrigger stored, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var t = stored.Trigger;
        var cron = t.TriggerType == Domain.Triggers.TriggerType.Cron;
        return new TriggerResponse
        {
            Id = t.Id, TenantId = t.TenantId, ProjectId = t.ProjectId, TriggerType = TriggerWireNames.ToWireName(t.TriggerType), Name = t.Name,
            TargetTemplateKey = t.TargetTemplateKey, TargetInputs = t.TargetInputs, Enabled = t.Enabled, DryRun = t.DryRun,
            Safety = new TriggerSafetyResponse(t.Safety.CooldownSeconds, t.Safety.MaxRunsPerHour, t.Safety.AllowedEventTypes, t.Safety.AllowedTemplates, t.Safety.AllowActionJobs),
            CronExpression = t.CronExpression, TimeZone = cron ? t.TimeZone ?? "UTC" : null,
            MisfirePolicy = cron ? MisfirePolicyNames.ToWireName(t.MisfirePolicy) : null,
            NextFireAt = cron ? NextFire(t, now) : null,
            NextFires = cron ? UpcomingFires(t, now) : [],
            EventTypeFilter = t.EventTypeFilter, EventSourceFilter = t.EventSourceFilter, SourceModule = t.SourceModule,
            SeverityThreshold = t.SeverityThreshold, PriorityThreshold = t.PriorityThreshold, CreatedBy = t.CreatedBy,
            CreatedAt = t.CreatedAt, UpdatedAt = t.UpdatedAt, Version = stored.Version,
        };
    }

    /// <summary>How many upcoming slots <see cref="NextFires"/> lists.</summary>
    public const int NextFiresShown = 5;

    private static List<DateTimeOffset> UpcomingFires(Trigger t, DateTimeOffset now)
    {
        var fires = new List<DateTimeOffset>(NextFiresShown);
        for (var after = now; fires.Count < NextFiresShown && NextFire(t, after) is { } next; after = next)
        {
            fires.Add(next);
        }

        return fires;
    }

    private static DateTimeOffset? NextFire(Trigger t, DateTimeOffset now) =>
        Domain.Triggers.Cron.CronExpression.Parse(t.CronExpression).Expression is { } cron && TriggerTimeZones.Find(t.TimeZone ?? "UTC") is { } zone
            ? cron.NextAfter(now, zone)?.ToUniversalTime()
            : null;
}
