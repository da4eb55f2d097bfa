using System.Globalization;
using System.Text.Json;
using JobForge.Domain.Events;
using JobForge.Domain.Templates;
using JobForge.Domain.Triggers.Cron;

namespace JobForge.Domain.Triggers;

/// <content>Field readers: each reports its own problems and leaves the current value when absent or invalid.</content>
public static partial class TriggerRequestParser
{
    private const int MaxInputsDepth = 16;

    private static Trigger ReadOptional(JsonObjectFields fields, Trigger trigger, ProblemCollector problems, TriggerParseContext context)
    {
        if (Optional(fields, "project_id", trigger.ProjectId, out var project, v => CheckId(fields, "project_id", v, StorageSafeId.MaxScopeIdLength)))
        {
            trigger = trigger with { ProjectId = project };
        }

        if (fields.TryGet("target_inputs", out var inputs)
            && fields.ExpectKind("target_inputs", inputs, JsonValueKind.Object, "an object")
            && DepthOk(fields, inputs))
        {
            trigger = trigger with { TargetInputs = inputs.Clone() };
        }

        trigger = trigger with
        {
            Enabled = fields.TryGet("enabled", out _) ? fields.Boolean("enabled") ?? trigger.Enabled : trigger.Enabled,
            DryRun = fields.TryGet("dry_run", out _) ? fields.Boolean("dry_run") ?? trigger.DryRun : trigger.DryRun,
            Safety = ReadSafety(fields, trigger.Safety, problems),
        };
        if (Optional(fields, "cron_expression", trigger.CronExpression, out var cron, v => Bounded(fields, "cron_expression", v)))
        {
            trigger = trigger with { CronExpression = cron };
        }

        if (Optional(fields, "time_zone", trigger.TimeZone, out var zone, v => Bounded(fields, "time_zone", v)))
        {
            trigger = trigger with { TimeZone = zone };
        }

        if (fields.TryGet("misfire_policy", out _) && fields.WireEnum("misfire_policy", ["fire_once", "skip"], required: false) is { } policy)
        {
            trigger = trigger with { MisfirePolicy = policy == 1 ? MisfirePolicy.Skip : MisfirePolicy.FireOnce };
        }

        return ReadEventFilters(fields, trigger);
    }

    private static Trigger ReadEventFilters(JsonObjectFields fields, Trigger trigger)
    {
        if (Optional(fields, "event_type_filter", trigger.EventTypeFilter, out var type, v => Pattern(fields, "event_type_filter", v)))
        {
            trigger = trigger with { EventTypeFilter = type };
        }

        if (Optional(fields, "event_source_filter", trigger.EventSourceFilter, out var app, v => CheckId(fields, "event_source_filter", v, MaxTextLength)))
        {
            trigger = trigger with { EventSourceFilter = app };
        }

        if (Optional(fields, "source_module", trigger.SourceModule, out var module, v => CheckId(fields, "source_module", v, MaxTextLength)))
        {
            trigger = trigger with { SourceModule = module };
        }

        if (Optional(fields, "severity_threshold", trigger.SeverityThreshold, out var severity,
            v => Ranked(fields, "severity_threshold", v, TriggerRanks.Severity(v) is not null, TriggerRanks.Severities)))
        {
            trigger = trigger with { SeverityThreshold = severity?.ToLowerInvariant() };
        }

        if (Optional(fields, "priority_threshold", trigger.PriorityThreshold, out var priority,
            v => Ranked(fields, "priority_threshold", v, TriggerRanks.Priority(v) is not null, TriggerRanks.Priorities)))
        {
            trigger = trigger with { PriorityThreshold = priority?.ToLowerInvariant() };
        }

        return trigger;
    }

    // Present: a string that passes check sets it, null clears it. Returns whether to apply the value.
    private static bool Optional(JsonObjectFields fields, string name, string? current, out string? value, Func<string, bool> check)
    {
        value = current;
        if (!fields.TryGet(name, out var element))
        {
            return false;
        }

        if (element.ValueKind == JsonValueKind.Null)
        {
            value = null;
            return true;
        }

        var text = fields.String(name, required: false);
        if (text is null || !check(text))
        {
            return false;
        }

        value = text;
        return true;
    }

    private static string? Name(JsonObjectFields fields, bool required)
    {
        var name = fields.String("name", required);
        if (name is null)
        {
            return null;
        }

        if (name.Trim().Length == 0 || name.Length > MaxNameLength || name.Any(char.IsControl))
        {
            fields.Problems.Add(fields.PathOf("name"), ValidationProblemCodes.InvalidValue,
                string.Create(CultureInfo.InvariantCulture, $"name must be 1 to {MaxNameLength} characters without control characters"));
            return null;
        }

        return name;
    }

    private static string? TemplateKeyField(JsonObjectFields fields, bool required)
    {
        var key = fields.String("target_template_key", required);
        if (key is not null && !TemplateKey.IsValid(key))
        {
            fields.Problems.Add(fields.PathOf("target_template_key"), ValidationProblemCodes.InvalidFormat,
                "target_template_key must be lowercase dotted segments like 'autopilot.ops.scan'");
            return null;
        }

        return key;
    }

    private static void Immutable(JsonObjectFields fields, string name, string? current)
    {
        if (fields.TryGet(name, out var value) && !(value.ValueKind == JsonValueKind.String && value.GetString() == current))
        {
            fields.Problems.Add(fields.PathOf(name), ValidationProblemCodes.Conflict, $"{name} cannot be changed; create a new trigger instead");
        }
    }

    private static bool CheckId(JsonObjectFields fields, string name, string value, int maxLength) =>
        JsonObjectFields.CheckIdentifier(fields.Problems, fields.PathOf(name), name, value, maxLength);

    private static bool Bounded(JsonObjectFields fields, string name, string value)
    {
        if (value.Length is > 0 and <= MaxTextLength)
        {
            return true;
        }

        fields.Problems.Add(fields.PathOf(name), value.Length == 0 ? ValidationProblemCodes.InvalidValue : ValidationProblemCodes.TooLong,
            string.Create(CultureInfo.InvariantCulture, $"{name} must be 1 to {MaxTextLength} characters"));
        return false;
    }

    private static bool Pattern(JsonObjectFields fields, string name, string value)
    {
        if (EventTypePattern.IsValid(value))
        {
            return true;
        }

        fields.Problems.Add(fields.PathOf(name), ValidationProblemCodes.InvalidFormat,
            $"{name} must be an event type (lowercase letters, digits, '.', '_', '-') or a prefix ending in '*', e.g. 'infrastructure.*'");
        return false;
    }

    private static bool Ranked(JsonObjectFields fields, string name, string value, bool known, IReadOnlyList<string> allowed)
    {
        if (!known)
        {
            fields.Problems.Add(fields.PathOf(name), ValidationProblemCodes.InvalidValue,
                $"{name} must be one of {string.Join(", ", allowed)} (lowest first)");
        }

        return known;
    }

    private static bool DepthOk(JsonObjectFields fields, JsonElement value)
    {
        if (Depth(value, 0) <= MaxInputsDepth)
        {
            return true;
        }

        fields.Problems.Add(fields.PathOf("target_inputs"), ValidationProblemCodes.TooDeep,
            string.Create(CultureInfo.InvariantCulture, $"target_inputs nests deeper than {MaxInputsDepth} levels"));
        return false;
    }

    private static int Depth(JsonElement value, int depth) => depth > MaxInputsDepth ? depth : value.ValueKind switch
    {
        JsonValueKind.Object => value.EnumerateObject().Select(p => Depth(p.Value, depth + 1)).DefaultIfEmpty(depth + 1).Max(),
        JsonValueKind.Array => value.EnumerateArray().Select(v => Depth(v, depth + 1)).DefaultIfEmpty(depth + 1).Max(),
        _ => depth,
    };
}
