using System.Text.Json;
using JobForge.Domain.Triggers;
using JobForge.Domain.Triggers.Cron;
using static JobForge.Domain.Tests.Triggers.TriggerTestData;

namespace JobForge.Domain.Tests.Triggers;

public sealed class TriggerRequestParserTests
{
    private static readonly TriggerParseContext Context = new("trg_new", T0, name => name is "UTC" or "Europe/Berlin" ? TimeZoneInfo.Utc : null);

    private static TriggerParseResult Create(string json) => TriggerRequestParser.ParseCreate(JsonDocument.Parse(json).RootElement, Context);

    private const string Minimal = """{"tenant_id":"acme","trigger_type":"cron","name":"n","target_template_key":"autopilot.ops.scan","cron_expression":"0 * * * *"}""";

    [Fact]
    public void ParseCreate_MinimalCron_HasTheDocumentedDefaults()
    {
        var trigger = Create(Minimal).Trigger!;

        Assert.Equal("trg_new", trigger.Id);
        Assert.False(trigger.Enabled);
        Assert.False(trigger.DryRun);
        Assert.Equal(60, trigger.Safety.CooldownSeconds);
        Assert.Equal(100, trigger.Safety.MaxRunsPerHour);
        Assert.False(trigger.Safety.AllowActionJobs);
        Assert.Equal("UTC", trigger.TimeZone);
        Assert.Equal(MisfirePolicy.FireOnce, trigger.MisfirePolicy);
        Assert.Equal(JsonValueKind.Object, trigger.TargetInputs.ValueKind);
    }

    [Theory]
    [InlineData("""{"cron_expression":"61 * * * *"}""", "$.cron_expression", "invalid_value")]
    [InlineData("""{"cron_expression":null}""", "$.cron_expression", "required")]
    [InlineData("""{"time_zone":"Mars/Olympus"}""", "$.time_zone", "invalid_value")]
    [InlineData("""{"misfire_policy":"later"}""", "$.misfire_policy", "invalid_value")]
    [InlineData("""{"event_type_filter":"a.*"}""", "$.event_type_filter", "conflict")]
    [InlineData("""{"safety":{"cooldown_seconds":-1}}""", "$.safety.cooldown_seconds", "out_of_range")]
    [InlineData("""{"safety":{"max_runs_per_hour":0}}""", "$.safety.max_runs_per_hour", "out_of_range")]
    [InlineData("""{"safety":{"bogus":1}}""", "$.safety.bogus", "unknown_field")]
    [InlineData("""{"id":"has space"}""", "$.id", "invalid_format")]
    [InlineData("""{"target_inputs":{"x":"${{ event.payload.a }}"}}""", "$.target_inputs.x", null)]
    [InlineData("""{"target_inputs":[1]}""", "$.target_inputs", "wrong_type")]
    [InlineData("""{"colour":"red"}""", "$.colour", "unknown_field")]
    public void ParseCreate_BadField_ReportsItsPath(string patch, string path, string? code)
    {
        var merged = JsonMerge(Minimal, patch);

        var result = Create(merged);

        Assert.Null(result.Trigger);
        Assert.Contains(result.Problems, p => p.Path == path && (code is null || p.Code == code));
    }

    [Fact]
    public void ParseCreate_CronError_CarriesTheCronParsersMessage()
    {
        var result = Create(JsonMerge(Minimal, """{"cron_expression":"* * *"}"""));

        var problem = Assert.Single(result.Problems);
        Assert.StartsWith("cron_expression is not valid: ", problem.Message, StringComparison.Ordinal);
        Assert.Contains(CronExpression.Parse("* * *").Error!, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ParseCreate_EventTrigger_NeedsAFilterAndAllowsEventExpressions()
    {
        const string body = """{"tenant_id":"acme","trigger_type":"event","name":"n","target_template_key":"autopilot.ops.scan","event_type_filter":"infrastructure.*","target_inputs":{"target":"${{ event.payload.vm }}"},"severity_threshold":"HIGH"}""";

        var trigger = Create(body).Trigger!;
        Assert.Equal("high", trigger.SeverityThreshold);
        Assert.Null(trigger.TimeZone);
        Assert.Contains(Create(body.Replace("\"event_type_filter\":\"infrastructure.*\",", "", StringComparison.Ordinal)).Problems, p => p.Path == "$.event_type_filter");
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("\"x\"")]
    [InlineData("{}")]
    [InlineData("""{"tenant_id":"acme","tenant_id":"evil"}""")]
    public void ParseCreate_HostileShapes_AreProblemsNotExceptions(string json) =>
        Assert.NotEmpty(Create(json).Problems);

    [Fact]
    public void ParseCreate_TooManyAllowListEntries_IsAProblem()
    {
        var entries = string.Join(",", Enumerable.Range(0, 51).Select(i => $"\"a.t{i}\""));
        Assert.Contains(Create(JsonMerge(Minimal, $$$"""{"safety":{"allowed_templates":[{{{entries}}}]}}""")).Problems, p => p.Code == "too_many_items");
    }

    [Fact]
    public void ParsePatch_MergesPresentFieldsAndKeepsTheRest()
    {
        var existing = CronTrigger() with { Safety = new TriggerSafety { CooldownSeconds = 5, MaxRunsPerHour = 7 } };

        var result = TriggerRequestParser.ParsePatch(JsonDocument.Parse("""{"enabled":false,"safety":{"cooldown_seconds":9},"name":"renamed"}""").RootElement,
            existing, Context with { Now = T0.AddHours(1) });

        var trigger = result.Trigger!;
        Assert.False(trigger.Enabled);
        Assert.Equal("renamed", trigger.Name);
        Assert.Equal(9, trigger.Safety.CooldownSeconds);
        Assert.Equal(7, trigger.Safety.MaxRunsPerHour);
        Assert.Equal(existing.CronExpression, trigger.CronExpression);
        Assert.Equal(T0.AddHours(1), trigger.UpdatedAt);
    }

    [Theory]
    [InlineData("""{"tenant_id":"other"}""", "$.tenant_id")]
    [InlineData("""{"trigger_type":"event"}""", "$.trigger_type")]
    [InlineData("""{"id":"other"}""", "$.id")]
    public void ParsePatch_ImmutableFields_AreConflicts(string json, string path)
    {
        var result = TriggerRequestParser.ParsePatch(JsonDocument.Parse(json).RootElement, CronTrigger(), Context);

        Assert.Contains(result.Problems, p => p.Path == path && p.Code == "conflict");
    }

    private static string JsonMerge(string baseJson, string patch)
    {
        var merged = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(baseJson)!;
        foreach (var (key, value) in JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(patch)!)
        {
            merged[key] = value;
        }

        return JsonSerializer.Serialize(merged);
    }
}
