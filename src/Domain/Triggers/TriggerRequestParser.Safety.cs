using System.Globalization;
using System.Text.Json;
using JobForge.Domain.Events;
using JobForge.Domain.Templates;
using JobForge.Domain.Triggers.Cron;

namespace JobForge.Domain.Triggers;

/// <content>The safety block and the checks across fields.</content>
public static partial class TriggerRequestParser
{
    private static readonly string[] s_safetyFields =
        ["cooldown_seconds", "max_runs_per_hour", "allowed_event_types", "allowed_templates", "allow_action_jobs"];

    private static TriggerSafety ReadSafety(JsonObjectFields fields, TriggerSafety current, ProblemCollector problems)
    {
        if (!fields.TryGet("safety", out var element) || !fields.ExpectKind("safety", element, JsonValueKind.Object, "an object"))
        {
            return current;
        }

        var safety = JsonObjectFields.Read(element, fields.PathOf("safety"), s_safetyFields, problems);
        return current with
        {
            CooldownSeconds = Integer(safety, "cooldown_seconds", 0, MaxCooldownSeconds) ?? current.CooldownSeconds,
            MaxRunsPerHour = Integer(safety, "max_runs_per_hour", 1, MaxRunsPerHourLimit) ?? current.MaxRunsPerHour,
            AllowedEventTypes = List(safety, "allowed_event_types", EventTypePattern.IsValid, "an event type or a prefix ending in '*'") ?? current.AllowedEventTypes,
            AllowedTemplates = List(safety, "allowed_templates", TemplateKey.IsValid, "a template key") ?? current.AllowedTemplates,
            AllowActionJobs = safety.TryGet("allow_action_jobs", out _) ? safety.Boolean("allow_action_jobs") ?? current.AllowActionJobs : current.AllowActionJobs,
        };
    }

    private static int? Integer(JsonObjectFields fields, string name, int min, int max)
    {
        if (!fields.TryGet(name, out var value))
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number) && number >= min && number <= max)
        {
            return number;
        }

        fields.Problems.Add(fields.PathOf(name), value.ValueKind == JsonValueKind.Number ? ValidationProblemCodes.OutOfRange : ValidationProblemCodes.WrongType,
            string.Create(CultureInfo.InvariantCulture, $"{name} must be a whole number from {min} to {max}"));
        return null;
    }

    private static IReadOnlyList<string>? List(JsonObjectFields fields, string name, Func<string, bool> valid, string what)
    {
        if (!fields.TryGet(name, out var value) || !fields.ExpectKind(name, value, JsonValueKind.Array, "an array of strings"))
        {
            return null;
        }

        if (value.GetArrayLength() > MaxAllowListEntries)
        {
            fields.Problems.Add(fields.PathOf(name), ValidationProblemCodes.TooManyItems,
                string.Create(CultureInfo.InvariantCulture, $"{name} holds at most {MaxAllowListEntries} entries"));
            return null;
        }

        var list = new List<string>();
        var i = 0;
        foreach (var item in value.EnumerateArray())
        {
            var path = JsonPathText.Item(fields.PathOf(name), i++);
            if (item.ValueKind != JsonValueKind.String || item.GetString() is not { } text || !valid(text))
            {
                fields.Problems.Add(path, ValidationProblemCodes.InvalidValue, $"each entry of {name} must be {what}");
                continue;
            }

            list.Add(text);
        }

        return list.Distinct(StringComparer.Ordinal).ToList();
    }

    private static void CheckShape(Trigger trigger, ProblemCollector problems, TriggerParseContext context)
    {
        foreach (var problem in TriggerInputs.Check(trigger.TargetInputs, trigger.TriggerType))
        {
            problems.Add(problem.Path, problem.Code, problem.Message);
        }

        if (trigger.TriggerType == TriggerType.Cron)
        {
            Forbid(problems, trigger.EventTypeFilter, "event_type_filter", "cron");
            Forbid(problems, trigger.EventSourceFilter, "event_source_filter", "cron");
            Forbid(problems, trigger.SourceModule, "source_module", "cron");
            Forbid(problems, trigger.SeverityThreshold, "severity_threshold", "cron");
            Forbid(problems, trigger.PriorityThreshold, "priority_threshold", "cron");
            if (trigger.Safety.AllowedEventTypes.Count > 0)
            {
                problems.Add("$.safety.allowed_event_types", ValidationProblemCodes.Conflict, "allowed_event_types applies to event triggers only");
            }

            CheckCron(trigger, problems, context);
            return;
        }

        Forbid(problems, trigger.CronExpression, "cron_expression", "event");
        Forbid(problems, trigger.TimeZone, "time_zone", "event");
        if (trigger.EventTypeFilter is null)
        {
            problems.Add("$.event_type_filter", ValidationProblemCodes.Required, "an event trigger needs event_type_filter, e.g. 'infrastructure.*'");
        }
    }

    private static void CheckCron(Trigger trigger, ProblemCollector problems, TriggerParseContext context)
    {
        if (trigger.CronExpression is not { } text)
        {
            problems.Add("$.cron_expression", ValidationProblemCodes.Required, "a cron trigger needs cron_expression, e.g. '0 * * * *'");
        }
        else if (CronExpression.Parse(text) is { IsSuccess: false } parsed)
        {
            problems.Add("$.cron_expression", ValidationProblemCodes.InvalidValue, "cron_expression is not valid: " + parsed.Error);
        }

        if (trigger.TimeZone is { } zone && context.ResolveTimeZone(zone) is null)
        {
            problems.Add("$.time_zone", ValidationProblemCodes.InvalidValue,
                $"time_zone {JsonPathText.Quote(zone)} is not a known IANA time zone, e.g. 'UTC' or 'Europe/Berlin'");
        }
    }

    private static void Forbid(ProblemCollector problems, string? value, string name, string type)
    {
        if (value is not null)
        {
            problems.Add("$." + name, ValidationProblemCodes.Conflict, $"{name} does not apply to {type} triggers");
        }
    }
}
