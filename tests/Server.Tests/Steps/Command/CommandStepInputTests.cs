using System.Text.Json;
using JobForge.Domain.Events;
using JobForge.Domain.Steps;
using static JobForge.Server.Tests.Steps.Command.CommandWorkspace;

namespace JobForge.Server.Tests.Steps.Command;

public sealed class CommandStepInputTests : IDisposable
{
    private readonly CommandWorkspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    public static TheoryData<string, string> Invalid => new()
    {
        // with, the path of the expected problem
        { """{"executable":"bash"}""", "$.executable" },
        { """{"executable":"/bin/sh"}""", "$.executable" },
        { """{"args":["x"]}""", "$.executable" },
        { """{"executable":"sh","args":"x"}""", "$.args" },
        { """{"executable":"sh","args":[1]}""", "$.args" },
        { """{"executable":"sh","args":["x\u0000y"]}""", "$.args" },
        { """{"executable":"sh","working_directory":"../outside"}""", "$.working_directory" },
        { """{"executable":"sh","working_directory":"ws/../../outside"}""", "$.working_directory" },
        { """{"executable":"sh","working_directory":"/etc"}""", "$.working_directory" },
        { """{"executable":"sh","working_directory":"ws\\..\\.."}""", "$.working_directory" },
        { """{"executable":"sh","env":{"PATH":"/tmp"}}""", "$.env" },
        { """{"executable":"sh","env":{"LD_PRELOAD":"/tmp/x.so"}}""", "$.env" },
        { """{"executable":"sh","env":{"lower":"x"}}""", "$.env" },
        { """{"executable":"sh","env":{"1ABC":"x"}}""", "$.env" },
        { """{"executable":"sh","env":{"A":1}}""", "$.env" },
        { """{"executable":"sh","env":["A"]}""", "$.env" },
        { """{"executable":"sh","shell":true}""", "$" },
        { """{"command":"rm -rf","workspace":"ws"}""", "$.command" },
        { """{"command":"verify_pack"}""", "$.workspace" },
        { """{"command":"verify_pack","workspace":"ws","pack":"medium"}""", "$.pack" },
        { """{"command":"verify_pack","workspace":"../ws"}""", "$.workspace" },
        { """["sh"]""", "$" },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public async Task InvalidInputs_AreReported_AndExecuteFailsInvalidInput_WithoutRunning(string with, string path)
    {
        var handler = _workspace.Handler();

        var problems = handler.ValidateInputs(JsonDocument.Parse(with).RootElement);
        var result = await handler.ExecuteAsync(Context(with), CancellationToken.None);

        Assert.Contains(problems, problem => problem.Path == path);
        Assert.Equal(StepFailureTypes.InvalidInput, result.Failure!.Type);
        Assert.False(result.Failure.Retryable);
        Assert.Contains(path, result.Failure.Details!.Value.GetRawText(), StringComparison.Ordinal);
        Assert.Empty(result.Artifacts);
    }

    [Fact]
    public void TooManyOrTooLongArgsAndEnv_AreRefused()
    {
        var handler = _workspace.Handler();
        var manyArgs = JsonSerializer.Serialize(new { executable = "sh", args = Enumerable.Repeat("a", 65).ToArray() });
        var longArg = JsonSerializer.Serialize(new { executable = "sh", args = new[] { new string('a', 4097) } });
        var manyEnv = JsonSerializer.Serialize(new { executable = "sh", env = Enumerable.Range(0, 65).ToDictionary(i => "V" + i, _ => "x") });
        var longEnv = JsonSerializer.Serialize(new { executable = "sh", env = new Dictionary<string, string> { ["V"] = new('a', 4097) } });

        Assert.Contains(handler.ValidateInputs(Parse(manyArgs)), p => p.Code == ValidationProblemCodes.TooManyItems);
        Assert.Contains(handler.ValidateInputs(Parse(longArg)), p => p.Code == ValidationProblemCodes.TooLong);
        Assert.Contains(handler.ValidateInputs(Parse(manyEnv)), p => p.Code == ValidationProblemCodes.TooManyItems);
        Assert.Contains(handler.ValidateInputs(Parse(longEnv)), p => p.Path == "$.env");
        Assert.Empty(handler.ValidateInputs(Parse(JsonSerializer.Serialize(new { executable = "sh", args = Enumerable.Repeat(new string('a', 4096), 64).ToArray() }))));
    }

    [Fact]
    public async Task Execute_AllowListedButMissingExecutable_IsInvalidInput()
    {
        var result = await _workspace.Handler().ExecuteAsync(Context("""{"executable":"ghost"}"""), CancellationToken.None);

        Assert.Equal(StepFailureTypes.InvalidInput, result.Failure!.Type);
        Assert.Contains("not installed", result.Failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Execute_WorkingDirectoryThroughASymlinkOutOfTheRoot_IsInvalidInput()
    {
        using var outside = new CommandWorkspace();
        Directory.CreateSymbolicLink(Path.Combine(_workspace.Workspace, "escape"), outside.Workspace);
        Directory.CreateSymbolicLink(Path.Combine(_workspace.Workspace, "nested"), "../ws/escape");
        var handler = _workspace.Handler();

        foreach (var directory in new[] { "ws/escape", "ws/nested", "ws/escape/.", "ws/nested/sub" })
        {
            var with = $$"""{"executable":"sh","working_directory":"{{directory}}"}""";
            Assert.Empty(handler.ValidateInputs(Parse(with)));

            var result = await handler.ExecuteAsync(Context(with), CancellationToken.None);

            Assert.Equal(StepFailureTypes.InvalidInput, result.Failure!.Type);
            Assert.Contains("outside the workspace root", result.Failure.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Execute_WorkingDirectoryThroughASymlinkInsideTheRoot_Runs()
    {
        Directory.CreateDirectory(Path.Combine(_workspace.Root, "real"));
        File.WriteAllText(Path.Combine(_workspace.Root, "real", "ok.sh"), "echo inside\n");
        Directory.CreateSymbolicLink(Path.Combine(_workspace.Workspace, "alias"), "../real");

        var result = await _workspace.Handler().ExecuteAsync(
            Context("""{"executable":"sh","args":["ok.sh"],"working_directory":"ws/alias"}"""), CancellationToken.None);

        Assert.True(result.IsSuccess, result.Failure?.Message);
        Assert.Equal("inside\n", Log(result));
    }

    [Fact]
    public async Task Execute_MissingWorkingDirectory_IsInvalidInput()
    {
        var result = await _workspace.Handler().ExecuteAsync(
            Context("""{"executable":"sh","working_directory":"ws/nope"}"""), CancellationToken.None);

        Assert.Equal(StepFailureTypes.InvalidInput, result.Failure!.Type);
        Assert.Contains("not an existing directory", result.Failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Execute_WithoutAWorkspaceRoot_IsInvalidInput_NamingTheKey()
    {
        var handler = _workspace.Handler();
        _workspace.Options.WorkspaceRoot = null;

        var result = await handler.ExecuteAsync(Context("""{"executable":"sh"}"""), CancellationToken.None);

        Assert.Equal(StepFailureTypes.InvalidInput, result.Failure!.Type);
        Assert.Contains("JobForge:Steps:Command:WorkspaceRoot", result.Failure.Details!.Value.GetRawText(), StringComparison.Ordinal);
    }

    private static JsonElement Parse(string json) => JsonDocument.Parse(json).RootElement.Clone();
}
