using JobForge.Domain.Steps;
using JobForge.Application.Steps.Handlers.Command;
using static JobForge.Server.Tests.Steps.Command.CommandWorkspace;

namespace JobForge.Server.Tests.Steps.Command;

public sealed class CommandStepHandlerTests : IDisposable
{
    private readonly CommandWorkspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public void Handler_DescribesItself()
    {
        var handler = _workspace.Handler();

        Assert.Equal("command", handler.Kind);
        Assert.True(handler.HasSideEffects);
        Assert.Equal("1.0.0", handler.Version);
    }

    [Fact]
    public async Task Execute_ExitZero_SucceedsWithOutputsAndTheLogArtifact()
    {
        _workspace.Script("hello.sh", "echo out-line\necho err-line >&2\n");

        var result = await _workspace.Handler().ExecuteAsync(
            Context("""{"executable":"sh","args":["hello.sh"],"working_directory":"ws"}"""), CancellationToken.None);

        Assert.True(result.IsSuccess, result.Failure?.Message);
        var outputs = result.Outputs!.Value;
        Assert.Equal(0, outputs.GetProperty("exit_code").GetInt32());
        Assert.True(outputs.GetProperty("duration_ms").GetInt64() >= 0);
        Assert.Equal("build.log", outputs.GetProperty("log_artifact").GetString());
        var artifact = Assert.Single(result.Artifacts);
        Assert.Equal("build.log", artifact.Name);
        Assert.Equal("text/plain", artifact.ContentType);
        var log = Log(result);
        Assert.Contains("out-line\n", log, StringComparison.Ordinal);
        Assert.Contains("err-line\n", log, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Execute_NonZeroExit_IsCommandFailed_NonRetryable_WithTheExitCodeAndLog()
    {
        _workspace.Script("fail.sh", "echo about to fail\nexit 3\n");

        var result = await _workspace.Handler().ExecuteAsync(
            Context("""{"executable":"sh","args":["fail.sh"],"working_directory":"ws"}"""), CancellationToken.None);

        var failure = result.Failure!;
        Assert.Equal(StepFailureTypes.CommandFailed, failure.Type);
        Assert.False(failure.Retryable);
        Assert.Equal("command", failure.Handler);
        Assert.Equal(3, failure.Details!.Value.GetProperty("exit_code").GetInt32());
        Assert.Contains("about to fail", Log(result), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Execute_ArgumentsArePassedAsIs_WithoutAShell()
    {
        _workspace.Script("args.sh", "for a in \"$@\"; do echo \"<$a>\"; done\n");

        var result = await _workspace.Handler().ExecuteAsync(
            Context("""{"executable":"sh","args":["args.sh","a b","$HOME","'q'","; echo injected"],"working_directory":"ws"}"""),
            CancellationToken.None);

        Assert.True(result.IsSuccess, result.Failure?.Message);
        Assert.Equal("<a b>\n<$HOME>\n<'q'>\n<; echo injected>\n", Log(result));
    }

    [Fact]
    public async Task Execute_StdinIsClosed_SoAReaderSeesEndOfInput()
    {
        _workspace.Script("read.sh", "if read line; then echo got-input; else echo no-input; fi\n");

        var result = await _workspace.Handler().ExecuteAsync(
            Context("""{"executable":"sh","args":["read.sh"],"working_directory":"ws"}"""), CancellationToken.None);

        Assert.Equal("no-input\n", Log(result));
    }

    [Fact]
    public async Task Execute_OutputPastMaxLogBytes_IsCappedWithATruncationMarker()
    {
        _workspace.Options.MaxLogBytes = 1024;
        _workspace.Script("loud.sh", "i=0\nwhile [ $i -lt 200 ]; do echo 0123456789012345678901234567890123456789012345678; i=$((i+1)); done\n");

        var result = await _workspace.Handler().ExecuteAsync(
            Context("""{"executable":"sh","args":["loud.sh"],"working_directory":"ws"}"""), CancellationToken.None);

        Assert.True(result.IsSuccess, result.Failure?.Message);
        var artifact = Assert.Single(result.Artifacts);
        Assert.True(artifact.Content.Length <= 1024, artifact.Content.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.StartsWith("0123456789", Log(result), StringComparison.Ordinal);
        Assert.EndsWith("bytes dropped]\n", Log(result), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Execute_ASecretCutInTwoByTheLogCap_HasItsVisibleBeginningMasked()
    {
        const string Secret = "cut-secret-0123456789abcdefghij";
        _workspace.Options.MaxLogBytes = 1024;
        File.WriteAllText(Path.Combine(_workspace.Workspace, "out.txt"), new string('x', 1024 - 96 - 10) + Secret + new string('y', 500));
        _workspace.Script("cut.sh", "cat out.txt\n");

        var result = await _workspace.Handler().ExecuteAsync(
            Context("""{"executable":"sh","args":["cut.sh"],"working_directory":"ws"}""", secrets: [Secret]), CancellationToken.None);

        var log = Log(result);
        Assert.DoesNotContain(Secret[..10], log, StringComparison.Ordinal);
        Assert.Contains(new string('x', 100) + "***\n[jobforge: log truncated:", log, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Execute_StepEnvironment_IsSet_ServerSecretsAreNotInherited_AndSecretValuesAreMasked()
    {
        var serverOnly = "JOBFORGE_CMD_TEST_" + Guid.NewGuid().ToString("N").ToUpperInvariant();
        Environment.SetEnvironmentVariable(serverOnly, "server-secret");
        try
        {
            _workspace.Script("env.sh", $"echo \"greeting=$GREETING\"\necho \"token=$TOKEN\"\necho \"server=${serverOnly}\"\n");

            var result = await _workspace.Handler().ExecuteAsync(
                Context("""{"executable":"sh","args":["env.sh"],"working_directory":"ws","env":{"GREETING":"hi","TOKEN":"s3cr3t-value"}}""",
                    secrets: ["s3cr3t-value"]),
                CancellationToken.None);

            Assert.Equal("greeting=hi\ntoken=***\nserver=\n", Log(result));
        }
        finally
        {
            Environment.SetEnvironmentVariable(serverOnly, null);
        }
    }

    [Fact]
    public async Task Execute_WithoutWorkingDirectory_RunsInTheWorkspaceRoot()
    {
        File.WriteAllText(Path.Combine(_workspace.Root, "pwd.sh"), "pwd\n");

        var result = await _workspace.Handler().ExecuteAsync(Context("""{"executable":"sh","args":["pwd.sh"]}"""), CancellationToken.None);

        Assert.True(result.IsSuccess, result.Failure?.Message);
        Assert.EndsWith(Path.GetFileName(_workspace.Root) + "\n", Log(result), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("build", "build.log")]
    [InlineData("a/b c", "a_b_c.log")]
    [InlineData("", "step.log")]
    public void LogArtifactName_IsTheStepIdWithUnsafeCharactersReplaced(string stepId, string expected) =>
        Assert.Equal(expected, CommandStepHandler.LogArtifactName(stepId));
}
