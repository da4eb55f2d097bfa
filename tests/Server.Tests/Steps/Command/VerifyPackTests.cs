using System.Text.Json;
using JobForge.Domain.Steps;
using JobForge.Domain.Templates;
using static JobForge.Server.Tests.Steps.Command.CommandWorkspace;

namespace JobForge.Server.Tests.Steps.Command;

public sealed class VerifyPackTests : IDisposable
{
    private readonly CommandWorkspace _workspace = new();

    public VerifyPackTests()
    {
        foreach (var stage in new[] { "lint", "typecheck", "build", "test" })
        {
            _workspace.Stage(stage, $"echo {stage} >> order.txt\necho running {stage}\n");
        }

        File.WriteAllText(Path.Combine(_workspace.Workspace, "package.json"), """{"name":"app"}""");
        File.WriteAllText(Path.Combine(_workspace.Workspace, "package-lock.json"), """{"lockfileVersion":3}""");
    }

    public void Dispose() => _workspace.Dispose();

    [Theory]
    [InlineData("fast", new[] { "lint", "typecheck", "build" })]
    [InlineData("full", new[] { "lint", "typecheck", "build", "test" })]
    public async Task Pack_RunsItsStagesInOrder_AndPasses(string pack, string[] stages)
    {
        var result = await Run($$"""{"command":"verify_pack","workspace":"ws","pack":"{{pack}}"}""");

        Assert.True(result.IsSuccess, result.Failure?.Message);
        var outputs = result.Outputs!.Value;
        Assert.True(outputs.GetProperty("passed").GetBoolean());
        Assert.Equal(pack, outputs.GetProperty("pack").GetString());
        var reports = outputs.GetProperty("stages").EnumerateArray().ToList();
        Assert.Equal(stages, reports.Select(stage => stage.GetProperty("name").GetString()));
        Assert.All(reports, stage =>
        {
            Assert.True(stage.GetProperty("passed").GetBoolean());
            Assert.Equal(0, stage.GetProperty("exit_code").GetInt32());
            Assert.True(stage.GetProperty("duration_ms").GetInt64() >= 0);
        });
        Assert.Equal(stages, File.ReadAllLines(Path.Combine(_workspace.Workspace, "order.txt")));
        var log = Log(result);
        Assert.Contains("== lint: sh lint.sh\nrunning lint\n== lint: passed (exit code 0)", log, StringComparison.Ordinal);
        Assert.Equal("build.log", outputs.GetProperty("log_artifact").GetString());
    }

    [Theory]
    [InlineData("fast", true)]
    [InlineData("full", false)]
    public async Task Pack_TheBuiltInTemplatesStep_IsValidInput_AndItsOutputsMatchTheTemplatesOutputSchema(string pack, bool passes)
    {
        if (!passes)
        {
            _workspace.Stage("test", "exit 1\n");
        }

        var template = BuiltInTemplates.Find(BuiltInTemplates.VerifyPackKey)!;
        var step = Assert.Single(template.Steps);
        var with = step.With.GetRawText()
            .Replace("${{ inputs.workspace }}", "ws", StringComparison.Ordinal)
            .Replace("${{ inputs.pack }}", pack, StringComparison.Ordinal);
        var handler = _workspace.Handler();
        Assert.Equal(handler.Kind, step.Uses);
        Assert.Empty(handler.ValidateInputs(JsonDocument.Parse(with).RootElement));

        var result = await handler.ExecuteAsync(Context(with), CancellationToken.None);

        Assert.Equal(passes, result.Outputs!.Value.GetProperty("passed").GetBoolean());
        var check = JsonSchemaValidator.Validate(template.OutputSchema, result.Outputs.Value);
        Assert.True(check.IsValid, string.Join("; ", check.Problems));
    }

    [Theory]
    [InlineData("""{"command":"verify_pack","workspace":"ws"}""")]
    [InlineData("""{"command":"verify_pack","workspace":"ws","pack":null}""")]
    public async Task Pack_WithoutAPack_RunsFast(string with)
    {
        var result = await Run(with);

        Assert.Equal("fast", result.Outputs!.Value.GetProperty("pack").GetString());
        Assert.Equal(3, result.Outputs.Value.GetProperty("stages").GetArrayLength());
    }

    [Fact]
    public async Task Pack_StopsAtTheFirstFailingStage_AndSucceedsWithPassedFalse()
    {
        _workspace.Stage("typecheck", "echo typecheck >> order.txt\necho type error >&2\nexit 2\n");

        var result = await Run("""{"command":"verify_pack","workspace":"ws","pack":"full"}""");

        Assert.True(result.IsSuccess, result.Failure?.Message);
        var outputs = result.Outputs!.Value;
        Assert.False(outputs.GetProperty("passed").GetBoolean());
        var reports = outputs.GetProperty("stages").EnumerateArray().ToList();
        Assert.Equal(["lint", "typecheck"], reports.Select(stage => stage.GetProperty("name").GetString()));
        Assert.True(reports[0].GetProperty("passed").GetBoolean());
        Assert.False(reports[1].GetProperty("passed").GetBoolean());
        Assert.Equal(2, reports[1].GetProperty("exit_code").GetInt32());
        Assert.Equal(["lint", "typecheck"], File.ReadAllLines(Path.Combine(_workspace.Workspace, "order.txt")));
        Assert.Contains("type error", Log(result), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pack_Fingerprint_IsStable_AndChangesWithTheLockFile()
    {
        var first = Fingerprint(await Run("""{"command":"verify_pack","workspace":"ws"}"""));
        var second = Fingerprint(await Run("""{"command":"verify_pack","workspace":"ws"}"""));
        File.WriteAllText(Path.Combine(_workspace.Workspace, "package-lock.json"), """{"lockfileVersion":3,"packages":{}}""");
        var third = Fingerprint(await Run("""{"command":"verify_pack","workspace":"ws"}"""));

        Assert.Equal(64, first.GetProperty("manifest_sha256").GetString()!.Length);
        Assert.Equal(first.GetProperty("lock_sha256").GetString(), second.GetProperty("lock_sha256").GetString());
        Assert.Equal(first.GetProperty("manifest_sha256").GetString(), third.GetProperty("manifest_sha256").GetString());
        Assert.NotEqual(first.GetProperty("lock_sha256").GetString(), third.GetProperty("lock_sha256").GetString());
        Assert.True(first.GetProperty("file_count").GetInt32() >= 6);
        Assert.True(first.GetProperty("total_bytes").GetInt64() > 0);
    }

    [Fact]
    public async Task Pack_WhileTheFlagIsOff_FailsFeatureDisabled_WithoutRunning()
    {
        _workspace.VerifyPackEnabled = false;

        var result = await Run("""{"command":"verify_pack","workspace":"ws"}""");

        Assert.Equal(StepFailureTypes.FeatureDisabled, result.Failure!.Type);
        Assert.False(result.Failure.Retryable);
        Assert.Contains("VERIFY_PACK_ENABLED", result.Failure.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_workspace.Workspace, "order.txt")));
    }

    [Fact]
    public async Task Pack_AStageWhoseExecutableIsNotAllowListed_IsInvalidInput_WithoutRunning()
    {
        _workspace.Pack.Stages.Remove("build");

        var result = await Run("""{"command":"verify_pack","workspace":"ws"}""");

        Assert.Equal(StepFailureTypes.InvalidInput, result.Failure!.Type);
        Assert.Contains("'build'", result.Failure.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_workspace.Workspace, "order.txt")));
    }

    [Fact]
    public async Task Pack_AWorkspaceOutsideTheRoot_IsInvalidInput()
    {
        using var outside = new CommandWorkspace();
        Directory.CreateSymbolicLink(Path.Combine(_workspace.Root, "away"), outside.Workspace);

        var result = await Run("""{"command":"verify_pack","workspace":"away"}""");

        Assert.Equal(StepFailureTypes.InvalidInput, result.Failure!.Type);
    }

    private static JsonElement Fingerprint(StepHandlerResult result) => result.Outputs!.Value.GetProperty("fingerprint");

    private Task<StepHandlerResult> Run(string with) => _workspace.Handler().ExecuteAsync(Context(with), CancellationToken.None);
}
