using System.Text.Json;
using JobForge.Domain.Triggers;
using JobForge.Domain.Triggers.Cron;

namespace JobForge.Storage.Triggers;

/// <summary>How a <see cref="Trigger"/> is kept in storage: one JSON document with the wire's snake_case names.</summary>
public static class TriggerJson
{
    /// <summary>The trigger as JSON text.</summary>
    public static string Write(Trigger trigger)
    {
        ArgumentNullException.ThrowIfNull(trigger);
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream))
        {
            w.WriteStartObject();
            w.WriteString("id", trigger.Id);
            w.WriteString("tenant_id", trigger.TenantId);
            Optional(w, "project_id", trigger.ProjectId);
            w.WriteString("trigger_type", TriggerWireNames.ToWireName(trigger.TriggerType));
            w.WriteString("name", trigger.Name);
            w.WriteString("target_template_key", trigger.TargetTemplateKey);
            w.WritePropertyName("target_inputs");
            trigger.TargetInputs.WriteTo(w);
            w.WriteBoolean("enabled", trigger.Enabled);
            w.WriteBoolean("dry_run", trigger.DryRun);
            w.WriteNumber("cooldown_seconds", trigger.Safety.CooldownSeconds);
            w.WriteNumber("max_runs_per_hour", trigger.Safety.MaxRunsPerHour);
            Strings(w, "allowed_event_types", trigger.Safety.AllowedEventTypes);
            Strings(w, "allowed_templates", trigger.Safety.AllowedTemplates);
            w.WriteBoolean("allow_action_jobs", trigger.Safety.AllowActionJobs);
            Optional(w, "cron_expression", trigger.CronExpression);
            Optional(w, "time_zone", trigger.TimeZone);
            w.WriteString("misfire_policy", MisfirePolicyNames.ToWireName(trigger.MisfirePolicy));
            Optional(w, "event_type_filter", trigger.EventTypeFilter);
            Optional(w, "event_source_filter", trigger.EventSourceFilter);
            Optional(w, "source_module", trigger.SourceModule);
            Optional(w, "severity_threshold", trigger.SeverityThreshold);
            Optional(w, "priority_threshold", trigger.PriorityThreshold);
            Optional(w, "created_by", trigger.CreatedBy);
            w.WriteString("created_at", trigger.CreatedAt);
            w.WriteString("updated_at", trigger.UpdatedAt);
            w.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Reads what <see cref="Write"/> wrote.</summary>
    /// <exception cref="FormatException">The text is not a stored trigger.</exception>
    public static Trigger Read(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var r = document.RootElement;
            TriggerWireNames.TryParse(r.GetProperty("trigger_type").GetString(), out var type);
            MisfirePolicyNames.TryParse(r.GetProperty("misfire_policy").GetString(), out var policy);
            return new Trigger
            {
                Id = r.GetProperty("id").GetString()!,
                TenantId = r.GetProperty("tenant_id").GetString()!,
                ProjectId = Text(r, "project_id"),
                TriggerType = type,
                Name = r.GetProperty("name").GetString()!,
                TargetTemplateKey = r.GetProperty("target_template_key").GetString()!,
                TargetInputs = r.GetProperty("target_inputs").Clone(),
                Enabled = r.GetProperty("enabled").GetBoolean(),
                DryRun = r.GetProperty("dry_run").GetBoolean(),
                Safety = new TriggerSafety
                {
                    CooldownSeconds = r.GetProperty("cooldown_seconds").GetInt32(),
                    MaxRunsPerHour = r.GetProperty("max_runs_per_hour").GetInt32(),
                    AllowedEventTypes = r.GetProperty("allowed_event_types").EnumerateArray().Select(e => e.GetString()!).ToList(),
                    AllowedTemplates = r.GetProperty("allowed_templates").EnumerateArray().Select(e => e.GetString()!).ToList(),
                    AllowActionJobs = r.GetProperty("allow_action_jobs").GetBoolean(),
                },
                CronExpression = Text(r, "cron_expression"),
                TimeZone = Text(r, "time_zone"),
                MisfirePolicy = policy,
                EventTypeFilter = Text(r, "event_type_filter"),
                EventSourceFilter = Text(r, "event_source_filter"),
                SourceModule = Text(r, "source_module"),
                SeverityThreshold = Text(r, "severity_threshold"),
                PriorityThreshold = Text(r, "priority_threshold"),
                CreatedBy = Text(r, "created_by"),
                CreatedAt = r.GetProperty("created_at").GetDateTimeOffset(),
                UpdatedAt = r.GetProperty("updated_at").GetDateTimeOffset(),
            };
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new FormatException("The stored trigger is not readable.", ex);
        }
    }

    private static string? Text(JsonElement r, string name) =>
        r.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static void Optional(Utf8JsonWriter w, string name, string? value)
    {
        if (value is not null)
        {
            w.WriteString(name, value);
        }
    }

    private static void Strings(Utf8JsonWriter w, string name, IReadOnlyList<string> values)
    {
        w.WriteStartArray(name);
        foreach (var value in values)
        {
            w.WriteStringValue(value);
        }

        w.WriteEndArray();
    }
}
