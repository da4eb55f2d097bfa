using JobForge.Domain.Contracts;

namespace JobForge.Domain.Tests.Contracts;

public sealed class PermissionAnalyzerTests
{
    private static readonly StepPermissionInput Get = new("fetch", "http") { Method = "get" };
    private static readonly StepPermissionInput Post = new("post", "http") { Method = "POST" };

    private static List<(string Path, PermissionSeverity Severity, string Code)> Analyze(
        bool action, string[] scopes, params StepPermissionInput[] steps) =>
        PermissionAnalyzer.Analyze(new PermissionAnalysisInput("ops", action, scopes, steps))
            .Select(f => (f.Path, f.Severity, f.Code)).ToList();

    [Theory]
    [InlineData("http", "GET", null, false)]
    [InlineData("http", null, null, false)]
    [InlineData("http", "delete", null, true)]
    [InlineData("command", null, null, true)]
    [InlineData("publish_event", null, null, true)]
    [InlineData("autopilot.module", null, "read_status", false)]
    [InlineData("autopilot.module", null, "apply", true)]
    [InlineData("autopilot.module", null, "write_config", true)]
    [InlineData("autopilot.module", null, "settings", false)]
    [InlineData("transform", null, null, false)]
    [InlineData("mystery", null, null, true)]
    public void CanWrite_FollowsTheTable(string handler, string? method, string? operation, bool expected)
    {
        Assert.Equal(expected, HandlerWriteTable.CanWrite(new StepPermissionInput("s", handler) { Method = method, Operation = operation }));
    }

    [Fact]
    public void Analyze_ReadOnlyJobWithReadSteps_IsClean()
    {
        Assert.Empty(Analyze(false, ["ops:read"], Get));
    }

    [Fact]
    public void Analyze_WriteStepInNonActionJob_IsError()
    {
        Assert.Equal([("$.steps[1]", PermissionSeverity.Error, PermissionCodes.WriteStepInNonActionJob)], Analyze(false, ["ops:read"], Get, Post));
    }

    [Fact]
    public void Analyze_ActionJobWithoutWriteScope_IsError()
    {
        Assert.Equal([("$.scopes", PermissionSeverity.Error, PermissionCodes.MissingWriteScope)], Analyze(true, ["ops:read", "support:write"], Post));
    }

    [Fact]
    public void Analyze_ActionJobWithExactScope_IsClean()
    {
        Assert.Empty(Analyze(true, ["ops:write"], Get, Post));
    }

    [Fact]
    public void Analyze_BroadScopes_AreWarnings()
    {
        Assert.Equal(
        [
            ("$.scopes[0]", PermissionSeverity.Warning, PermissionCodes.BroadScope),
            ("$.scopes[1]", PermissionSeverity.Warning, PermissionCodes.BroadScope),
        ], Analyze(true, ["*", "ops:*"], Post));
    }

    [Fact]
    public void Analyze_WriteScopeNobodyNeeds_IsWarning()
    {
        Assert.Equal([("$.scopes[0]", PermissionSeverity.Warning, PermissionCodes.UnneededWriteScope)], Analyze(true, ["ops:write"], Get));
        Assert.Equal([("$.scopes[0]", PermissionSeverity.Warning, PermissionCodes.UnneededWriteScope)], Analyze(false, ["ops:write"], Get));
    }

    [Fact]
    public void Analyze_UnknownHandler_WarnsAndCountsAsWrite()
    {
        Assert.Equal(
        [
            ("$.steps[0]", PermissionSeverity.Warning, PermissionCodes.UnknownHandler),
            ("$.steps[0]", PermissionSeverity.Error, PermissionCodes.WriteStepInNonActionJob),
        ], Analyze(false, [], new StepPermissionInput("x", "mystery")));
    }

    [Fact]
    public void Analyze_CustomPredicate_ReplacesTheTable()
    {
        var input = new PermissionAnalysisInput("ops", false, [], [new StepPermissionInput("x", "mystery")]) { CanWrite = _ => false };

        Assert.Empty(PermissionAnalyzer.Analyze(input));
    }
}
