using System.Text.Json;
using JobForge.Domain.Events;
using JobForge.Domain.Templates;
using JobForge.Domain.Triggers.Cron;

namespace JobForge.Domain.Triggers;

/// <summary>
/// Reads trigger bodies for <c>POST /api/v1/triggers</c> (create) and <c>PATCH /api/v1/triggers/{id}</c> (a partial
/// update merged onto the stored trigger; <c>null</c> clears an optional field). Every problem is reported with its JSON
/// path; unknown and repeated fields are problems; sizes are bounded; the cron expression is checked with
/// <see cref="CronExpression.Parse"/> and the time zone with the server's resolver. Total: never throws on any JSON.
/// </summary>
public static partial class TriggerRequestParser
{
    /// <summary>The longest trigger id (so a fire identity stays a valid idempotency key).</summary>
    public const int MaxIdLength = 48;

    /// <summary>The longest name.</summary>
    public const int MaxNameLength = 200;

    /// <summary>The longest filter, threshold, expression or time zone.</summary>
    public const int MaxTextLength = 128;

    /// <summary>The most entries in an allow list.</summary>
    public const int MaxAllowListEntries = 50;

    /// <summary>The longest cooldown: one day.</summary>
    public const int MaxCooldownSeconds = 86_400;

    /// <summary>The highest hourly cap.</summary>
    public const int MaxRunsPerHourLimit = 100_000;

    private static readonly string[] s_fields =
    [
        "id", "tenant_id", "project_id", "trigger_type", "name", "target_template_key", "target_inputs", "enabled", "dry_run",
        "safety", "cron_expression", "time_zone", "misfire_policy", "event_type_filter", "event_source_filter", "source_module",
        "severity_threshold", "priority_threshold", "actor_id",
    ];

    private static readonly string[] s_types = ["cron", "event"];

    /// <summary>Parses a create body.</summary>
    public static TriggerParseResult ParseCreate(JsonElement body, TriggerParseContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var problems = new ProblemCollector();
        if (body.ValueKind != JsonValueKind.Object)
        {
            problems.Add("$", ValidationProblemCodes.WrongType, "the body must be a JSON object");
            return new TriggerParseResult(null, null, problems.ToList());
        }

        var fields = JsonObjectFields.Read(body, "$", s_fields, problems);
        var tenant = fields.Identifier("tenant_id", StorageSafeId.MaxScopeIdLength, required: true);
        var id = fields.Identifier("id", MaxIdLength, required: false) ?? context.NewId;
        var type = fields.WireEnum("trigger_type", s_types, required: true);
        var name = Name(fields, required: true);
        var template = TemplateKeyField(fields, required: true);
        if (problems.HasProblems || tenant is null || type is null || name is null || template is null)
        {
            ReadOptional(fields, Draft(id, tenant ?? "", TriggerType.Cron, context), problems, context);
            return new TriggerParseResult(null, tenant, problems.ToList());
        }

        var draft = Draft(id, tenant, (TriggerType)type.Value, context) with
        {
            Name = name,
            TargetTemplateKey = template,
            CreatedBy = fields.Identifier("actor_id", StorageSafeId.MaxActorOrTraceIdLength, required: false),
        };
        var trigger = ReadOptional(fields, draft, problems, context);
        CheckShape(trigger, problems, context);
        return problems.HasProblems ? new TriggerParseResult(null, tenant, problems.ToList()) : new TriggerParseResult(trigger, tenant, []);
    }

    /// <summary>Parses a PATCH body onto <paramref name="existing"/>.</summary>
    public static TriggerParseResult ParsePatch(JsonElement body, Trigger existing, TriggerParseContext context)
    {
        ArgumentNullException.ThrowIfNull(existing);
        ArgumentNullException.ThrowIfNull(context);
        var problems = new ProblemCollector();
        if (body.ValueKind != JsonValueKind.Object)
        {
            problems.Add("$", ValidationProblemCodes.WrongType, "the body must be a JSON object");
            return new TriggerParseResult(null, existing.TenantId, problems.ToList());
        }

        var fields = JsonObjectFields.Read(body, "$", s_fields, problems);
        Immutable(fields, "id", existing.Id);
        Immutable(fields, "tenant_id", existing.TenantId);
        Immutable(fields, "trigger_type", TriggerWireNames.ToWireName(existing.TriggerType));
        Immutable(fields, "actor_id", existing.CreatedBy);
        var trigger = existing with { UpdatedAt = context.Now };
        if (fields.TryGet("name", out _) && Name(fields, required: false) is { } name)
        {
            trigger = trigger with { Name = name };
        }

        if (fields.TryGet("target_template_key", out _) && TemplateKeyField(fields, required: false) is { } template)
        {
            trigger = trigger with { TargetTemplateKey = template };
        }

        trigger = ReadOptional(fields, trigger, problems, context);
        CheckShape(trigger, problems, context);
        return problems.HasProblems
            ? new TriggerParseResult(null, existing.TenantId, problems.ToList())
            : new TriggerParseResult(trigger, existing.TenantId, []);
    }

    private static Trigger Draft(string id, string tenant, TriggerType type, TriggerParseContext context) => new()
    {
        Id = id,
        TenantId = tenant,
        TriggerType = type,
        Name = "",
        TargetTemplateKey = "",
        TargetInputs = EmptyObject(),
        TimeZone = type == TriggerType.Cron ? "UTC" : null,
        CreatedAt = context.Now,
        UpdatedAt = context.Now,
    };

    private static JsonElement EmptyObject()
    {
        using var document = JsonDocument.Parse("{}");
        return document.RootElement.Clone();
    }
}
