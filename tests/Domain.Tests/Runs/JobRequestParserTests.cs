using System.Text.Json;
using JobForge.Domain.Runs;

namespace JobForge.Domain.Tests.Runs;

public sealed class JobRequestParserTests
{
    private static JobRequestParseResult Parse(string json, string? idempotencyHeader = null, string? tokenHeader = null)
    {
        using var document = JsonDocument.Parse(json);
        return JobRequestParser.Parse(document.RootElement, idempotencyHeader, tokenHeader);
    }

    [Fact]
    public void Parse_FullRequest_ReadsEveryField()
    {
        var result = Parse("""{"tenant_id":"t1","template_key":"autopilot.ops.scan","inputs":{"target":"x"},"project_id":"p1","trace_id":"tr","actor_id":"a1","dry_run":true,"idempotency_key":"k1"}""");

        var request = Assert.IsType<JobRequest>(result.Request);
        Assert.Equal(("t1", "autopilot.ops.scan", "p1", "tr", "a1", true, "k1"),
            (request.TenantId, request.TemplateKey, request.ProjectId, request.TraceId, request.ActorId, request.DryRun, request.IdempotencyKey));
        Assert.Equal("x", request.Inputs.GetProperty("target").GetString());
    }

    [Fact]
    public void Parse_ApprovalTokenInInputs_IsTakenOutOfTheInputs()
    {
        var result = Parse("""{"tenant_id":"t1","template_key":"autopilot.ops.apply","inputs":{"changeset_id":"c","approval_token":"tok"}}""");

        Assert.Equal("tok", result.Request!.ApprovalToken);
        Assert.False(result.Request.Inputs.TryGetProperty("approval_token", out _));
        Assert.Equal("c", result.Request.Inputs.GetProperty("changeset_id").GetString());
    }

    [Fact]
    public void Parse_HeaderToken_WinsOverTheInputsToken()
    {
        var result = Parse("""{"tenant_id":"t1","template_key":"a.b","inputs":{"approval_token":"body"}}""", tokenHeader: "header");

        Assert.Equal("header", result.Request!.ApprovalToken);
    }

    [Fact]
    public void Parse_IdempotencyKeyInHeaderAndBodyDiffering_IsAConflictProblem()
    {
        var result = Parse("""{"tenant_id":"t1","template_key":"a.b","idempotency_key":"one"}""", idempotencyHeader: "two");

        Assert.Null(result.Request);
        Assert.Contains(result.Problems, p => p.Path == "$.idempotency_key" && p.Code == "conflict");
    }

    [Fact]
    public void Parse_IdempotencyKeyInHeaderOnly_IsUsed()
    {
        Assert.Equal("h1", Parse("""{"tenant_id":"t1","template_key":"a.b"}""", idempotencyHeader: "h1").Request!.IdempotencyKey);
    }

    [Fact]
    public void Parse_UnknownAndMistypedFields_AreEachReportedWithTheTenantKept()
    {
        var result = Parse("""{"tenant_id":"t1","template_key":"Bad Key","inputs":[],"dry_run":"yes","extra":1}""");

        Assert.Null(result.Request);
        Assert.Equal("t1", result.TenantId);
        Assert.Equal(["$.dry_run", "$.extra", "$.inputs", "$.template_key"], result.Problems.Select(p => p.Path).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("\"text\"")]
    [InlineData("{}")]
    [InlineData("""{"tenant_id":"t/1","template_key":"a.b"}""")]
    public void Parse_HostileBodies_AreProblemsNotExceptions(string json)
    {
        var result = Parse(json);

        Assert.Null(result.Request);
        Assert.NotEmpty(result.Problems);
    }
}
