using System.Globalization;
using JobForge.Domain.Steps;
using JobForge.Application.Steps;
using JobForge.Application.Steps.Handlers.Command.Sandbox;
using JobForge.TestKit;
using Microsoft.Extensions.Configuration;
using static JobForge.Server.Tests.Steps.Command.CommandWorkspace;

namespace JobForge.Server.Tests.Steps.Command;

/// <summary>
/// The review's reproductions (issue 17): a command step reading the server's <c>/proc/&lt;pid&gt;/environ</c> and a
/// relative path out of the workspace, run under the bubblewrap sandbox the project's scripts install.
/// </summary>
public sealed class CommandSandboxTests : IDisposable
{
    private readonly CommandWorkspace _workspace = new();
    private readonly string _outside = Path.Combine(Path.GetTempPath(), "jf-outside-" + Guid.NewGuid().ToString("N") + ".txt");

    public CommandSandboxTests()
    {
        _workspace.Options.AllowedExecutables["cat"] = "/bin/cat";
        Directory.CreateDirectory(Path.Combine(_workspace.Workspace, "sub"));
        File.WriteAllText(_outside, "outside-the-workspace\n");
    }

    public void Dispose()
    {
        File.Delete(_outside);
        _workspace.Dispose();
    }

    [Fact]
    public async Task Execute_CatOfTheServersProcEnviron_CannotSeeTheServerProcess()
    {
        var environ = $"/proc/{Environment.ProcessId.ToString(CultureInfo.InvariantCulture)}/environ";
        Assert.True(File.ReadAllBytes(environ).Length > 0, "the server's own environ is readable outside the sandbox");

        var result = await _workspace.Handler().ExecuteAsync(
            Context($$"""{"executable":"cat","args":["{{environ}}"],"working_directory":"ws"}"""), CancellationToken.None);

        Assert.Equal(StepFailureTypes.CommandFailed, result.Failure?.Type);
        Assert.Contains("No such file", Log(result), StringComparison.Ordinal);
        Assert.DoesNotContain("PATH=", Log(result), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Execute_RelativePathOutOfTheWorkspace_IsNotThereInTheSandbox()
    {
        var relative = "../../../" + Path.GetFileName(_outside);
        Assert.True(File.Exists(Path.Combine(_workspace.Workspace, "sub", relative)), "the path reaches the file outside the sandbox");

        var result = await _workspace.Handler().ExecuteAsync(
            Context($$"""{"executable":"cat","args":["{{relative}}"],"working_directory":"ws/sub"}"""), CancellationToken.None);

        Assert.Equal(StepFailureTypes.CommandFailed, result.Failure?.Type);
        Assert.DoesNotContain("outside-the-workspace", Log(result), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Execute_DeclaredPathArgumentOutOfTheWorkspace_IsRefusedBeforeRunning()
    {
        _workspace.Options.Sandbox.Mode = CommandSandboxMode.None;
        var relative = "../../../" + Path.GetFileName(_outside);

        var result = await _workspace.Handler().ExecuteAsync(
            Context($$"""{"executable":"cat","args":["{{relative}}"],"working_directory":"ws/sub","path_args":[0]}"""), CancellationToken.None);

        Assert.Equal(StepFailureTypes.InvalidInput, result.Failure?.Type);
        Assert.Contains("Argument 0", result.Failure!.Message, StringComparison.Ordinal);
        Assert.Empty(result.Artifacts);
    }

    [Fact]
    public async Task Execute_DeclaredPathArgumentThroughASymlinkOutOfTheWorkspace_IsRefused()
    {
        _workspace.Options.Sandbox.Mode = CommandSandboxMode.None;
        File.CreateSymbolicLink(Path.Combine(_workspace.Workspace, "link.txt"), _outside);

        var escaping = await _workspace.Handler().ExecuteAsync(
            Context("""{"executable":"cat","args":["link.txt"],"working_directory":"ws","path_args":"all"}"""), CancellationToken.None);
        File.WriteAllText(Path.Combine(_workspace.Workspace, "inside.txt"), "inside\n");
        var inside = await _workspace.Handler().ExecuteAsync(
            Context("""{"executable":"cat","args":["sub/../inside.txt"],"working_directory":"ws","path_args":"all"}"""), CancellationToken.None);

        Assert.Equal(StepFailureTypes.InvalidInput, escaping.Failure?.Type);
        Assert.True(inside.IsSuccess, inside.Failure?.Message);
        Assert.Equal("inside\n", Log(inside));
    }

    [Fact]
    public async Task Execute_EverySecretTheServerKnows_IsMaskedInTheLog_EvenWhenTheStepNeverReferencedIt()
    {
        var secrets = new Dictionary<string, string?>
        {
            ["JobForge:Auth:BootstrapKey"] = "bootstrap-" + Guid.NewGuid().ToString("N"),
            ["JOBFORGE_POLICY_TOKEN_SECRET"] = "policy-secret-" + Guid.NewGuid().ToString("N"),
            ["JobForge:Events:Encryption:Keys:k1"] = Convert.ToBase64String(Guid.NewGuid().ToByteArray()),
            ["JobForge:Steps:Http:SigningSecret"] = "signing-" + Guid.NewGuid().ToString("N"),
            ["JobForge:Secrets:DEPLOY_TOKEN"] = "deploy-" + Guid.NewGuid().ToString("N"),
        };
        _workspace.Secrets = new KnownSecrets(new ConfigurationBuilder().AddInMemoryCollection(secrets).Build());
        File.WriteAllLines(Path.Combine(_workspace.Workspace, "leak.txt"), secrets.Values!);

        var result = await _workspace.Handler().ExecuteAsync(
            Context("""{"executable":"cat","args":["leak.txt"],"working_directory":"ws"}"""), CancellationToken.None);

        Assert.True(result.IsSuccess, result.Failure?.Message);
        Assert.Equal(string.Concat(Enumerable.Repeat("***\n", secrets.Count)), Log(result));
    }

    [Fact]
    public async Task Execute_InTheSandbox_RunsUnprivileged_WithoutTheNetwork_UnlessDeclared()
    {
        _workspace.Script("whoami.sh", "id -u\ncat /proc/net/dev | tail -n +3 | cut -d: -f1 | tr -d ' '\n");

        var closed = await _workspace.Handler().ExecuteAsync(
            Context("""{"executable":"sh","args":["whoami.sh"],"working_directory":"ws"}"""), CancellationToken.None);
        var open = await _workspace.Handler().ExecuteAsync(
            Context("""{"executable":"sh","args":["whoami.sh"],"working_directory":"ws","network":true}"""), CancellationToken.None);

        Assert.Equal("65534\nlo\n", Log(closed));
        Assert.NotEqual("65534\nlo\n", Log(open));
    }

    [Fact]
    public async Task Execute_InTheSandbox_CanWriteTheWorkspace_ButNotTheSystem()
    {
        _workspace.Script("write.sh", "echo made > made.txt && echo ok\ntouch /usr/jf-sandbox-probe 2>/dev/null || echo refused\n");

        var result = await _workspace.Handler().ExecuteAsync(
            Context("""{"executable":"sh","args":["write.sh"],"working_directory":"ws"}"""), CancellationToken.None);

        Assert.Equal("ok\nrefused\n", Log(result));
        Assert.Equal("made\n", File.ReadAllText(Path.Combine(_workspace.Workspace, "made.txt")));
        Assert.False(File.Exists("/usr/jf-sandbox-probe"));
    }

    [Fact]
    public async Task Execute_WhenCanceled_NoProcessOfTheSandboxSurvives()
    {
        var marker = "30." + Random.Shared.Next(100000, 999999).ToString(CultureInfo.InvariantCulture);
        _workspace.Script("tree.sh", $"sh -c 'sleep {marker} & wait' &\necho started > started.txt\nwait\n");
        using var cancel = new CancellationTokenSource();
        var running = _workspace.Handler().ExecuteAsync(
            Context("""{"executable":"sh","args":["tree.sh"],"working_directory":"ws"}"""), cancel.Token);
        await Eventually.TrueAsync(() => Task.FromResult(SleepersWith(marker) > 0), TimeSpan.FromSeconds(10), "the sandboxed sleep to start");

        await cancel.CancelAsync();
        var result = await running.WaitAsync(TimeSpan.FromSeconds(15));

        Assert.Equal(StepFailureTypes.Canceled, result.Failure?.Type);
        await Eventually.TrueAsync(() => Task.FromResult(SleepersWith(marker) == 0), TimeSpan.FromSeconds(10), "every sandboxed process to be gone");
    }

    private static int SleepersWith(string marker) =>
        Directory.EnumerateDirectories("/proc").Count(directory =>
        {
            try
            {
                return File.ReadAllText(Path.Combine(directory, "cmdline")).Contains(marker, StringComparison.Ordinal)
                    && ProcessTable.IsRunning(int.Parse(Path.GetFileName(directory), CultureInfo.InvariantCulture));
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or FormatException)
            {
                return false;
            }
        });
}
