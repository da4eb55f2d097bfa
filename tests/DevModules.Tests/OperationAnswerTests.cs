using System.Net;
using System.Text.Json;
using JobForge.Domain.Templates;

namespace JobForge.DevModules.Tests;

/// <summary>Every built-in autopilot template's operation, answered over HTTP with output its template accepts.</summary>
public sealed class OperationAnswerTests : IClassFixture<DevModuleServer>
{
    // A minimal and a full valid input per template (checked against the template's input schema below).
    private static readonly Dictionary<string, string[]> s_inputs = new(StringComparer.Ordinal)
    {
        ["autopilot.ops.scan"] = ["""{"target":"vm-1"}""", """{"target":"db-7","scan_type":"cost"}"""],
        ["autopilot.ops.diagnose"] = ["{}", """{"incident_id":"inc-9","symptoms":["5xx spike"],"lookback_hours":48}"""],
        ["autopilot.ops.recommend"] = ["{}", """{"scan_run_id":"run-1","focus":"cost","max_recommendations":1}"""],
        ["autopilot.ops.apply"] = ["""{"changeset_id":"cs-1"}""", """{"changeset_id":"cs-2","dry_run":true,"approval_token":"t"}"""],
        ["autopilot.support.triage"] = ["""{"ticket_id":"T-1"}""", """{"ticket_id":"T-2","subject":"Refund please","body":"Invoice is wrong"}"""],
        ["autopilot.support.draft_reply"] = ["""{"ticket_id":"T-1"}""", """{"ticket_id":"T-2","tone":"formal","language":"de-DE"}"""],
        ["autopilot.support.propose_kb_patch"] = ["{}", """{"article_id":"kb-1","ticket_ids":["T-1","T-2"],"max_changes":2}"""],
        ["autopilot.growth.seo_scan"] = ["""{"url":"https://example.com"}""", """{"url":"https://example.com/a","depth":3}"""],
        ["autopilot.growth.experiment_propose"] = ["""{"goal":"more signups"}""", """{"goal":"retention","metric":"d7","max_experiments":1}"""],
        ["autopilot.growth.content_draft"] = ["""{"topic":"cron jobs"}""", """{"topic":"sagas","format":"email","word_count":300}"""],
        ["autopilot.finops.reconcile"] = ["""{"period":"2026-11"}""", """{"period":"2026-01","accounts":["a","b","c","d","e","f"]}"""],
        ["autopilot.finops.anomaly_scan"] = ["""{"time_range":"7d"}""", """{"time_range":"24h","threshold_pct":5}"""],
        ["autopilot.finops.churn_risk_report"] = ["{}", """{"segment":"smb","min_risk_score":0.95,"limit":2}"""],
    };

    private readonly DevModuleServer _server;

    public OperationAnswerTests(DevModuleServer server) => _server = server;

    public static TheoryData<string, int> Cases()
    {
        var data = new TheoryData<string, int>();
        foreach (var template in AutopilotTemplates())
        {
            data.Add(template.TemplateKey, 0);
            data.Add(template.TemplateKey, 1);
        }

        return data;
    }

    [Fact]
    public void Catalog_HasExactlyTheBuiltInAutopilotOperations()
    {
        var expected = AutopilotTemplates().Select(Operation).OrderBy(key => key.Module, StringComparer.Ordinal).ThenBy(key => key.Operation, StringComparer.Ordinal);

        Assert.Equal(expected, OperationCatalog.Operations);
        Assert.Equal(13, OperationCatalog.Operations.Count);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Post_SignedValidInput_AnswersWithOutputValidAgainstTheTemplatesOutputSchema_TheSameEachTime(string templateKey, int sample)
    {
        var template = BuiltInTemplates.Find(templateKey)!;
        var input = s_inputs[templateKey][sample];
        Assert.True(JsonSchemaValidator.Validate(template.InputSchema, Parse(input)).IsValid, "the sample input must be valid for " + templateKey);
        var key = Operation(template);

        using var first = await _server.PostAsync($"/{key.Module}/operations/{key.Operation}", input);
        using var second = await _server.PostAsync($"/{key.Module}/operations/{key.Operation}", input);

        var body = await first.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var validation = JsonSchemaValidator.Validate(template.OutputSchema, Parse(body));
        Assert.True(validation.IsValid, templateKey + ": " + string.Join("; ", validation.Problems.Select(p => p.Path + " " + p.Message)) + " in " + body);
        Assert.Equal(body, await second.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Post_SameInputInAnotherKeyOrder_GetsTheSameAnswer()
    {
        using var a = await _server.PostAsync("/ops/operations/scan", """{"target":"vm-1","scan_type":"cost"}""");
        using var b = await _server.PostAsync("/ops/operations/scan", """{"scan_type":"cost","target":"vm-1"}""");
        using var other = await _server.PostAsync("/ops/operations/scan", """{"scan_type":"cost","target":"vm-2"}""");

        Assert.Equal(await a.Content.ReadAsStringAsync(), await b.Content.ReadAsStringAsync());
        Assert.NotEqual(await a.Content.ReadAsStringAsync(), await other.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/ops/operations/teleport")]
    [InlineData("/billing/operations/scan")]
    public async Task Post_UnknownOperation_Is404(string path)
    {
        using var response = await _server.PostAsync(path, "{}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("not_found", Parse(await response.Content.ReadAsStringAsync()).GetProperty("error").GetProperty("type").GetString());
    }

    [Theory]
    [InlineData("[1]")]
    [InlineData("not json")]
    public async Task Post_InputThatIsNotAJsonObject_Is400(string body)
    {
        using var response = await _server.PostAsync("/ops/operations/scan", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Get_Index_SaysItIsADevelopmentStandInAndListsTheModules()
    {
        var index = Parse(await _server.Client.GetStringAsync("/"));

        Assert.Contains("Never use it in production", index.GetProperty("warning").GetString(), StringComparison.Ordinal);
        Assert.Equal(["finops", "growth", "ops", "support"], index.GetProperty("modules").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
    }

    internal static IEnumerable<JobTemplate> AutopilotTemplates() =>
        BuiltInTemplates.All.Where(template => template.Steps.Any(step => step.Uses == HandlerKinds.AutopilotModule));

    private static OperationKey Operation(JobTemplate template)
    {
        var with = template.Steps.Single(step => step.Uses == HandlerKinds.AutopilotModule).With;
        return new OperationKey(with.GetProperty("module").GetString()!, with.GetProperty("operation").GetString()!);
    }

    private static JsonElement Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}
