using JobForge.Domain.Templates;
using static JobForge.Domain.Tests.Templates.SchemaJson;

namespace JobForge.Domain.Tests.Templates;

public sealed class BuiltInTemplateTests
{
    public static TheoryData<string, string, string> Inputs => new()
    {
        // key, a valid input, an invalid input
        { "autopilot.ops.scan", """{"target":"production","scan_type":"cost"}""", """{"scan_type":"speed"}""" },
        { "autopilot.ops.diagnose", """{"incident_id":"inc-1","symptoms":["5xx"]}""", """{"lookback_hours":0}""" },
        { "autopilot.ops.recommend", """{"focus":"cost"}""", """{"max_recommendations":51}""" },
        { "autopilot.ops.apply", """{"changeset_id":"change-123","approval_token":"t"}""", """{"changeset_id":""}""" },
        { "autopilot.support.triage", """{"ticket_id":"T-1","subject":"Login fails"}""", """{"subject":"no id"}""" },
        { "autopilot.support.draft_reply", """{"ticket_id":"T-1","language":"en-GB"}""", """{"ticket_id":"T-1","language":"english"}""" },
        { "autopilot.support.propose_kb_patch", """{"article_id":"kb-9","ticket_ids":["T-1"]}""", """{"ticket_ids":"T-1"}""" },
        { "autopilot.growth.seo_scan", """{"url":"https://example.com/pricing"}""", """{"url":"example.com","depth":6}""" },
        { "autopilot.growth.experiment_propose", """{"goal":"more signups"}""", """{"goal":"x","max_experiments":0}""" },
        { "autopilot.growth.content_draft", """{"topic":"launch","format":"email"}""", """{"topic":"launch","format":"poem"}""" },
        { "autopilot.finops.reconcile", """{"period":"2026-02"}""", """{"period":"2026-13"}""" },
        { "autopilot.finops.anomaly_scan", """{"time_range":"1d"}""", """{"time_range":"yesterday","threshold_pct":-1}""" },
        { "autopilot.finops.churn_risk_report", """{"segment":"smb"}""", """{"min_risk_score":2}""" },
        { "autopilot.readylayer.verify_pack", """{"workspace":"apps/web","pack":"full"}""", """{"workspace":"apps/web","pack":"medium"}""" },
    };

    [Fact]
    public void All_AreTheFourteenDocumentedTemplates()
    {
        Assert.Equal(14, BuiltInTemplates.All.Count);
        Assert.Equal(Inputs.Select(row => (string)row[0]).Order(StringComparer.Ordinal), BuiltInTemplates.All.Select(t => t.TemplateKey).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void All_PassTheTemplateValidator_AndRoundTripThroughJson()
    {
        foreach (var template in BuiltInTemplates.All)
        {
            Assert.True(JobTemplateValidator.Validate(template).Count == 0, template.TemplateKey + ": " + string.Join("; ", JobTemplateValidator.Validate(template)));
            var parsed = JobTemplateParser.Parse(JobTemplateJson.ToElement(template));
            Assert.True(parsed.IsValid, template.TemplateKey + ": " + string.Join("; ", parsed.Problems));
            Assert.Equal(JobTemplateJson.ToJsonString(template), JobTemplateJson.ToJsonString(parsed.Template!));
        }
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void InputSchema_AcceptsAValidInput_AndRejectsAnInvalidOne(string key, string valid, string invalid)
    {
        var template = BuiltInTemplates.Find(key)!;

        var good = JsonSchemaValidator.Validate(template.InputSchema, Parse(valid));
        var bad = JsonSchemaValidator.Validate(template.InputSchema, Parse(invalid));

        Assert.True(good.IsValid, string.Join("; ", good.Problems));
        Assert.False(bad.IsValid);
        Assert.All(bad.Problems, p => Assert.StartsWith("$", p.Path, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void OutputSchema_IsAValidSchema(string key, string valid, string invalid)
    {
        _ = (valid, invalid);
        Assert.Empty(JsonSchemaValidator.CheckSchema(BuiltInTemplates.Find(key)!.OutputSchema));
    }

    [Fact]
    public void Scopes_NonActionNeedCategoryRead_ApplyNeedsOpsWrite()
    {
        foreach (var template in BuiltInTemplates.All)
        {
            var expected = template.IsActionJob ? $"{template.Category}:write" : $"{template.Category}:read";
            Assert.Equal([expected], template.RequiredScopes);
        }

        Assert.Equal(["autopilot.ops.apply"], BuiltInTemplates.All.Where(t => t.IsActionJob).Select(t => t.TemplateKey));
    }

    [Fact]
    public void AutopilotTemplates_CallTheirModuleWithTheInputs()
    {
        var scan = BuiltInTemplates.Find("autopilot.growth.seo_scan")!;

        var step = Assert.Single(scan.Steps);
        Assert.Equal(HandlerKinds.AutopilotModule, step.Uses);
        Assert.Equal("""{"module":"growth","operation":"seo_scan","input":"${{ inputs }}"}""", step.With.GetRawText());
        Assert.Equal(["growth"], scan.Modules);
        Assert.Empty(BuiltInTemplates.Find(BuiltInTemplates.VerifyPackKey)!.Modules);
    }

    [Fact]
    public void VerifyPack_IsOneCommandStep_ThatRunsThePackOnTheWorkspace()
    {
        var template = BuiltInTemplates.Find(BuiltInTemplates.VerifyPackKey)!;

        var step = Assert.Single(template.Steps);
        Assert.Equal("verify", step.Id);
        Assert.Equal(HandlerKinds.Command, step.Uses);
        Assert.Equal("""{"command":"verify_pack","workspace":"${{ inputs.workspace }}","pack":"${{ inputs.pack }}"}""", step.With.GetRawText());
        Assert.Equal(1, template.DefaultMaxAttempts);
    }

    [Fact]
    public void VerifyPack_OutputSchema_AcceptsAFailedReportWithExtraFields_AndNeedsPassedAndStages()
    {
        var schema = BuiltInTemplates.Find(BuiltInTemplates.VerifyPackKey)!.OutputSchema;
        var report = """
            {"passed":false,"pack":"fast","stages":[{"name":"lint","passed":true,"exit_code":0,"duration_ms":12},
            {"name":"typecheck","passed":false,"exit_code":2,"duration_ms":40}],"fingerprint":{"file_count":3},"log_artifact":"verify.log"}
            """;

        Assert.True(JsonSchemaValidator.Validate(schema, Parse(report)).IsValid);
        Assert.False(JsonSchemaValidator.Validate(schema, Parse("""{"passed":true}""")).IsValid);
        Assert.False(JsonSchemaValidator.Validate(schema, Parse("""{"passed":true,"stages":[{"name":"deploy","passed":true}]}""")).IsValid);
    }

    [Fact]
    public void Defaults_AreFilled_ForSeoScanAndAnomalyScanAndVerifyPack()
    {
        Assert.Equal("""{"url":"https://a.example","depth":1}""",
            JsonSchemaValidator.Validate(BuiltInTemplates.Find("autopilot.growth.seo_scan")!.InputSchema, Parse("""{"url":"https://a.example"}""")).ValueWithDefaults.GetRawText());
        Assert.Equal("""{"time_range":"7d","threshold_pct":20}""",
            JsonSchemaValidator.Validate(BuiltInTemplates.Find("autopilot.finops.anomaly_scan")!.InputSchema, Parse("""{"time_range":"7d"}""")).ValueWithDefaults.GetRawText());
        Assert.Equal("""{"workspace":"w","pack":"fast"}""",
            JsonSchemaValidator.Validate(BuiltInTemplates.Find(BuiltInTemplates.VerifyPackKey)!.InputSchema, Parse("""{"workspace":"w"}""")).ValueWithDefaults.GetRawText());
    }
}
